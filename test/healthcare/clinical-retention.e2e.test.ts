// Clinical history outlives the patient row's deletion request: a patient with bookings or medical records
// cannot be deleted (409 over HTTP, refused by the database for every role), so deleting a patient never
// takes their medical records, bookings or chamber session plans with it. A patient without clinical
// history can still be removed (a record entered by mistake).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqlState } from '../../src/common/database/sql-errors';
import { apiClient, expectError, expectOk, expectStatus, type ApiClient } from '../support/api-client';
import { startApp, type TestApp } from '../support/app';
import { createTestDatabase, type TestDb } from '../support/db';
import {
  clinicAt,
  newCareTeamMember,
  newChamber,
  newOrg,
  newPatient,
  newProvider,
  newUser,
  type TestUser,
} from '../support/factories';

let db: TestDb;
let api: TestApp;
let admin: TestUser;
let provider: TestUser;
const ids: Record<string, string> = {};

const as = (user: TestUser): ApiClient => apiClient(api, user.token);
const byId = (id: string) => ({ params: { path: { id } } });

async function count(table: string, patientId: string): Promise<number> {
  const { rows } = await db.owner.query(
    `SELECT count(*)::int AS n FROM public.${table} WHERE patient_id = $1`,
    [patientId],
  );
  return rows[0].n;
}

beforeAll(async () => {
  db = await createTestDatabase();
  api = await startApp(db);
  const org = await newOrg(db, 'Clinic R');
  admin = await newUser(db, org, 'admin');
  provider = await newUser(db, org, 'provider');
  const patientUser = await newUser(db, org, 'patient');
  ids.chamber = (await newChamber(db, org, { name: 'C1' })).id;
  ids.provider = (await newProvider(db, provider, { displayName: 'Dr R' })).id;
  ids.patient = (
    await newPatient(db, org, { userId: patientUser.id, firstName: 'Pat', lastName: 'Kept' })
  ).id;
  // The booking and the record through the API, as the clinic makes them.
  ids.booking = expectOk(
    await as(admin).POST('/api/bookings', {
      body: {
        patientId: ids.patient,
        chamberId: ids.chamber,
        providerId: ids.provider,
        startsAt: clinicAt('09:00'),
        endsAt: clinicAt('10:00'),
      },
    }),
    201,
  ).id;
  await newCareTeamMember(db, org, { patientId: ids.patient, providerId: ids.provider });
  ids.record = expectOk(
    await as(provider).POST('/api/medical-records', {
      body: {
        patientId: ids.patient,
        title: 'Session note',
        content: 'Tolerated 2.0 ATA',
        bookingId: ids.booking,
      },
    }),
    201,
  ).id;
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});

describe('patient deletion keeps clinical history', () => {
  it('an admin deleting a patient with bookings and medical records gets 409; nothing is removed', async () => {
    const res = await as(admin).DELETE('/api/patients/{id}', byId(ids.patient));
    expect(expectError(res, 409).code).toBe('conflict');
    expectOk(await as(admin).GET('/api/patients/{id}', byId(ids.patient)), 200);
    expect(await count('bookings', ids.patient)).toBe(1);
    expect(await count('medical_records', ids.patient)).toBe(1);
  });

  it('the database refuses it too, whoever asks (the service role and the schema owner included)', async () => {
    let ownerErr: unknown;
    try {
      await db.owner.query(`DELETE FROM public.patients WHERE id = $1`, [ids.patient]);
    } catch (err) {
      ownerErr = err;
    }
    expect(['42501', '23503']).toContain(sqlState(ownerErr));

    let serviceErr: unknown;
    try {
      await db.tx.asService('test.retention', async (m) => {
        await m.query(`DELETE FROM public.patients WHERE id = $1`, [ids.patient]);
      });
    } catch (err) {
      serviceErr = err;
    }
    expect(['42501', '23503']).toContain(sqlState(serviceErr));
    expect(await count('medical_records', ids.patient)).toBe(1);
    expect(await count('bookings', ids.patient)).toBe(1);
  });

  it('a cancelled booking still counts as history; a patient without any can be deleted (204)', async () => {
    expectOk(await as(admin).POST('/api/bookings/{id}/cancel', byId(ids.booking)), 200);
    expectStatus(await as(admin).DELETE('/api/patients/{id}', byId(ids.patient)), 409);

    const blank = expectOk(
      await as(admin).POST('/api/patients', { body: { firstName: 'Entered', lastName: 'ByMistake' } }),
      201,
    );
    expectStatus(await as(admin).DELETE('/api/patients/{id}', byId(blank.id)), 204);
    expectStatus(await as(admin).GET('/api/patients/{id}', byId(blank.id)), 404);
  });
});
