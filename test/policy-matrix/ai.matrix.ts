// Policy matrix rows for the AI module. Members insert their own rows (user_id / patient_id default to the
// caller and are not theirs to name); the service role names the org and the owner. The world's provider is
// on the patient's care team (scheduling fixtures) and holds the seeded sharing grant.
import {
  newAiCommandLog,
  newAiDoctorSession,
  newAiDoctorSharingPermission,
  newChatMessage,
  newChatSession,
  newInsightRun,
  newPatientInsight,
  newProvider,
  newUser,
  newUserMemory,
  newVectorMemory,
  setPlan,
} from '../support/factories';
import type { Caller, Statement, TableCase, World } from './harness';
import { schedulingFixtures } from './healthcare-scheduling.matrix';

const EVERY_MEMBER_INSERTS = { provider: 'I', admin: 'I', research_partner: 'I', developer: 'I' };

/**
 * Members name only `cols`; the service and the other org's admin also name org A and the world's patient as
 * the owner (`ownerCol`), which a member may not.
 */
function insert(
  w: World,
  caller: Caller,
  table: string,
  cols: string[],
  values: unknown[],
  ownerCol?: string,
): Statement {
  const explicit = caller === 'service' || caller === 'other_org';
  const owner = explicit && ownerCol ? [ownerCol] : [];
  const all = explicit ? ['org_id', ...owner, ...cols] : cols;
  const params = explicit ? [w.orgA.id, ...(ownerCol ? [w.users.patient.id] : []), ...values] : values;
  return {
    sql: `INSERT INTO public.${table} (${all.join(', ')}) VALUES (${all.map((_, i) => `$${i + 1}`).join(', ')})`,
    params,
  };
}

let chatSessionId: string;
let doctorSessionId: string;
let thirdProviderId: string;
const week = (offsetWeeks: number) => {
  const end = new Date(Date.UTC(2026, 0, 5 + 7 * offsetWeeks));
  return [new Date(end.getTime() - 7 * 86_400_000), end];
};

