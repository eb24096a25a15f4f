// The booking create (the benchmarked hot path) at scale: 20,000 patients and 20,000 bookings in the caller's
// organization, 5,000 patients in another, analyzed. The statements BookingsRepository sends (a patient books
// for their own record; staff book for a named patient) are explained under the caller's role and claims,
// through the RLS pipeline, as the custom plan for these values and as the generic plan a prepared statement
// switches to. The patient's record must be found through an index on user_id (patients_org_user_key or
// patients_user_idx), and no table is read by a sequential scan: a Seq Scan here would read every patient of
// the organization on every booking.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqlFor } from '../../src/common/database/sql';
import {
  bookForQuery,
  bookOwnQuery,
  type BookingRow,
  type NewBooking,
} from '../../src/modules/healthcare/scheduling/bookings.queries';
import { createTestDatabase, type TestDb } from '../support/db';
import { newOrg, newUser, type TestOrg, type TestUser } from '../support/factories';

type PlanNode = {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
};
/** The indexes that find a member's patient record: (org_id, user_id), or user_id alone (the planner's pick when few records have a login). */
const USER_INDEXES = ['patients_org_user_key', 'patients_user_idx'];
const nodes = (n: PlanNode): PlanNode[] => [n, ...(n.Plans ?? []).flatMap(nodes)];
const describePlan = (plan: PlanNode[]) =>
  JSON.stringify(plan.map((n) => [n['Node Type'], n['Relation Name'] ?? '', n['Index Name'] ?? '']));

let db: TestDb;
let org: TestOrg;
let admin: TestUser;
let patients: TestUser[];
let withoutRecord: TestUser;
let chamberId: string;
const ownRecord = new Map<string, string>();

const booking = (hour: number): NewBooking => ({
  chamberId,
  providerId: null,
  startsAt: new Date(Date.UTC(2031, 2, 4, hour)),
  endsAt: new Date(Date.UTC(2031, 2, 4, hour, 45)),
  status: 'confirmed',
  notes: null,
});

beforeAll(async () => {
  db = await createTestDatabase();
  org = await newOrg(db);
  const other = await newOrg(db);
  admin = await newUser(db, org, 'admin');
  patients = [];
  for (let i = 0; i < 20; i++) patients.push(await newUser(db, org, 'patient'));
  withoutRecord = await newUser(db, org, 'patient');
  const client = await db.owner.connect();
  try {
    await client.query('BEGIN');
    // Fixture rows only: skip the row triggers (audit chain, booking checks); constraints still hold.
    await client.query(`SET LOCAL session_replication_role = replica`);
    const { rows: f } = await client.query(
      `INSERT INTO public.facilities (org_id, name) VALUES ($1, 'Site') RETURNING id`,
      [org.id],
    );
    const { rows: c } = await client.query(
      `INSERT INTO public.chambers (org_id, facility_id, name, open_days, opens_at, closes_at)
       VALUES ($1, $2, 'Chamber', '{1,2,3,4,5,6,7}', '00:00', '00:00') RETURNING id`,
      [org.id, f[0].id],
    );
    chamberId = c[0].id;
    for (const p of patients) {
      const { rows } = await client.query(
        `INSERT INTO public.patients (org_id, user_id, first_name, last_name) VALUES ($1, $2, 'P', 'Q') RETURNING id`,
        [org.id, p.id],
      );
      ownRecord.set(p.id, rows[0].id);
    }
    // Patients without a login (user_id NULL), as most of a clinic's records are.
    await client.query(
      `INSERT INTO public.patients (org_id, first_name, last_name) SELECT $1, 'P', 'N' || g FROM generate_series(1, 19980) g`,
      [org.id],
    );
    await client.query(
      `INSERT INTO public.patients (org_id, first_name, last_name) SELECT $1, 'P', 'N' || g FROM generate_series(1, 5000) g`,
      [other.id],
    );
    await client.query(
      `INSERT INTO public.bookings (org_id, patient_id, chamber_id, starts_at, ends_at, status)
       SELECT $1, p.id, $2, timestamptz '2020-01-01' + k * interval '1 hour', timestamptz '2020-01-01' + k * interval '1 hour' + interval '45 minutes', 'confirmed'
       FROM (SELECT id, row_number() OVER () AS k FROM public.patients WHERE org_id = $1) p`,
      [org.id, chamberId],
    );
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK');
    throw err;
  } finally {
    client.release();
  }
  await db.owner.query('ANALYZE public.patients; ANALYZE public.bookings');
}, 120_000);

