// The AI module's rows: model-call logs, vector memories, companion chats, long-term memory (the owner's
// profile must be on the pro plan for RLS to show it), insight runs, patient insights and AI-doctor sessions
// with their sharing grants. Rows belong to the member passed (user_id / patient_id).
import type {
  AiCommandLog,
  AiDoctorSession,
  AiDoctorSharingPermission,
  ChatMessage,
  ChatSession,
  InsightRun,
  PatientInsight,
  UserMemory,
  VectorMemory,
} from '../../../src/modules/ai/entities';
import type { TestDb } from '../db';
import { insertRow, type Overrides, type UserRef } from './rows';

type With<T, K extends keyof T> = Overrides<T> & Required<Pick<T, K>>;
const DAY = 86_400_000;
const ofUser = (user: UserRef) => ({ orgId: user.orgId, userId: user.id });
const ofPatient = (patient: UserRef) => ({ orgId: patient.orgId, patientId: patient.id });

/** A PENDING call unless the overrides say otherwise (an outcome needs completedAt too). */
export function newAiCommandLog(
  db: TestDb,
  user: UserRef,
  o: Overrides<AiCommandLog> = {},
): Promise<AiCommandLog> {
  return insertRow<AiCommandLog>(db, 'ai_command_logs', {
    ...ofUser(user),
    model: 'lexical-embedder',
    input: { kind: 'embedding', chars: 12 },
    ...o,
  });
}

/** A unit vector along the first axis of `dim` dimensions unless `embedding` is given. */
export function newVectorMemory(
  db: TestDb,
  user: UserRef,
  o: Overrides<VectorMemory> = {},
  dim = 8,
): Promise<VectorMemory> {
  const embedding = Array.from({ length: dim }, (_, i) => (i === 0 ? 1 : 0));
  return insertRow<VectorMemory>(db, 'vector_memory', { ...ofUser(user), embedding, context: 'memo', ...o });
}

export function newChatSession(
  db: TestDb,
  user: UserRef,
  o: Overrides<ChatSession> = {},
): Promise<ChatSession> {
  return insertRow<ChatSession>(db, 'chat_sessions', { ...ofUser(user), title: 'Evening check-in', ...o });
}

export function newChatMessage(
  db: TestDb,
  user: UserRef,
  o: With<ChatMessage, 'sessionId'>,
): Promise<ChatMessage> {
  return insertRow<ChatMessage>(db, 'chat_messages', {
    ...ofUser(user),
    role: 'user',
    content: 'Hello',
    ...o,
  });
}

/** Long-term memory; RLS shows it only while the owner's profile is on the pro plan (see setPlan). */
export function newUserMemory(db: TestDb, user: UserRef, o: Overrides<UserMemory> = {}): Promise<UserMemory> {
  return insertRow<UserMemory>(db, 'user_memory', {
    ...ofUser(user),
    summary: 'Likes walking in the morning',
    sourceType: 'manual',
    ...o,
  });
}

/** The profile's plan ('free' or 'pro'), as the Stripe webhooks set it. */
export async function setPlan(db: TestDb, user: UserRef, plan: 'free' | 'pro'): Promise<void> {
  await db.owner.query(`UPDATE public.profiles SET plan = $2 WHERE user_id = $1`, [user.id, plan]);
}

/** The week before the current one unless the overrides say otherwise. */
export function newInsightRun(db: TestDb, user: UserRef, o: Overrides<InsightRun> = {}): Promise<InsightRun> {
  const end = new Date(Math.floor(Date.now() / DAY) * DAY);
  return insertRow<InsightRun>(db, 'insight_runs', {
    ...ofUser(user),
    timeRangeStart: new Date(end.getTime() - 7 * DAY),
    timeRangeEnd: end,
    narrative: 'A calm week.',
    figures: {},
    writer: 'rule-based writer',
    ...o,
  });
}

export function newPatientInsight(
  db: TestDb,
  patient: UserRef,
  o: Overrides<PatientInsight> = {},
): Promise<PatientInsight> {
  return insertRow<PatientInsight>(db, 'patient_insights', {
    ...ofPatient(patient),
    insightType: 'mood_activity',
    insightText: 'Your mood was higher on days with more activity.',
    confidenceScore: '0.700',
    dataSources: [{ table: 'daily_moods', statistic: 'pearson' }],
    ...o,
  });
}

export function newAiDoctorSession(
  db: TestDb,
  patient: UserRef,
  o: Overrides<AiDoctorSession> = {},
): Promise<AiDoctorSession> {
  return insertRow<AiDoctorSession>(db, 'ai_doctor_sessions', {
    ...ofPatient(patient),
    sessionType: 'general',
    ...o,
  });
}

/** A grant of one day from now unless `expiresAt` or `revokedAt` say otherwise. */
export function newAiDoctorSharingPermission(
  db: TestDb,
  patient: UserRef,
  o: With<AiDoctorSharingPermission, 'sessionId' | 'providerId'>,
): Promise<AiDoctorSharingPermission> {
  return insertRow<AiDoctorSharingPermission>(db, 'ai_doctor_sharing_permissions', {
    orgId: patient.orgId,
    permissionLevel: 'full',
    expiresAt: new Date(Date.now() + DAY),
    ...o,
  });
}
