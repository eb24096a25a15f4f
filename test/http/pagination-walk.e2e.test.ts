// Every paginated route of /openapi.json (a GET whose 200 answer is a page, `items` + `nextCursor`, and which
// takes `limit`/`cursor`) is walked page by page over rows that share ONE timestamp, to the microsecond: with
// limit=2, following nextCursor until it is null, every id must come exactly once, and the walk must equal the
// single limit=100 page. A cursor that keeps only milliseconds, or that compares the timestamp without the id,
// skips rows here; one that compares with <= repeats them.
// Each route gets an organization of its own, so the rows a caller sees are the ones built for the route (and
// the few its members bring). A new paginated route must get a case here, or a reason in NOT_COVERABLE.
import { randomUUID } from 'node:crypto';
import type { OpenAPIObject } from '@nestjs/swagger';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppRole } from '../../src/common/context/claims';
import { flatten, rawOperation } from '../assurance/support/openapi-kit';
import { startApp, type TestApp } from '../support/app';
import { createTestDatabase, testConfig, type TestDb } from '../support/db';
import {
  fundWallet,
  newActivityLogEntry,
  newAiCommandLog,
  newAiDoctorSession,
  newAiDoctorSharingPermission,
  newChatMessage,
  newChatSession,
  newPatientInsight,
  newUserMemory,
  newVectorMemory,
  setPlan,
  newAlert,
  newApiKey,
  newAppointment,
  newBooking,
  newBreakGlassGrant,
  newCalendarEvent,
  newCareTeamMember,
  newChamber,
  newChamberMaintenance,
  newChamberSchedule,
  newCondition,
  newConditionEvent,
  newContact,
  newCryptoPayment,
  newDailyMood,
  newFacility,
  newFoodLogEntry,
  newHealthGoal,
  newImportSource,
  newInvoice,
  newJobRun,
  newMonitoringRule,
  newSystemConfig,
  newJournalEntry,
  newLearningProgress,
  newLearningResource,
  newMeasurement,
  newMedicalRecord,
  newMedicalRecordVersion,
  newNotification,
  newOAuthClient,
  newOrder,
  newOrg,
  newPatient,
  newPayment,
  newPrescription,
  newProduct,
  newProvider,
  newRefund,
  newSession,
  newTreatment,
  newTrial,
  newUser,
  newWallet,
  newWithdrawal,
  type TestOrg,
  type TestUser,
} from '../support/factories';
import { operations, type Operation } from './openapi-routes';

/** The rows' shared timestamp: microseconds set, so a millisecond cursor lands before the rows it stands for. */
const STAMP = '2024-02-29T12:34:56.789123Z';
/** Rows built per route (at least 5); with limit=2 the walk crosses several page boundaries inside them. */
const N = 5;

/** A route's own organization and its members. */
interface Cast {
  org: TestOrg;
  admin: TestUser;
  provider: TestUser;
  patient: TestUser;
  member: TestUser;
}

interface Built {
  /** The rows made for the route, all visible to the caller. */
  ids: string[];
  /** Path parameters. */
  params?: Record<string, string>;
  /** Query parameters besides limit and cursor. */
  query?: Record<string, string>;
}

interface WalkCase {
  /** Who lists: a member of the route's organization. */
  as: keyof Omit<Cast, 'org'>;
  /** The table the route lists, and the timestamp column its cursor reads (created_at unless named). */
  table: string;
  column?: string;
  /** Triggers that refuse this UPDATE (append-only tables, status machines): off for the update only. */
  triggers?: string[];
  make(c: Cast): Promise<Built>;
}

/** Paginated routes the test cannot populate, with the reason. Listed routes are not walked. */
const NOT_COVERABLE: Record<string, string> = {};

let db: TestDb;
let api: TestApp;
let doc: OpenAPIObject;
const platformOrgId = randomUUID();

beforeAll(async () => {
  db = await createTestDatabase(testConfig({ PLATFORM_ORG_ID: platformOrgId }));
  api = await startApp(db);
  doc = (await api.request('GET', '/openapi.json')).body;
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});

/** Runs a factory N times; answers the ids of the rows it made. */
async function times(make: (i: number) => Promise<{ id: string }>): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i < N; i++) out.push((await make(i)).id);
  return out;
}

async function idsOf(text: string, params: unknown[]): Promise<string[]> {
  const { rows } = await db.owner.query<{ id: string }>(text, params);
  return rows.map((r) => r.id);
}

