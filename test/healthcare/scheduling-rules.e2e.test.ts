// Issue 15, finding 7 (scheduling items): a patient or provider row names a member of its own organization
// only; a tentative booking, which holds nothing, does not block an admin's maintenance window.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, expectError, expectStatus } from '../support/api-client';
import { startApp, type TestApp } from '../support/app';
import { createTestDatabase, type TestDb } from '../support/db';
import { newBooking, newChamber, newOrg, newPatient, newUser, type TestUser } from '../support/factories';
import { nextBookingWindow, type Window } from '../support/factories/rows';

let db: TestDb;
let api: TestApp;
let admin: TestUser;
let member: TestUser;
let stranger: TestUser;
const ids: Record<string, string> = {};

beforeAll(async () => {
  db = await createTestDatabase();
  api = await startApp(db);
  const org = await newOrg(db, 'Clinic R');
  admin = await newUser(db, org, 'admin');
  member = await newUser(db, org, 'patient');
  stranger = await newUser(db, await newOrg(db, 'Clinic Elsewhere'), 'provider');
  ids.chamber = (await newChamber(db, org)).id;
  ids.patient = (await newPatient(db, org)).id;
  ids.org = org.id;
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});

describe('patients.user_id and providers.user_id name members of the organization', () => {
  it('a patient record for a user of another organization is refused like one for no user at all', async () => {
    const create = (userId: string) =>
      apiClient(api, admin.token).POST('/api/patients', {
        body: { userId, firstName: 'Pat', lastName: 'Elsewhere' },
      });
    const foreign = expectError(await create(stranger.id), 409);
    const missing = await create(randomUUID());
    expect([foreign.code, foreign.detail]).toEqual([missing.error?.code, missing.error?.detail]);
    expectStatus(await create(member.id), 201);
  });

  it('a provider entry for a user of another organization is refused like one for no user at all', async () => {
    const create = (userId: string) =>
      apiClient(api, admin.token).POST('/api/providers', { body: { userId, displayName: 'Dr X' } });
    const foreign = expectError(await create(stranger.id), 409);
    const missing = await create(randomUUID());
    expect([foreign.code, foreign.detail]).toEqual([missing.error?.code, missing.error?.detail]);
  });

  it('moving a patient record to a user of another organization is refused', async () => {
    const res = await apiClient(api, admin.token).PATCH('/api/patients/{id}', {
      params: { path: { id: ids.patient } },
      body: { userId: stranger.id },
    });
    expectStatus(res, 409);
  });
});

describe('maintenance windows and bookings', () => {
  it('a tentative booking does not block a maintenance window; a confirmed one does', async () => {
    const org = { id: ids.org };
    const tentative = nextBookingWindow();
    await newBooking(db, org, { patientId: ids.patient, chamberId: ids.chamber, ...tentative });
    const maintenance = (w: Window) =>
      apiClient(api, admin.token).POST('/api/chamber-maintenance', {
        body: { chamberId: ids.chamber, startsAt: w.startsAt.toISOString(), endsAt: w.endsAt.toISOString() },
      });
    expectStatus(await maintenance(tentative), 201);

    const confirmed = nextBookingWindow();
    await newBooking(db, org, {
      patientId: ids.patient,
      chamberId: ids.chamber,
      status: 'confirmed',
      ...confirmed,
    });
    expectStatus(await maintenance(confirmed), 409);
  });
});