export const aiMatrix: TableCase[] = [
  {
    table: 'ai_command_logs',
    seed: async (w) => (await newAiCommandLog(w.db, w.users.patient)).id,
    insert: (w, caller) =>
      insert(w, caller, 'ai_command_logs', ['model', 'input'], ['m', { kind: 'chat' }], 'user_id'),
    update: `UPDATE public.ai_command_logs SET model = model WHERE id = $1`,
    // Own read and insert; nobody updates or deletes (outcomes go through the definer function).
    allow: { patient: 'SI', ...EVERY_MEMBER_INSERTS, service: 'SI' },
  },
  {
    table: 'vector_memory',
    seed: async (w) => (await newVectorMemory(w.db, w.users.patient)).id,
    insert: (w, caller) =>
      insert(w, caller, 'vector_memory', ['embedding', 'context'], [[1, 0, 0], 'x'], 'user_id'),
    update: `UPDATE public.vector_memory SET context = context WHERE id = $1`,
    allow: { patient: 'SIUD', ...EVERY_MEMBER_INSERTS, service: 'SIUD' },
  },
  {
    table: 'chat_sessions',
    seed: async (w) => {
      chatSessionId = (await newChatSession(w.db, w.users.patient)).id;
      return chatSessionId;
    },
    insert: (w, caller) => insert(w, caller, 'chat_sessions', ['title'], ['t'], 'user_id'),
    update: `UPDATE public.chat_sessions SET summary = summary WHERE id = $1`,
    allow: { patient: 'SIUD', ...EVERY_MEMBER_INSERTS, service: 'SIUD' },
  },
  {
    table: 'chat_messages',
    seed: async (w) =>
      (
        await newChatMessage(w.db, w.users.patient, {
          sessionId: (await newChatSession(w.db, w.users.patient)).id,
        })
      ).id,
    // Into the patient's session: only its owner (and the service) may add a message to it.
    insert: (w, caller) =>
      insert(
        w,
        caller,
        'chat_messages',
        ['session_id', 'role', 'content'],
        [chatSessionId, 'user', 'hi'],
        'user_id',
      ),
    update: `UPDATE public.chat_messages SET content = content WHERE id = $1`,
    // Messages are never edited.
    allow: { patient: 'SID', service: 'SID' },
  },
  {
    table: 'user_memory',
    seed: async (w) => {
      await setPlan(w.db, w.users.patient, 'pro');
      return (await newUserMemory(w.db, w.users.patient)).id;
    },
    insert: (w, caller) =>
      insert(w, caller, 'user_memory', ['summary', 'source_type'], ['s', 'manual'], 'user_id'),
    update: `UPDATE public.user_memory SET summary = summary WHERE id = $1`,
    // Own, on the pro plan only: the world's other members are on the free plan.
    allow: { patient: 'SIUD', service: 'SIUD' },
  },
  {
    table: 'insight_runs',
    seed: async (w) => {
      const [start, end] = week(0);
      return (await newInsightRun(w.db, w.users.patient, { timeRangeStart: start, timeRangeEnd: end })).id;
    },
    insert: (w, caller) => {
      const [start, end] = week(1);
      return insert(
        w,
        caller,
        'insight_runs',
        ['time_range_start', 'time_range_end', 'narrative', 'writer'],
        [start, end, 'n', 'w'],
        'user_id',
      );
    },
    update: `UPDATE public.insight_runs SET narrative = narrative WHERE id = $1`,
    // Append-only: written by the service role, never updated or deleted.
    allow: { patient: 'S', service: 'SI' },
  },
  {
    table: 'patient_insights',
    seed: async (w) => {
      await schedulingFixtures(w);
      return (await newPatientInsight(w.db, w.users.patient)).id;
    },
    insert: (w, caller) =>
      insert(w, caller, 'patient_insights', ['insight_type', 'insight_text'], ['trend', 't'], 'patient_id'),
    update: `UPDATE public.patient_insights SET is_hidden = is_hidden WHERE id = $1`,
    // The service writes; the patient marks viewed or hidden; the treating provider reads (not hidden).
    allow: { patient: 'SU', provider: 'S', service: 'SIUD' },
  },
  {
    table: 'ai_doctor_sessions',
    seed: async (w) => {
      const { providerId } = await schedulingFixtures(w);
      doctorSessionId = (await newAiDoctorSession(w.db, w.users.patient)).id;
      await newAiDoctorSharingPermission(w.db, w.users.patient, { sessionId: doctorSessionId, providerId });
      thirdProviderId = (await newProvider(w.db, await newUser(w.db, w.orgA, 'provider'))).id;
      return doctorSessionId;
    },
    insert: (w, caller) =>
      insert(w, caller, 'ai_doctor_sessions', ['session_type'], ['general'], 'patient_id'),
    update: `UPDATE public.ai_doctor_sessions SET summary = summary WHERE id = $1`,
    // Own (every member may start their own); the provider named by an unexpired grant reads.
    allow: {
      patient: 'SIUD',
      provider: 'SI',
      admin: 'I',
      research_partner: 'I',
      developer: 'I',
      service: 'SIUD',
    },
  },
  {
    table: 'ai_doctor_sharing_permissions',
    seed: async (w) => {
      const { providerId } = await schedulingFixtures(w);
      const session = await newAiDoctorSession(w.db, w.users.patient);
      return (
        await newAiDoctorSharingPermission(w.db, w.users.patient, { sessionId: session.id, providerId })
      ).id;
    },
    // A grant of the patient's session to a provider who holds none yet.
    insert: (w, caller) =>
      insert(
        w,
        caller,
        'ai_doctor_sharing_permissions',
        ['session_id', 'provider_id', 'permission_level', 'expires_at'],
        [doctorSessionId, thirdProviderId, 'summary', new Date(Date.now() + 86_400_000)],
      ),
    update: `UPDATE public.ai_doctor_sharing_permissions SET permission_level = permission_level WHERE id = $1`,
    // The session's patient manages; the named provider reads their own grants.
    allow: { patient: 'SIUD', provider: 'S', service: 'SIUD' },
  },
];