async function newCast(orgId?: string): Promise<Cast> {
  const org = await newOrg(db, `Walk ${randomUUID().slice(0, 6)}`, orgId);
  return {
    org,
    admin: await newUser(db, org, 'admin'),
    provider: await newUser(db, org, 'provider'),
    patient: await newUser(db, org, 'patient'),
    member: await newUser(db, org, 'developer'),
  };
}

/** Instance-wide lists, served to the platform organization's members only: one cast for all of them. */
const PLATFORM_ROUTES = new Set([
  'GET /api/jobs/runs',
  'GET /api/instance/monitoring-rules',
  'GET /api/instance/system-config',
]);
let platform: Promise<Cast> | undefined;
const platformCast = () => (platform ??= newCast(platformOrgId));

/** A booking of the cast's patient (linked to their account) with its provider, who is on the care team. */
async function treatment(c: Cast): Promise<{ bookingId: string; patientId: string; providerId: string }> {
  const patientId = (await newPatient(db, c.org, { userId: c.patient.id })).id;
  const providerId = (await newProvider(db, c.provider)).id;
  await newCareTeamMember(db, c.org, { patientId, providerId });
  const chamberId = (await newChamber(db, c.org)).id;
  const { id } = await newBooking(db, c.org, { patientId, chamberId, providerId });
  return { bookingId: id, patientId, providerId };
}

/** N providers of the cast's organization (each with a member of their own). */
async function providers(c: Cast): Promise<string[]> {
  return times(async () => newProvider(db, await newUser(db, c.org, 'provider')));
}

/** Rows of the patient's own health and companion data, by table. */
const PATIENT_ROWS: Record<string, (c: Cast) => Promise<{ id: string }>> = {
  measurements: (c) => newMeasurement(db, c.patient),
  patient_food_log: (c) => newFoodLogEntry(db, c.patient),
  patient_activity_log: (c) => newActivityLogEntry(db, c.patient),
  patient_condition_events: (c) => newConditionEvent(db, c.patient),
  patient_health_goals: (c) => newHealthGoal(db, c.patient),
  patient_data_import_sources: (c) => newImportSource(db, c.patient),
  patient_learning_progress: async (c) =>
    newLearningProgress(db, c.patient, { resourceId: (await newLearningResource(db, c.org)).id }),
  daily_moods: (c) => newDailyMood(db, c.patient),
  journal_entries: (c) => newJournalEntry(db, c.patient),
  calendar_events: (c) => newCalendarEvent(db, c.patient),
};

/** The patient lists their own rows. */
const own = (table: string): WalkCase => ({
  as: 'patient',
  table,
  make: async (c) => ({ ids: await times(() => PATIENT_ROWS[table](c)) }),
});

/** A treating provider (a booking with the patient) lists the patient's rows. */
const treated = (table: string): WalkCase => ({
  as: 'provider',
  table,
  make: async (c) => {
    await treatment(c);
    return { ids: await times(() => PATIENT_ROWS[table](c)), params: { patientId: c.patient.id } };
  },
});

/** A public catalog, listed for the route's organization. */
const catalog = (
  table: string,
  make: (c: Cast) => Promise<{ id: string }>,
  filter: 'orgId' | 'organizationId',
): WalkCase => ({
  as: 'admin',
  table,
  make: async (c) => ({ ids: await times(() => make(c)), query: { [filter]: c.org.id } }),
});

