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
import { newOrg, newUser, type TestOrg, type TestUser } from '../support/factories';
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

async function ids(text: string, params: unknown[]): Promise<string[]> {
  const { rows } = await db.owner.query<{ id: string }>(text, params);
  return rows.map((r) => r.id);
}

async function one(text: string, params: unknown[]): Promise<string> {
  const [id] = await ids(text, params);
  if (!id) throw new Error(`no row from ${text}`);
  return id;
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

// Parents shared by several cases.
async function chamber(c: Cast): Promise<string> {
  const facility = await one(
    `INSERT INTO facilities (org_id, name, timezone) VALUES ($1, 'Site', 'UTC') RETURNING id`,
    [c.org.id],
  );
  return one(
    `INSERT INTO chambers (org_id, facility_id, name, open_days) VALUES ($1, $2, 'C1', '{1,2,3,4,5,6,7}') RETURNING id`,
    [c.org.id, facility],
  );
}
const providerOf = (c: Cast) =>
  one(`INSERT INTO providers (org_id, user_id, display_name) VALUES ($1, $2, 'Dr Walk') RETURNING id`, [
    c.org.id,
    c.provider.id,
  ]);
const patientOf = (c: Cast) =>
  one(
    `INSERT INTO patients (org_id, user_id, first_name, last_name) VALUES ($1, $2, 'Pat', 'Walk') RETURNING id`,
    [c.org.id, c.patient.id],
  );
async function booking(c: Cast): Promise<{ booking: string; patient: string; provider: string }> {
  const [room, patient, provider] = [await chamber(c), await patientOf(c), await providerOf(c)];
  const id = await one(
    `INSERT INTO bookings (org_id, patient_id, chamber_id, provider_id, starts_at, ends_at)
     VALUES ($1, $2, $3, $4, '2031-03-04T10:00:00Z', '2031-03-04T11:00:00Z') RETURNING id`,
    [c.org.id, patient, room, provider],
  );
  return { booking: id, patient, provider };
}
const invoice = (c: Cast) =>
  one(
    `INSERT INTO invoices (org_id, number, amount_due_minor, currency) VALUES ($1, 'WALK-0', 1000000, 'EUR') RETURNING id`,
    [c.org.id],
  );
const cryptoWallet = (c: Cast, balance: number) =>
  one(
    `INSERT INTO wallets (org_id, user_id, kind, currency, balance) VALUES ($1, $2, 'crypto', 'BTC', $3) RETURNING id`,
    [c.org.id, c.member.id, balance],
  );

/** N rows of a table with a patient_id or user_id owner column (the patient's clinical and companion data). */
const PATIENT_ROWS: Record<string, string> = {
  measurements: `INSERT INTO measurements (org_id, patient_id, measurement_type, value) SELECT $1, $2, 'weight', 70 + g FROM generate_series(1, $3) g RETURNING id`,
  patient_food_log: `INSERT INTO patient_food_log (org_id, patient_id, food_name) SELECT $1, $2, 'Rice ' || g FROM generate_series(1, $3) g RETURNING id`,
  patient_activity_log: `INSERT INTO patient_activity_log (org_id, patient_id, activity_type) SELECT $1, $2, 'walking' FROM generate_series(1, $3) g RETURNING id`,
  patient_condition_events: `INSERT INTO patient_condition_events (org_id, patient_id, event_type) SELECT $1, $2, 'checkup' FROM generate_series(1, $3) g RETURNING id`,
  patient_health_goals: `INSERT INTO patient_health_goals (org_id, patient_id, title) SELECT $1, $2, 'Goal ' || g FROM generate_series(1, $3) g RETURNING id`,
  patient_data_import_sources: `INSERT INTO patient_data_import_sources (org_id, patient_id, source_name, source_type) SELECT $1, $2, 'Scale ' || g, 'device' FROM generate_series(1, $3) g RETURNING id`,
  patient_learning_progress: `WITH r AS (INSERT INTO learning_resources (org_id, title, resource_type) SELECT $1, 'Read ' || g, 'article' FROM generate_series(1, $3) g RETURNING id)
    INSERT INTO patient_learning_progress (org_id, patient_id, resource_id) SELECT $1, $2, r.id FROM r RETURNING id`,
  daily_moods: `INSERT INTO daily_moods (org_id, user_id, emotion) SELECT $1, $2, 'calm' FROM generate_series(1, $3) g RETURNING id`,
  journal_entries: `INSERT INTO journal_entries (org_id, user_id, content) SELECT $1, $2, 'Entry ' || g FROM generate_series(1, $3) g RETURNING id`,
  calendar_events: `INSERT INTO calendar_events (org_id, user_id, date, title) SELECT $1, $2, '2031-01-01'::date + g, 'Event ' || g FROM generate_series(1, $3) g RETURNING id`,
};

/** The patient lists their own rows. */
const own = (table: string): WalkCase => ({
  as: 'patient',
  table,
  make: async (c) => ({ ids: await ids(PATIENT_ROWS[table], [c.org.id, c.patient.id, N]) }),
});

/** A treating provider (a booking with the patient) lists the patient's rows. */
const treated = (table: string): WalkCase => ({
  as: 'provider',
  table,
  make: async (c) => {
    await booking(c);
    return {
      ids: await ids(PATIENT_ROWS[table], [c.org.id, c.patient.id, N]),
      params: { patientId: c.patient.id },
    };
  },
});

/** A public catalog of the route's organization, listed by it. */
const catalog = (table: string, insert: string, filter: 'orgId' | 'organizationId'): WalkCase => ({
  as: 'admin',
  table,
  make: async (c) => ({
    ids: await ids(`${insert} FROM generate_series(1, $2) g RETURNING id`, [c.org.id, N]),
    query: { [filter]: c.org.id },
  }),
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
      await db.owner.query(
        `INSERT INTO notifications (org_id, user_id, type, title, message)
         SELECT $1, $2, 'system', 'Audited ' || g, 'm' FROM generate_series(1, $3) g`,
        [c.org.id, c.member.id, N],
      );
      return {
        ids: await ids(`SELECT id FROM audit_logs WHERE org_id = $1`, [c.org.id]),
        query: { to: new Date(Date.parse(STAMP) + 1).toISOString() },
      };
    },
  },
  'GET /api/me/sessions': {
    as: 'member',
    table: 'sessions',
    make: async (c) => ({
      ids: await ids(
        `INSERT INTO sessions (org_id, user_id, refresh_token_hash, expires_at)
         SELECT $1, $2, sha256(gen_random_uuid()::text::bytea), now() + interval '1 day' FROM generate_series(1, $3) g
         RETURNING id`,
        [c.org.id, c.member.id, N],
      ),
    }),
  },
  'GET /api/organization/members': {
    as: 'admin',
    table: 'users_roles',
    make: async (c) => {
      const users: string[] = [];
      for (let i = 0; i < N; i++) users.push((await newUser(db, c.org, 'developer')).id);
      return {
        ids: await ids(`SELECT id FROM users_roles WHERE org_id = $1 AND user_id = ANY($2::uuid[])`, [
          c.org.id,
          users,
        ]),
      };
    },
  },
  'GET /api/api-keys': {
    as: 'admin',
    table: 'api_keys',
    make: async (c) => ({
      ids: await ids(
        `INSERT INTO api_keys (org_id, name, key_prefix, key_hash, scope, role, created_by)
         SELECT $1, 'Key ' || g, 'cbk_' || substr(md5(gen_random_uuid()::text), 1, 8), sha256(gen_random_uuid()::text::bytea),
                ARRAY['read'], 'developer', $2
         FROM generate_series(1, $3) g RETURNING id`,
        [c.org.id, c.admin.id, N],
      ),
    }),
  },
  'GET /api/wallets/{id}/transactions': {
    as: 'member',
    table: 'transactions',
    triggers: ['transactions_append_only'],
    make: async (c) => {
      const wallet = await cryptoWallet(c, 0);
      await db.owner.query(
        `SELECT app_private.ledger_transfer(app_private.system_wallet($1, 'external', 'crypto', 'BTC'), $2, 1, 'credit', 'walk ' || g)
         FROM generate_series(1, $3) g`,
        [c.org.id, wallet, N],
      );
      return {
        ids: await ids(`SELECT id FROM transactions WHERE wallet_id = $1`, [wallet]),
        params: { id: wallet },
      };
    },
  },
  'GET /api/crypto-withdrawals': {
    as: 'admin',
    table: 'crypto_withdrawals',
    triggers: ['crypto_withdrawals_transition'],
    make: async (c) => {
      const wallet = await cryptoWallet(c, 100);
      return {
        ids: await ids(
          `INSERT INTO crypto_withdrawals (org_id, user_id, wallet_id, amount, destination_address)
           SELECT $1, $2, $3, 1, 'bc1qwalk' || g FROM generate_series(1, $4) g RETURNING id`,
          [c.org.id, c.member.id, wallet, N],
        ),
      };
    },
  },
  'GET /api/invoices': {
    as: 'admin',
    table: 'invoices',
    make: async (c) => ({
      ids: await ids(
        `INSERT INTO invoices (org_id, number, amount_due_minor, currency)
         SELECT $1, 'WALK-' || g, 1000, 'EUR' FROM generate_series(1, $2) g RETURNING id`,
        [c.org.id, N],
      ),
    }),
  },
  'GET /api/payments': {
    as: 'admin',
    table: 'payments',
    make: async (c) => ({
      ids: await ids(
        `INSERT INTO payments (org_id, user_id, invoice_id, amount_minor, currency)
         SELECT $1, $2, $3, 100, 'EUR' FROM generate_series(1, $4) g RETURNING id`,
        [c.org.id, c.member.id, await invoice(c), N],
      ),
    }),
  },
  'GET /api/crypto-payments': {
    as: 'admin',
    table: 'crypto_payments',
    make: async (c) => ({
      ids: await ids(
        `INSERT INTO crypto_payments (org_id, user_id, amount, currency, tx_hash)
         SELECT $1, $2, 0.5, 'BTC', 'walk-tx-' || g FROM generate_series(1, $3) g RETURNING id`,
        [c.org.id, c.member.id, N],
      ),
    }),
  },
  'GET /api/refunds': {
    as: 'admin',
    table: 'refunds',
    make: async (c) => {
      const payment = await one(
        `INSERT INTO payments (org_id, user_id, invoice_id, amount_minor, currency) VALUES ($1, $2, $3, 5000, 'EUR') RETURNING id`,
        [c.org.id, c.member.id, await invoice(c)],
      );
      return {
        ids: await ids(
          `INSERT INTO refunds (org_id, payment_id, user_id, amount_minor, currency)
           SELECT $1, $2, $3, 100, 'EUR' FROM generate_series(1, $4) g RETURNING id`,
          [c.org.id, payment, c.member.id, N],
        ),
      };
    },
  },
  'GET /api/notifications': {
    as: 'member',
    table: 'notifications',
    make: async (c) => ({
      ids: await ids(
        `INSERT INTO notifications (org_id, user_id, type, title, message)
         SELECT $1, $2, 'system', 'Walk ' || g, 'm' FROM generate_series(1, $3) g RETURNING id`,
        [c.org.id, c.member.id, N],
      ),
    }),
  },
  'GET /api/jobs/runs': {
    as: 'admin',
    table: 'job_runs',
    column: 'started_at',
    make: async () => ({
      ids: await ids(
        `INSERT INTO job_runs (job, slot, status, started_at, attempt, instance)
         SELECT 'pagination-walk', '2030-01-01T00:00:00Z'::timestamptz + make_interval(secs => g), 'running', now(), 1, 'walk'
         FROM generate_series(1, $1) g RETURNING id`,
        [N],
      ),
      query: { job: 'pagination-walk' },
    }),
  },
  'GET /api/facilities': catalog(
    'facilities',
    `INSERT INTO facilities (org_id, name) SELECT $1, 'Site ' || g`,
    'organizationId',
  ),
  'GET /api/chambers': {
    as: 'admin',
    table: 'chambers',
    make: async (c) => {
      const facility = await one(`INSERT INTO facilities (org_id, name) VALUES ($1, 'Site') RETURNING id`, [
        c.org.id,
      ]);
      return {
        ids: await ids(
          `INSERT INTO chambers (org_id, facility_id, name) SELECT $1, $2, 'C' || g FROM generate_series(1, $3) g RETURNING id`,
          [c.org.id, facility, N],
        ),
        query: { organizationId: c.org.id },
      };
    },
  },
  'GET /api/chamber-maintenance': {
    as: 'admin',
    table: 'chamber_maintenance',
    make: async (c) => ({
      ids: await ids(
        `INSERT INTO chamber_maintenance (org_id, chamber_id, starts_at, ends_at)
         SELECT $1, $2, '2032-01-01T08:00:00Z'::timestamptz + make_interval(days => g),
                '2032-01-01T10:00:00Z'::timestamptz + make_interval(days => g)
         FROM generate_series(1, $3) g RETURNING id`,
        [c.org.id, await chamber(c), N],
      ),
    }),
  },
  'GET /api/chamber-schedules': {
    as: 'admin',
    table: 'chamber_schedules',
    make: async (c) => ({
      ids: await ids(
        `INSERT INTO chamber_schedules (org_id, booking_id, sequence, duration_minutes)
         SELECT $1, $2, g, 30 FROM generate_series(1, $3) g RETURNING id`,
        [c.org.id, (await booking(c)).booking, N],
      ),
    }),
  },
  'GET /api/providers': {
    as: 'admin',
    table: 'providers',
    make: async (c) => {
      const users: string[] = [];
      for (let i = 0; i < N; i++) users.push((await newUser(db, c.org, 'provider')).id);
      return {
        ids: await ids(
          `INSERT INTO providers (org_id, user_id, display_name) SELECT $1, u, 'Dr ' || u FROM unnest($2::uuid[]) u RETURNING id`,
          [c.org.id, users],
        ),
      };
    },
  },
  'GET /api/patients': {
    as: 'admin',
    table: 'patients',
    make: async (c) => ({
      ids: await ids(
        `INSERT INTO patients (org_id, first_name, last_name) SELECT $1, 'Pat', 'Walk ' || g FROM generate_series(1, $2) g RETURNING id`,
        [c.org.id, N],
      ),
    }),
  },
  'GET /api/medical-records': {
    as: 'admin',
    table: 'medical_records',
    make: async (c) => {
      const { patient, provider } = await booking(c);
      return {
        ids: await ids(
          `INSERT INTO medical_records (org_id, patient_id, provider_id, title, content)
           SELECT $1, $2, $3, 'Visit ' || g, 'Notes' FROM generate_series(1, $4) g RETURNING id`,
          [c.org.id, patient, provider, N],
        ),
      };
    },
  },
  'GET /api/bookings': {
    as: 'admin',
    table: 'bookings',
    make: async (c) => {
      const [room, patient] = [await chamber(c), await patientOf(c)];
      return {
        ids: await ids(
          `INSERT INTO bookings (org_id, patient_id, chamber_id, starts_at, ends_at)
           SELECT $1, $2, $3, '2031-03-04T09:00:00Z'::timestamptz + make_interval(hours => g),
                  '2031-03-04T09:30:00Z'::timestamptz + make_interval(hours => g)
           FROM generate_series(1, $4) g RETURNING id`,
          [c.org.id, patient, room, N],
        ),
      };
    },
  },
  'GET /api/alerts': {
    as: 'member',
    table: 'alerts',
    make: async (c) => ({
      ids: await ids(
        `INSERT INTO alerts (org_id, user_id, kind, title, message)
         SELECT $1, $2, 'walk', 'Alert ' || g, 'm' FROM generate_series(1, $3) g RETURNING id`,
        [c.org.id, c.member.id, N],
      ),
    }),
  },
  'GET /api/contacts': {
    as: 'admin',
    table: 'contacts',
    make: async (c) => ({
      ids: await ids(
        `INSERT INTO contacts (org_id, name, phone) SELECT $1, 'Lead ' || g, '+1555020000' || g FROM generate_series(1, $2) g RETURNING id`,
        [c.org.id, N],
      ),
    }),
  },
  'GET /api/appointments': {
    as: 'admin',
    table: 'appointments',
    make: async (c) => {
      const contact = await one(
        `INSERT INTO contacts (org_id, name, phone) VALUES ($1, 'Lead', '+15550300000') RETURNING id`,
        [c.org.id],
      );
      return {
        ids: await ids(
          `INSERT INTO appointments (org_id, contact_id, provider_id, service_type, scheduled_at)
           SELECT $1, $2, $3, 'consultation', '2031-05-01T10:00:00Z'::timestamptz + make_interval(days => g)
           FROM generate_series(1, $4) g RETURNING id`,
          [c.org.id, contact, await providerOf(c), N],
        ),
      };
    },
  },
  'GET /api/conditions': catalog(
    'conditions',
    `INSERT INTO conditions (org_id, name) SELECT $1, 'Condition ' || g`,
    'orgId',
  ),
  'GET /api/treatments': catalog(
    'treatments',
    `INSERT INTO treatments (org_id, name) SELECT $1, 'Treatment ' || g`,
    'orgId',
  ),
  'GET /api/trials': catalog(
    'trials',
    `INSERT INTO trials (org_id, title) SELECT $1, 'Trial ' || g`,
    'orgId',
  ),
  'GET /api/learning-resources': catalog(
    'learning_resources',
    `INSERT INTO learning_resources (org_id, title, resource_type) SELECT $1, 'Resource ' || g, 'article'`,
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
  'GET /api/import-sources': own('patient_data_import_sources'),
  'GET /api/patients/{patientId}/measurements': treated('measurements'),
  'GET /api/patients/{patientId}/food-logs': treated('patient_food_log'),
  'GET /api/patients/{patientId}/activity-logs': treated('patient_activity_log'),
  'GET /api/patients/{patientId}/condition-events': treated('patient_condition_events'),
  'GET /api/patients/{patientId}/health-goals': treated('patient_health_goals'),
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
      const cast = await newCast(route === 'GET /api/jobs/runs' ? platformOrgId : undefined);
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
