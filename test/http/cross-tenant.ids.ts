// The data the cross-tenant sweep (cross-tenant.e2e.test.ts) needs per route: for each path parameter, an id
// of a row that belongs to org A; for write routes whose body the schema sampler cannot build, a body.
// A module that adds a route with a {param} adds an IdSource here (or the sweep fails naming the route).
import { randomBytes } from 'node:crypto';
import { randomSecret, sha256 } from '../../src/common/crypto/tokens';
import type { TestDb } from '../support/db';
import type { TestOrg, TestUser } from '../support/factories';

/** Org A (the victim) with members, org B (the callers). Sources create A's rows as the owner. */
export interface SweepWorld {
  db: TestDb;
  orgA: TestOrg;
  orgB: TestOrg;
  /** Members of A only. */
  a: { admin: TestUser; provider: TestUser; patient: TestUser; member: TestUser };
}

const made = new WeakMap<SweepWorld, Map<string, Promise<string>>>();

/** Creates a row of A once per world (sources share parents: a booking needs a patient and a chamber). */
export function once(w: SweepWorld, key: string, create: () => Promise<string>): Promise<string> {
  let rows = made.get(w);
  if (!rows) made.set(w, (rows = new Map()));
  if (!rows.has(key)) rows.set(key, create());
  return rows.get(key)!;
}

async function insert(w: SweepWorld, text: string, params: unknown[]): Promise<string> {
  const { rows } = await w.db.owner.query(text, params);
  return rows[0].id;
}

// Healthcare scheduling rows of A (the clinic side), created as the owner.
const facility = (w: SweepWorld) =>
  once(w, 'facility', () =>
    insert(w, `INSERT INTO facilities (org_id, name) VALUES ($1, 'A clinic') RETURNING id`, [w.orgA.id]),
  );
const chamber = (w: SweepWorld) =>
  once(w, 'chamber', async () =>
    insert(w, `INSERT INTO chambers (org_id, facility_id, name) VALUES ($1, $2, 'A chamber') RETURNING id`, [
      w.orgA.id,
      await facility(w),
    ]),
  );
const provider = (w: SweepWorld) =>
  once(w, 'provider', () =>
    insert(w, `INSERT INTO providers (org_id, user_id, display_name) VALUES ($1, $2, 'Dr A') RETURNING id`, [
      w.orgA.id,
      w.a.provider.id,
    ]),
  );
const patient = (w: SweepWorld) =>
  once(w, 'patient', () =>
    insert(
      w,
      `INSERT INTO patients (org_id, user_id, first_name, last_name) VALUES ($1, $2, 'Pat', 'A') RETURNING id`,
      [w.orgA.id, w.a.patient.id],
    ),
  );
const booking = (w: SweepWorld) =>
  once(w, 'booking', async () =>
    insert(
      w,
      `INSERT INTO bookings (org_id, patient_id, chamber_id, provider_id, starts_at, ends_at)
       VALUES ($1, $2, $3, $4, date_trunc('day', now()) + interval '30 days 10 hours', date_trunc('day', now()) + interval '30 days 11 hours')
       RETURNING id`,
      [w.orgA.id, await patient(w), await chamber(w), await provider(w)],
    ),
  );
const contact = (w: SweepWorld) =>
  once(w, 'contact', () =>
    insert(
      w,
      `INSERT INTO contacts (org_id, name, phone) VALUES ($1, 'Lead of A', '+15550100') RETURNING id`,
      [w.orgA.id],
    ),
  );

// Payments rows of A: a member's crypto wallet with funds, an invoice paid in part, a refund.
const wallet = (w: SweepWorld) =>
  once(w, 'wallet', () =>
    insert(
      w,
      `INSERT INTO wallets (org_id, user_id, kind, currency, balance) VALUES ($1, $2, 'crypto', 'BTC', 5) RETURNING id`,
      [w.orgA.id, w.a.member.id],
    ),
  );
const invoice = (w: SweepWorld) =>
  once(w, 'invoice', () =>
    insert(
      w,
      `INSERT INTO invoices (org_id, number, amount_due_minor, currency) VALUES ($1, 'A-0001', 10000, 'EUR') RETURNING id`,
      [w.orgA.id],
    ),
  );
const payment = (w: SweepWorld) =>
  once(w, 'payment', async () =>
    insert(
      w,
      `INSERT INTO payments (org_id, user_id, invoice_id, amount_minor, currency) VALUES ($1, $2, $3, 5000, 'EUR') RETURNING id`,
      [w.orgA.id, w.a.member.id, await invoice(w)],
    ),
  );