const CASES: Record<string, WalkCase> = {
  'GET /api/audit/logs': {
    as: 'admin',
    table: 'audit_logs',
    column: 'occurred_at',
    triggers: ['audit_logs_append_only'],
    make: async (c) => {
      // Audited writes of the organization; every row of its log gets the stamp. `to` leaves out rows the
      // walk's own requests may append.
      await times(() => newNotification(db, c.member));
      return {
        ids: await idsOf(`SELECT id FROM audit_logs WHERE org_id = $1`, [c.org.id]),
        query: { to: new Date(Date.parse(STAMP) + 1).toISOString() },
      };
    },
  },
  'GET /api/me/sessions': {
    as: 'member',
    table: 'sessions',
    make: async (c) => ({ ids: await times(() => newSession(db, c.member)) }),
  },
  'GET /api/organization/members': {
    as: 'admin',
    table: 'users_roles',
    make: async (c) => {
      const users = await times(() => newUser(db, c.org, 'developer'));
      return {
        ids: await idsOf(`SELECT id FROM users_roles WHERE org_id = $1 AND user_id = ANY($2::uuid[])`, [
          c.org.id,
          users,
        ]),
      };
    },
  },
  'GET /api/api-keys': {
    as: 'admin',
    table: 'api_keys',
    make: async (c) => ({ ids: await times(() => newApiKey(db, c.org)) }),
  },
  'GET /api/oauth/clients': {
    as: 'admin',
    table: 'oauth_clients',
    make: async (c) => ({ ids: await times(() => newOAuthClient(db, c.org)) }),
  },
  'GET /api/wallets/{id}/transactions': {
    as: 'member',
    table: 'transactions',
    triggers: ['transactions_append_only'],
    make: async (c) => {
      const wallet = await newWallet(db, c.member);
      await times(() => fundWallet(db, wallet, '1'));
      return {
        ids: await idsOf(`SELECT id FROM transactions WHERE wallet_id = $1`, [wallet.id]),
        params: { id: wallet.id },
      };
    },
  },
  'GET /api/crypto-withdrawals': {
    as: 'admin',
    table: 'crypto_withdrawals',
    triggers: ['crypto_withdrawals_transition'],
    make: async (c) => {
      const wallet = await newWallet(db, c.member, { fund: '100' });
      return { ids: await times(() => newWithdrawal(db, wallet)) };
    },
  },
  'GET /api/invoices': {
    as: 'admin',
    table: 'invoices',
    make: async (c) => ({ ids: await times(() => newInvoice(db, c.org)) }),
  },
  'GET /api/payments': {
    as: 'admin',
    table: 'payments',
    make: async (c) => {
      const invoice = await newInvoice(db, c.org);
      return { ids: await times(() => newPayment(db, c.member, invoice)) };
    },
  },
  'GET /api/crypto-payments': {
    as: 'admin',
    table: 'crypto_payments',
    make: async (c) => ({ ids: await times(() => newCryptoPayment(db, c.member)) }),
  },
  'GET /api/refunds': {
    as: 'admin',
    table: 'refunds',
    make: async (c) => {
      const payment = await newPayment(db, c.member, await newInvoice(db, c.org), { amountMinor: '5000' });
      return { ids: await times(() => newRefund(db, payment)) };
    },
  },
  'GET /api/notifications': {
    as: 'member',
    table: 'notifications',
    make: async (c) => ({ ids: await times(() => newNotification(db, c.member)) }),
  },
  'GET /api/jobs/runs': {
    as: 'admin',
    table: 'job_runs',
    column: 'started_at',
    make: async () => ({
      ids: await times(() => newJobRun(db, { job: 'pagination-walk' })),
      query: { job: 'pagination-walk' },
    }),
  },
  'GET /api/instance/monitoring-rules': {
    as: 'admin',
    table: 'monitoring_rules',
    make: async () => ({ ids: await times(() => newMonitoringRule(db)) }),
  },
  'GET /api/instance/system-config': {
    as: 'admin',
    table: 'system_config',
    make: async () => ({ ids: await times(() => newSystemConfig(db)) }),
  },
  'GET /api/facilities': catalog('facilities', (c) => newFacility(db, c.org), 'organizationId'),
  'GET /api/chambers': {
    as: 'admin',
    table: 'chambers',
    make: async (c) => {
      const facilityId = (await newFacility(db, c.org)).id;
      return {
        ids: await times(() => newChamber(db, c.org, { facilityId })),
        query: { organizationId: c.org.id },
      };
    },
  },
  'GET /api/chamber-maintenance': {
    as: 'admin',
    table: 'chamber_maintenance',
    make: async (c) => {
      const chamberId = (await newChamber(db, c.org)).id;
      return { ids: await times(() => newChamberMaintenance(db, c.org, { chamberId })) };
    },
  },
  'GET /api/chamber-schedules': {
    as: 'admin',
    table: 'chamber_schedules',
    make: async (c) => {
      const { bookingId } = await treatment(c);
      return { ids: await times((i) => newChamberSchedule(db, c.org, { bookingId, sequence: i + 1 })) };
    },
  },
  'GET /api/providers': {
    as: 'admin',
    table: 'providers',
    make: async (c) => ({
      ids: await times(async () => newProvider(db, await newUser(db, c.org, 'provider'))),
    }),
  },
  'GET /api/patients': {
    as: 'admin',
    table: 'patients',
    make: async (c) => ({ ids: await times(() => newPatient(db, c.org)) }),
  },
  'GET /api/medical-records': {
    as: 'admin',
    table: 'medical_records',
    make: async (c) => {
      const { patientId, providerId } = await treatment(c);
      return { ids: await times(() => newMedicalRecord(db, c.org, { patientId, providerId })) };
    },
  },
  'GET /api/medical-records/{id}/versions': {
    as: 'patient',
    table: 'medical_record_versions',
    triggers: ['medical_record_versions_append_only'],
    make: async (c) => {
      const { patientId, providerId } = await treatment(c);
      const record = await newMedicalRecord(db, c.org, { patientId, providerId });
      return {
        ids: await times(() => newMedicalRecordVersion(db, c.provider, record.id)),
        params: { id: record.id },
      };
    },
  },
  'GET /api/care-team': {
    as: 'admin',
    table: 'care_team_members',
    make: async (c) => {
      const patientId = (await newPatient(db, c.org)).id;
      const ids = await providers(c);
      return {
        ids: await Promise.all(
          ids.map((providerId) => newCareTeamMember(db, c.org, { patientId, providerId }).then((e) => e.id)),
        ),
      };
    },
  },
  'GET /api/patients/{patientId}/care-team': {
    as: 'patient',
    table: 'care_team_members',
    make: async (c) => {
      const patientId = (await newPatient(db, c.org, { userId: c.patient.id })).id;
      const ids = await providers(c);
      return {
        ids: await Promise.all(
          ids.map((providerId) => newCareTeamMember(db, c.org, { patientId, providerId }).then((e) => e.id)),
        ),
        params: { patientId },
      };
    },
  },
  'GET /api/break-glass': {
    as: 'admin',
    table: 'break_glass_grants',
    make: async (c) => {
      const patientId = (await newPatient(db, c.org)).id;
      const ids = await providers(c);
      return {
        ids: await Promise.all(
          ids.map((providerId) => newBreakGlassGrant(db, c.org, { patientId, providerId }).then((g) => g.id)),
        ),
      };
    },
  },
  'GET /api/bookings': {
    as: 'admin',
    table: 'bookings',
    make: async (c) => {
      const chamberId = (await newChamber(db, c.org)).id;
      const patientId = (await newPatient(db, c.org)).id;
      return { ids: await times(() => newBooking(db, c.org, { patientId, chamberId })) };
    },
  },
  'GET /api/alerts': {
    as: 'member',
    table: 'alerts',
    make: async (c) => ({ ids: await times(() => newAlert(db, c.member)) }),
  },
  'GET /api/contacts': {
    as: 'admin',
    table: 'contacts',
    make: async (c) => ({ ids: await times(() => newContact(db, c.org)) }),
  },
  'GET /api/appointments': {
    as: 'admin',
    table: 'appointments',
    make: async (c) => {
      const contactId = (await newContact(db, c.org)).id;
      const providerId = (await newProvider(db, c.provider)).id;
      return { ids: await times(() => newAppointment(db, c.org, { contactId, providerId })) };
    },
  },
  'GET /api/conditions': catalog('conditions', (c) => newCondition(db, c.org), 'orgId'),
  'GET /api/treatments': catalog('treatments', (c) => newTreatment(db, c.org), 'orgId'),
  'GET /api/trials': catalog('trials', (c) => newTrial(db, c.org), 'orgId'),
  'GET /api/learning-resources': catalog(
    'learning_resources',
    (c) => newLearningResource(db, c.org),
    'orgId',
  ),
  'GET /api/measurements': own('measurements'),
  'GET /api/food-logs': own('patient_food_log'),
  'GET /api/activity-logs': own('patient_activity_log'),
  'GET /api/condition-events': own('patient_condition_events'),
  'GET /api/health-goals': own('patient_health_goals'),
  'GET /api/learning-progress': own('patient_learning_progress'),
  'GET /api/daily-moods': own('daily_moods'),
  'GET /api/journal-entries': own('journal_entries'),
  'GET /api/calendar-events': own('calendar_events'),
  'GET /api/vector-memories': {
    as: 'patient',
    table: 'vector_memory',
    make: async (c) => ({ ids: await times(() => newVectorMemory(db, c.patient)) }),
  },
  'GET /api/ai-command-logs': {
    as: 'patient',
    table: 'ai_command_logs',
    make: async (c) => ({ ids: await times(() => newAiCommandLog(db, c.patient)) }),
  },
  'GET /api/chat/sessions': {
    as: 'patient',
    table: 'chat_sessions',
    make: async (c) => ({ ids: await times(() => newChatSession(db, c.patient)) }),
  },
  'GET /api/chat/sessions/{id}/messages': {
    as: 'patient',
    table: 'chat_messages',
    make: async (c) => {
      const session = await newChatSession(db, c.patient);
      return {
        ids: await times(() => newChatMessage(db, c.patient, { sessionId: session.id })),
        params: { id: session.id },
      };
    },
  },
  'GET /api/user-memories': {
    as: 'patient',
    table: 'user_memory',
    make: async (c) => {
      await setPlan(db, c.patient, 'pro');
      return { ids: await times(() => newUserMemory(db, c.patient)) };
    },
  },
  'GET /api/patient-insights': {
    as: 'patient',
    table: 'patient_insights',
    make: async (c) => ({ ids: await times(() => newPatientInsight(db, c.patient)) }),
  },
  'GET /api/ai-doctor/sessions': {
    as: 'patient',
    table: 'ai_doctor_sessions',
    make: async (c) => ({ ids: await times(() => newAiDoctorSession(db, c.patient)) }),
  },
  'GET /api/ai-doctor/sessions/{id}/shares': {
    as: 'patient',
    table: 'ai_doctor_sharing_permissions',
    make: async (c) => {
      const session = await newAiDoctorSession(db, c.patient);
      const ids = await providers(c);
      return {
        ids: await times((i) =>
          newAiDoctorSharingPermission(db, c.patient, { sessionId: session.id, providerId: ids[i] }),
        ),
        params: { id: session.id },
      };
    },
  },
  'GET /api/import-sources': own('patient_data_import_sources'),
  'GET /api/patients/{patientId}/measurements': treated('measurements'),
  'GET /api/patients/{patientId}/food-logs': treated('patient_food_log'),
  'GET /api/patients/{patientId}/activity-logs': treated('patient_activity_log'),
  'GET /api/patients/{patientId}/condition-events': treated('patient_condition_events'),
  'GET /api/patients/{patientId}/health-goals': treated('patient_health_goals'),
  'GET /api/products': catalog('products', (c) => newProduct(db, c.org), 'orgId'),
  'GET /api/prescriptions': {
    as: 'patient',
    table: 'prescriptions',
    make: async (c) => {
      const { providerId } = await treatment(c);
      const product = await newProduct(db, c.org, { isPrescriptionRequired: true });
      return { ids: await times(() => newPrescription(db, c.patient, providerId, product)) };
    },
  },
  'GET /api/orders': {
    as: 'patient',
    table: 'orders',
    make: async (c) => {
      const product = await newProduct(db, c.org, { inventoryCount: 50 });
      return { ids: await times(() => newOrder(db, c.patient, { lines: [{ product }] })) };
    },
  },
  'GET /api/products/{id}/recall': {
    as: 'admin',
    table: 'order_items',
    make: async (c) => {
      const product = await newProduct(db, c.org, { inventoryCount: 50, batchLotInfo: 'LOT-WALK' });
      const orders = await times(() => newOrder(db, c.patient, { lines: [{ product }] }));
      return {
        ids: await idsOf(`SELECT id FROM public.order_items WHERE order_id = ANY($1)`, [orders]),
        params: { id: product.id },
        query: { lot: 'LOT-WALK' },
      };
    },
  },
};

