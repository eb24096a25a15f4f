// The CareTeams migration on a database with data: every (provider, patient) pair the old rule counted (a
// booking or an appointment that is not cancelled, a record the provider wrote) becomes one care-team entry,
// nothing else does, and down() gives back the old helpers.
import { Client } from 'pg';
import type { QueryRunner } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CareTeams1763904600000 } from '../../src/migrations/1763904600000-CareTeams';
import { createTestDatabase, type TestDb } from '../support/db';
import {
  newAppointment,
  newBooking,
  newChamber,
  newContact,
  newMedicalRecord,
  newOrg,
  newPatient,
  newProvider,
  newUser,
} from '../support/factories';

let db: TestDb;
let client: Client;
const migration = new CareTeams1763904600000();
/** The migration only sends SQL text: a query runner of one client will do. */
const runner = () => ({ query: (text: string) => client.query(text) }) as unknown as QueryRunner;

beforeAll(async () => {
  db = await createTestDatabase();
  client = new Client({ connectionString: db.ownerUrl });
  await client.connect();
});
afterAll(async () => {
  await client?.end();
  await db?.close();
});

describe('CareTeams migration', () => {
  it('migrates the existing clinical ties into care-team entries, and reverts cleanly', async () => {
    await migration.down(runner());
    const org = await newOrg(db);
    const dr = async () => (await newProvider(db, await newUser(db, org, 'provider'))).id;
    const [byBooking, byAppointment, byRecord, cancelledOnly, byAll] = [
      await dr(),
      await dr(),
      await dr(),
      await dr(),
      await dr(),
    ];
    const patient = (await newPatient(db, org)).id;
    const other = (await newPatient(db, org)).id;
    const chamber = (await newChamber(db, org)).id;
    const contact = (await newContact(db, org, { patientId: patient })).id;
    const lead = (await newContact(db, org)).id;
    await newBooking(db, org, {
      patientId: patient,
      chamberId: chamber,
      providerId: byBooking,
      status: 'confirmed',
    });
    await newAppointment(db, org, { contactId: contact, providerId: byAppointment });
    await newMedicalRecord(db, org, { patientId: other, providerId: byRecord });
    await newBooking(db, org, {
      patientId: patient,
      chamberId: chamber,
      providerId: cancelledOnly,
      status: 'cancelled',
    });
    await newAppointment(db, org, { contactId: contact, providerId: cancelledOnly, status: 'cancelled' });
    await newAppointment(db, org, { contactId: lead, providerId: cancelledOnly });
    await newBooking(db, org, { patientId: patient, chamberId: chamber, providerId: byAll });
    await newAppointment(db, org, { contactId: contact, providerId: byAll });
    await newMedicalRecord(db, org, { patientId: patient, providerId: byAll });

    await migration.up(runner());
    const { rows } = await client.query(
      `SELECT provider_id, patient_id, reason, granted_by, ended_at FROM public.care_team_members ORDER BY provider_id, patient_id`,
    );
    const expected = [
      [byBooking, patient],
      [byAppointment, patient],
      [byRecord, other],
      [byAll, patient],
    ].map(([providerId, patientId]) => ({
      provider_id: providerId,
      patient_id: patientId,
      reason: 'migrated from existing clinical ties',
      granted_by: null,
      ended_at: null,
    }));
    expect(rows).toEqual(expect.arrayContaining(expected));
    expect(rows).toHaveLength(expected.length);

    await migration.down(runner());
    const gone = await client.query(
      `SELECT to_regclass('public.care_team_members') AS ct, to_regclass('public.break_glass_grants') AS bg,
              to_regprocedure('app_private.open_break_glass(uuid, text, integer)') AS fn`,
    );
    expect(gone.rows[0]).toEqual({ ct: null, bg: null, fn: null });
    const helper = await client.query(`SELECT prosrc FROM pg_proc WHERE proname = 'treated_patient_ids'`);
    expect(helper.rows[0].prosrc).toContain('public.medical_records');
    await migration.up(runner());
  });
});
