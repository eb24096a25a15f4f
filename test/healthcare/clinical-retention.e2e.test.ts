// Clinical history outlives the patient row's deletion request: a patient with bookings or medical records
// cannot be deleted (409 over HTTP, refused by the database for every role), so deleting a patient never
// takes their medical records, bookings or chamber session plans with it. A patient without clinical
// history can still be removed (a record entered by mistake).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqlState } from '../../src/common/database/sql-errors';
import { startApp, type TestApp } from '../support/app';
import { createTestDatabase, type TestDb } from '../support/db';
import { newCareTeamMember, newOrg, newUser, type TestUser } from '../support/factories';

let db: TestDb;
let api: TestApp;
let admin: TestUser;
let provider: TestUser;
const ids: Record<string, string> = {};

const DAY = '2031-03-04';
const at = (hhmm: string) => `${DAY}T${hhmm}:00.000Z`;

const ok = <T = any>(res: { status: number; body: T }, status = 200): T => {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  return res.body;
};

async function count(table: string, patientId: string): Promise<number> {
  const { rows } = await db.owner.query(`SELECT count(*)::int AS n FROM public.${table} WHERE patient_id = $1`, [patientId]);
  return rows[0].n;
}

beforeAll(async () => {
  db = await createTestDatabase();
  api = await startApp(db);
  const org = await newOrg(db, 'Clinic R');
  admin = await newUser(db, org, 'admin');
  provider = await newUser(db, org, 'provider');
  const patientUser = await newUser(db, org, 'patient');
  const t = admin.token;
  ids.facility = ok(await api.request('POST', '/api/facilities', { token: t, body: { name: 'Site', timezone: 'UTC' } }), 201).id;
  ids.chamber = ok(await api.request('POST', '/api/chambers', { token: t, body: { facilityId: ids.facility, name: 'C1' } }), 201).id;
  ids.provider = ok(
    await api.request('POST', '/api/providers', { token: t, body: { userId: provider.id, displayName: 'Dr R' } }),
    201,
  ).id;
  ids.patient = ok(
    await api.request('POST', '/api/patients', { token: t, body: { userId: patientUser.id, firstName: 'Pat', lastName: 'Kept' } }),
    201,
  ).id;
  ids.booking = ok(
    await api.request('POST', '/api/bookings', {
      token: t,
      body: { patientId: ids.patient, chamberId: ids.chamber, providerId: ids.provider, startsAt: at('09:00'), endsAt: at('10:00') },
    }),
    201,
  ).id;
  await newCareTeamMember(db, org, { patientId: ids.patient, providerId: ids.provider });
  ids.record = ok(
    await api.request('POST', '/api/medical-records', {
      token: provider.token,
      body: { patientId: ids.patient, title: 'Session note', content: 'Tolerated 2.0 ATA', bookingId: ids.booking },
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
    const res = await api.request('DELETE', `/api/patients/${ids.patient}`, { token: admin.token });
    expect(res.status, JSON.stringify(res.body)).toBe(409);
    expect(res.body.code).toBe('conflict');
    ok(await api.request('GET', `/api/patients/${ids.patient}`, { token: admin.token }));
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
    ok(await api.request('POST', `/api/bookings/${ids.booking}/cancel`, { token: admin.token }));
    expect((await api.request('DELETE', `/api/patients/${ids.patient}`, { token: admin.token })).status).toBe(409);

    const blank = ok(
      await api.request('POST', '/api/patients', { token: admin.token, body: { firstName: 'Entered', lastName: 'ByMistake' } }),
      201,
    );
    expect((await api.request('DELETE', `/api/patients/${blank.id}`, { token: admin.token })).status).toBe(204);
    expect((await api.request('GET', `/api/patients/${blank.id}`, { token: admin.token })).status).toBe(404);
  });
});