const key = (op: Operation) => `${op.method} ${op.path}`;

/** The document's paginated routes: a GET that takes limit or cursor, or whose 200 answer is a page. */
function paginatedRoutes(d: OpenAPIObject): Map<string, Operation> {
  const out = new Map<string, Operation>();
  for (const op of operations(d)) {
    if (op.method !== 'GET') continue;
    const raw = rawOperation(d, op);
    const names = new Set(
      (raw.parameters ?? []).filter((p: any) => p.in === 'query').map((p: any) => p.name),
    );
    const body = flatten(d, raw.responses?.['200']?.content?.['application/json']?.schema);
    const isPage = body?.properties?.items?.type === 'array' && 'nextCursor' in (body.properties ?? {});
    if (isPage || names.has('cursor') || names.has('limit')) out.set(key(op), op);
  }
  return out;
}

/** Sets the rows' timestamp column to STAMP as the owner, with the named triggers off for this update only. */
async function stamp(c: WalkCase, rowIds: string[]): Promise<void> {
  const client = await db.owner.connect();
  try {
    await client.query('BEGIN');
    for (const t of c.triggers ?? [])
      await client.query(`ALTER TABLE public.${c.table} DISABLE TRIGGER ${t}`);
    const res = await client.query(
      `UPDATE public.${c.table} SET ${c.column ?? 'created_at'} = $1 WHERE id = ANY($2::uuid[])`,
      [STAMP, rowIds],
    );
    for (const t of c.triggers ?? []) await client.query(`ALTER TABLE public.${c.table} ENABLE TRIGGER ${t}`);
    await client.query('COMMIT');
    expect(res.rowCount, `${c.table}: rows stamped`).toBe(rowIds.length);
  } catch (err) {
    await client.query('ROLLBACK');
    throw err;
  } finally {
    client.release();
  }
}