export interface IdSource {
  /** The path parameter's name, as in the OpenAPI path: `{userId}` -> 'userId'. */
  param: string;
  /** The path prefix the parameter lives under; the longest matching prefix wins. */
  under: string;
  /** An id (or name) of a row of org A that the route would act on. */
  resolve?: (w: SweepWorld) => Promise<string>;
  /** The member of A who may read the row (the control call on GET routes); A's admin when not set. */
  readBy?: (w: SweepWorld) => TestUser;
  /**
   * Set when any member of any organization may read the row by design (catalog.md says "public"), with
   * the reason: GET routes on it may answer 2xx; every other method is swept as usual.
   */
  publicRead?: string;
  /**
   * Set instead of resolve when the parameter does not name a tenant row (nothing of org A to leak), with
   * the reason; the route is then left out of the sweep and listed.
   */
  notTenantScoped?: string;
}

export const ID_SOURCES: IdSource[] = [
  {
    param: 'userId',
    under: '/api/organization/members',
    resolve: async (w) => w.a.member.id,
  },
  {
    param: 'id',
    under: '/api/api-keys',
    resolve: async (w) => {
      const { rows } = await w.db.owner.query(
        `INSERT INTO api_keys (org_id, name, key_prefix, key_hash, scope, role, created_by)
         VALUES ($1, 'org A key', $2, $3, ARRAY['read', 'write'], 'admin', $4) RETURNING id`,
        [w.orgA.id, `cbk_${randomBytes(4).toString('hex')}`, sha256(randomSecret()), w.a.admin.id],
      );
      return rows[0].id;
    },
  },
  {
    param: 'id',
    under: '/api/me/sessions',
    resolve: async (w) => {
      const { rows } = await w.db.owner.query(
        `INSERT INTO sessions (org_id, user_id, refresh_token_hash, expires_at)
         VALUES ($1, $2, $3, now() + interval '1 day') RETURNING id`,
        [w.orgA.id, w.a.admin.id, sha256(randomSecret())],
      );
      return rows[0].id;
    },
  },
  {
    param: 'id',
    under: '/api/notifications',
    resolve: async (w) => {
      const { rows } = await w.db.owner.query(
        `INSERT INTO notifications (org_id, user_id, type, title, message)
         VALUES ($1, $2, 'appointment_booked', 'For a member of A', 'Org A only') RETURNING id`,
        [w.orgA.id, w.a.member.id],
      );
      return rows[0].id;
    },
    readBy: (w) => w.a.member,
  },
  // Healthcare patient data (own rows of A's patient) and its public catalogs.
  {
    param: 'id',
    under: '/api/measurements',
    resolve: async (w) =>
      (
        await w.db.owner.query(
          `INSERT INTO measurements (org_id, patient_id, measurement_type, value) VALUES ($1, $2, 'weight', 70) RETURNING id`,
          [w.orgA.id, w.a.patient.id],
        )
      ).rows[0].id,
    readBy: (w) => w.a.patient,
  },
  {
    param: 'id',
    under: '/api/food-logs',
    resolve: async (w) =>
      (
        await w.db.owner.query(
          `INSERT INTO patient_food_log (org_id, patient_id, food_name) VALUES ($1, $2, 'Rice') RETURNING id`,
          [w.orgA.id, w.a.patient.id],
        )
      ).rows[0].id,
    readBy: (w) => w.a.patient,
  },
  {
    param: 'id',
    under: '/api/activity-logs',
    resolve: async (w) =>
      (
        await w.db.owner.query(
          `INSERT INTO patient_activity_log (org_id, patient_id, activity_type) VALUES ($1, $2, 'walking') RETURNING id`,
          [w.orgA.id, w.a.patient.id],
        )
      ).rows[0].id,
    readBy: (w) => w.a.patient,
  },
  {
    param: 'id',
    under: '/api/condition-events',
    resolve: async (w) =>
      (
        await w.db.owner.query(
          `INSERT INTO patient_condition_events (org_id, patient_id, event_type) VALUES ($1, $2, 'diagnosed') RETURNING id`,
          [w.orgA.id, w.a.patient.id],
        )
      ).rows[0].id,
    readBy: (w) => w.a.patient,
  },
  {
    param: 'id',
    under: '/api/health-goals',
    resolve: async (w) =>
      (
        await w.db.owner.query(
          `INSERT INTO patient_health_goals (org_id, patient_id, title) VALUES ($1, $2, 'Sleep') RETURNING id`,
          [w.orgA.id, w.a.patient.id],
        )
      ).rows[0].id,
    readBy: (w) => w.a.patient,
  },
  {
    param: 'id',
    under: '/api/import-sources',
    resolve: async (w) =>
      (
        await w.db.owner.query(
          `INSERT INTO patient_data_import_sources (org_id, patient_id, source_name, source_type) VALUES ($1, $2, 'Scale', 'device') RETURNING id`,
          [w.orgA.id, w.a.patient.id],
        )
      ).rows[0].id,
    readBy: (w) => w.a.patient,
  },
  {
    param: 'id',
    under: '/api/daily-moods',
    resolve: async (w) =>
      (
        await w.db.owner.query(
          `INSERT INTO daily_moods (org_id, user_id, emotion) VALUES ($1, $2, 'ok') RETURNING id`,
          [w.orgA.id, w.a.patient.id],
        )
      ).rows[0].id,
    readBy: (w) => w.a.patient,
  },
  {
    param: 'id',
    under: '/api/journal-entries',
    resolve: async (w) =>
      (
        await w.db.owner.query(
          `INSERT INTO journal_entries (org_id, user_id, content) VALUES ($1, $2, 'private') RETURNING id`,
          [w.orgA.id, w.a.patient.id],
        )
      ).rows[0].id,
    readBy: (w) => w.a.patient,
  },
  {
    param: 'id',
    under: '/api/calendar-events',
    resolve: async (w) =>
      (
        await w.db.owner.query(
          `INSERT INTO calendar_events (org_id, user_id, date, title) VALUES ($1, $2, '2031-01-01', 'Gym') RETURNING id`,
          [w.orgA.id, w.a.patient.id],
        )
      ).rows[0].id,
    readBy: (w) => w.a.patient,
  },
  {
    param: 'id',
    under: '/api/learning-progress',
    resolve: async (w) => {
      const { rows } = await w.db.owner.query(
        `WITH r AS (INSERT INTO learning_resources (org_id, title, resource_type) VALUES ($1, 'Sweep', 'article') RETURNING id)
         INSERT INTO patient_learning_progress (org_id, patient_id, resource_id) SELECT $1, $2, r.id FROM r RETURNING id`,
        [w.orgA.id, w.a.patient.id],
      );
      return rows[0].id;
    },
    readBy: (w) => w.a.patient,
  },
  { param: 'patientId', under: '/api/patients', resolve: async (w) => w.a.patient.id },
  {
    param: 'id',
    under: '/api/conditions',
    resolve: (w) =>
      insert(w, `INSERT INTO conditions (org_id, name) VALUES ($1, 'Of org A') RETURNING id`, [w.orgA.id]),
    publicRead: 'a public catalog entry (catalog.md: anyone reads it); only its organization writes it',
  },
  {
    param: 'id',
    under: '/api/treatments',
    resolve: (w) =>
      insert(w, `INSERT INTO treatments (org_id, name) VALUES ($1, 'Of org A') RETURNING id`, [w.orgA.id]),
    publicRead: 'a public catalog entry (catalog.md: anyone reads it); only its organization writes it',
  },
  {
    param: 'id',
    under: '/api/trials',
    resolve: (w) =>
      insert(w, `INSERT INTO trials (org_id, title) VALUES ($1, 'Of org A') RETURNING id`, [w.orgA.id]),
    publicRead: 'a public catalog entry (catalog.md: anyone reads it); only its organization writes it',
  },
  {
    param: 'id',
    under: '/api/learning-resources',
    resolve: (w) =>
      insert(
        w,
        `INSERT INTO learning_resources (org_id, title, resource_type) VALUES ($1, 'Of org A', 'article') RETURNING id`,
        [w.orgA.id],
      ),
    publicRead: 'a public catalog entry (catalog.md: anyone reads it); only its organization writes it',
  },
  // Healthcare scheduling and CRM.
  {
    param: 'id',
    under: '/api/facilities',
    resolve: facility,
    publicRead: 'catalog.md: facilities are public',
  },
  { param: 'id', under: '/api/chambers', resolve: chamber, publicRead: 'catalog.md: chambers are public' },
  { param: 'id', under: '/api/providers', resolve: provider },
  { param: 'id', under: '/api/patients', resolve: patient },
  { param: 'id', under: '/api/bookings', resolve: booking },
  { param: 'id', under: '/api/contacts', resolve: contact },
  {
    param: 'id',
    under: '/api/appointments',
    resolve: async (w) =>
      insert(
        w,
        `INSERT INTO appointments (org_id, contact_id, provider_id, service_type, scheduled_at)
         VALUES ($1, $2, $3, 'consultation', date_trunc('day', now()) + interval '31 days 10 hours') RETURNING id`,
        [w.orgA.id, await contact(w), await provider(w)],
      ),
  },
  {
    param: 'id',
    under: '/api/medical-records',
    resolve: async (w) =>
      insert(
        w,
        `INSERT INTO medical_records (org_id, patient_id, provider_id, booking_id, title, content)
         VALUES ($1, $2, $3, $4, 'Visit', 'Confidential to A') RETURNING id`,
        [w.orgA.id, await patient(w), await provider(w), await booking(w)],
      ),
  },
  {
    param: 'id',
    under: '/api/chamber-schedules',
    resolve: async (w) =>
      insert(
        w,
        `INSERT INTO chamber_schedules (org_id, booking_id, duration_minutes) VALUES ($1, $2, 60) RETURNING id`,
        [w.orgA.id, await booking(w)],
      ),
  },
  {
    param: 'id',
    under: '/api/chamber-maintenance',
    resolve: async (w) =>
      insert(
        w,
        `INSERT INTO chamber_maintenance (org_id, chamber_id, starts_at, ends_at)
         VALUES ($1, $2, now() + interval '40 days', now() + interval '40 days 2 hours') RETURNING id`,
        [w.orgA.id, await chamber(w)],
      ),
  },
  {
    param: 'id',
    under: '/api/alerts',
    resolve: async (w) =>
      insert(
        w,
        `INSERT INTO alerts (org_id, user_id, kind, title, message) VALUES ($1, $2, 'sweep', 'For A', 'Org A only') RETURNING id`,
        [w.orgA.id, w.a.member.id],
      ),
    readBy: (w) => w.a.member,
  },
  // Payments.
  { param: 'id', under: '/api/wallets', resolve: wallet, readBy: (w) => w.a.member },
  { param: 'id', under: '/api/invoices', resolve: invoice },
  { param: 'id', under: '/api/payments', resolve: payment },
  {
    param: 'id',
    under: '/api/refunds',
    resolve: async (w) =>
      insert(
        w,
        `INSERT INTO refunds (org_id, payment_id, user_id, amount_minor, currency) VALUES ($1, $2, $3, 1000, 'EUR') RETURNING id`,
        [w.orgA.id, await payment(w), w.a.member.id],
      ),
  },
  {
    param: 'id',
    under: '/api/crypto-payments',
    resolve: async (w) =>
      insert(
        w,
        `INSERT INTO crypto_payments (org_id, user_id, amount, currency, tx_hash) VALUES ($1, $2, 0.5, 'BTC', 'a-tx-1') RETURNING id`,
        [w.orgA.id, w.a.member.id],
      ),
  },
  {
    param: 'id',
    under: '/api/crypto-withdrawals',
    resolve: async (w) =>
      insert(
        w,
        `INSERT INTO crypto_withdrawals (org_id, user_id, wallet_id, amount, destination_address)
         VALUES ($1, $2, $3, 1, 'bc1qaddressofa') RETURNING id`,
        [w.orgA.id, w.a.member.id, await wallet(w)],
      ),
  },
  {
    param: 'name',
    under: '/api/jobs',
    notTenantScoped: 'a job name names a scheduled job of the instance, not a row of an organization',
  },
];