afterAll(async () => db?.close());

async function explain(user: TestUser, q: { text: string; params: unknown[] }, mode: 'custom' | 'generic') {
  return db.tx.run(user.claims, async (m) => {
    const sql = sqlFor(m.queryRunner!);
    const [me] = await sql.rows(`SELECT current_user AS role, auth.uid() AS uid`);
    expect(me).toEqual({ role: 'authenticated', uid: user.id });
    const [r] =
      mode === 'custom'
        ? await sql.rows(`EXPLAIN (FORMAT JSON) ${q.text}`, q.params)
        : // Simple protocol: GENERIC_PLAN explains the statement with its $n parameters unbound.
          await m.query(`EXPLAIN (GENERIC_PLAN, FORMAT JSON) ${q.text}`);
    return nodes(r['QUERY PLAN'][0].Plan as PlanNode);
  });
}

describe('booking create plan at 20k patients', () => {
  it("has 20,000 patients and 20,000 bookings in the org; the statement books for the caller's own record only", async () => {
    const { rows } = await db.owner.query(
      `SELECT (SELECT count(*)::int FROM public.patients WHERE org_id = $1) AS patients,
              (SELECT count(*)::int FROM public.bookings WHERE org_id = $1) AS bookings`,
      [org.id],
    );
    expect(rows[0]).toEqual({ patients: 20_000, bookings: 20_000 });
    const p = patients[3];
    const own = bookOwnQuery(p.orgId, p.id, null, booking(9));
    const [row] = await db.tx.run(p.claims, (m) =>
      sqlFor(m.queryRunner!).rows<BookingRow>(own.text, own.params),
    );
    expect(row).toMatchObject({
      patientId: ownRecord.get(p.id),
      chamberId,
      status: 'confirmed',
      cancelledAt: null,
    });
    expect(row.startsAt).toEqual(new Date(Date.UTC(2031, 2, 4, 9)));
    expect(row.confirmedAt).toBeInstanceOf(Date);
    // Another patient's record named explicitly, or a member without a record: no row (the API answers 404).
    const others = bookOwnQuery(p.orgId, p.id, ownRecord.get(patients[4].id)!, booking(10));
    expect(await db.tx.run(p.claims, (m) => sqlFor(m.queryRunner!).rows(others.text, others.params))).toEqual(
      [],
    );
    const none = bookOwnQuery(withoutRecord.orgId, withoutRecord.id, null, booking(11));
    expect(
      await db.tx.run(withoutRecord.claims, (m) => sqlFor(m.queryRunner!).rows(none.text, none.params)),
    ).toEqual([]);
  });

  for (const mode of ['custom', 'generic'] as const) {
    it(`${mode} plan, a patient booking: the own record through an index on user_id, no Seq Scan`, async () => {
      const p = patients[7];
      const plan = await explain(p, bookOwnQuery(p.orgId, p.id, null, booking(12)), mode);
      expect(plan[0]['Node Type'], describePlan(plan)).toBe('ModifyTable');
      expect(
        plan.filter((n) => n['Node Type'] === 'Seq Scan'),
        describePlan(plan),
      ).toEqual([]);
      const lookup = plan.filter((n) => n['Relation Name'] === 'patients');
      expect(lookup, describePlan(plan)).toHaveLength(1);
      expect(lookup[0]['Node Type'], describePlan(plan)).toMatch(/^Index (Only )?Scan$/);
      expect(USER_INDEXES, describePlan(plan)).toContain(lookup[0]['Index Name']);
    });

    it(`${mode} plan, staff booking for a named patient: no Seq Scan`, async () => {
      const q = bookForQuery(ownRecord.get(patients[8].id)!, booking(13));
      const plan = await explain(admin, q, mode);
      expect(plan[0]['Node Type'], describePlan(plan)).toBe('ModifyTable');
      expect(
        plan.filter((n) => n['Node Type'] === 'Seq Scan'),
        describePlan(plan),
      ).toEqual([]);
    });
  }
});