interface Listed {
  ids: string[];
  pages: number;
}

/** Follows nextCursor from the first page until it is null (a bounded number of pages). */
async function walk(
  path: string,
  query: Record<string, string>,
  limit: number,
  user: TestUser,
): Promise<Listed> {
  const seen: string[] = [];
  let cursor: string | undefined;
  for (let pages = 1; pages <= 100; pages++) {
    const qs = new URLSearchParams({ ...query, limit: String(limit), ...(cursor ? { cursor } : {}) });
    const res = await api.request('GET', `${path}?${qs}`, { token: user.token });
    expect(res.status, `${path}?${qs}: ${JSON.stringify(res.body)}`).toBe(200);
    expect(res.body.items.length, `${path}?${qs}: page size`).toBeLessThanOrEqual(limit);
    seen.push(...res.body.items.map((item: { id: string }) => item.id));
    if (res.body.nextCursor === null) return { ids: seen, pages };
    expect(typeof res.body.nextCursor, `${path}?${qs}: nextCursor`).toBe('string');
    cursor = res.body.nextCursor;
  }
  throw new Error(`${path}: still a nextCursor after 100 pages of ${limit} (${seen.length} items)`);
}

function allows(op: Operation, role: AppRole): boolean {
  const access = op.access;
  if (!access || 'public' in access) return true;
  return access.roles === 'any' || access.roles.includes(role);
}