/** Tables whose rows anyone may list (catalog.md: public): their ids in a list are not a leak. */
export const PUBLIC_TABLES = [
  'facilities',
  'chambers',
  'conditions',
  'treatments',
  'trials',
  'learning_resources',
];

/** Request bodies by "METHOD /path", for write routes the schema sampler cannot satisfy. */
export const BODIES: Record<string, unknown> = {
  'PATCH /api/organization/members/{userId}': { role: 'patient' },
  'POST /api/bookings/{id}/reschedule': {
    startsAt: new Date(Date.now() + 50 * 86_400_000).toISOString(),
    endsAt: new Date(Date.now() + 50 * 86_400_000 + 3_600_000).toISOString(),
  },
};

/** Query strings by "METHOD /path", where the sampled required query parameters will not do. */
export const QUERIES: Record<string, string> = {
  // Public catalogs are listed per publishing organization; an organization with no entries.
  'GET /api/conditions': '?orgId=00000000-0000-4000-8000-000000000000',
  'GET /api/treatments': '?orgId=00000000-0000-4000-8000-000000000000',
  'GET /api/trials': '?orgId=00000000-0000-4000-8000-000000000000',
  'GET /api/learning-resources': '?orgId=00000000-0000-4000-8000-000000000000',
};

/** The source for a parameter of a path, or undefined. */
export function sourceFor(path: string, param: string): IdSource | undefined {
  return ID_SOURCES.filter(
    (s) => s.param === param && (path === s.under || path.startsWith(`${s.under}/`)),
  ).sort((x, y) => y.under.length - x.under.length)[0];
}