describe('pagination walk', () => {
  it('every paginated route of the document is walked here or listed as not coverable', () => {
    const routes = [...paginatedRoutes(doc).keys()];
    expect(routes.length).toBeGreaterThan(30);
    expect(
      routes.filter((r) => !(r in CASES) && !(r in NOT_COVERABLE)),
      'paginated routes with neither a case in CASES nor a reason in NOT_COVERABLE',
    ).toEqual([]);
    expect(
      [...Object.keys(CASES), ...Object.keys(NOT_COVERABLE)].filter((r) => !routes.includes(r)),
      'cases for routes the document no longer has as paginated',
    ).toEqual([]);
    expect(Object.keys(CASES).filter((r) => r in NOT_COVERABLE)).toEqual([]);
  });

  it.each(Object.keys(CASES))(
    '%s: limit=2 pages over rows with one timestamp give every row exactly once',
    async (route) => {
      const op = paginatedRoutes(doc).get(route);
      expect(op, `${route} is not a paginated route of the document`).toBeDefined();
      const c = CASES[route];
      const cast = PLATFORM_ROUTES.has(route) ? await platformCast() : await newCast();
      const user = cast[c.as];
      expect(allows(op!, user.role), `${route} does not admit ${user.role}`).toBe(true);

      const built = await c.make(cast);
      expect(built.ids.length, `${route}: rows built`).toBeGreaterThanOrEqual(N);
      await stamp(c, built.ids);
      let path = op!.path;
      for (const param of op!.params) {
        expect(built.params?.[param], `${route}: no value for {${param}}`).toBeDefined();
        path = path.replace(`{${param}}`, encodeURIComponent(built.params![param]));
      }
      const query = built.query ?? {};

      const walked = await walk(path, query, 2, user);
      const all = await walk(path, query, 100, user);
      expect(all.pages, `${route}: more than 100 rows, the limit=100 list is not one page`).toBe(1);
      const repeated = walked.ids.filter((id, i) => walked.ids.indexOf(id) !== i);
      expect(repeated, `${route}: ids repeated across limit=2 pages`).toEqual([]);
      const skipped = all.ids.filter((id) => !walked.ids.includes(id));
      expect(skipped, `${route}: ids of the limit=100 list that the limit=2 walk skipped`).toEqual([]);
      expect(
        built.ids.filter((id) => !all.ids.includes(id)),
        `${route}: rows built for the caller that the list does not show`,
      ).toEqual([]);
      expect(walked.ids, `${route}: the walk and the single page differ in order`).toEqual(all.ids);
      expect(walked.pages).toBeGreaterThanOrEqual(Math.ceil(N / 2));
    },
    60_000,
  );
});
