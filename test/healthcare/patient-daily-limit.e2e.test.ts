// Issue 15, finding 7: one patient must not confirm every slot of a chamber's day. A patient's own confirmed
// bookings of one chamber per day are limited (2 unless the organization sets
// patient_daily_bookings_per_chamber); a tentative booking holds nothing and is not counted; staff may book
// beyond the limit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, expectError, expectOk, expectStatus } from '../support/api-client';
import { startApp, type TestApp } from '../support/app';
import { createTestDatabase, type TestDb } from '../support/db';
import { newChamber, newOrg, newPatient, newUser, type TestUser } from '../support/factories';
import { nextBookingWindow, type Window } from '../support/factories/rows';

let db: TestDb;
let api: TestApp;
let patient: TestUser;
let admin: TestUser;
const ids: Record<string, string> = {};
const day = [
  nextBookingWindow(),
  nextBookingWindow(),
  nextBookingWindow(),
  nextBookingWindow(),
  nextBookingWindow(),
];

beforeAll(async () => {
  db = await createTestDatabase();
  api = await startApp(db);
  const org = await newOrg(db, 'Clinic D');
  patient = await newUser(db, org, 'patient');
  admin = await newUser(db, org, 'admin');
  ids.patient = (await newPatient(db, org, { userId: patient.id })).id;
  ids.chamber = (await newChamber(db, org)).id;
  ids.other = (await newChamber(db, org)).id;
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});

const book = (
  token: string,
  w: Window,
  o: { tentative?: boolean; chamberId?: string; patientId?: string } = {},
) =>
  apiClient(api, token).POST('/api/bookings', {
    body: {
      chamberId: ids.chamber,
      startsAt: w.startsAt.toISOString(),
      endsAt: w.endsAt.toISOString(),
      ...o,
    },
  });

describe("a patient's confirmed bookings of a chamber per day are limited", () => {
  it('the third confirmed booking of the day is refused; tentative ones and other chambers are not counted', async () => {
    expectStatus(await book(patient.token, day[0]), 201);
    expectStatus(await book(patient.token, day[1]), 201);
    const third = await book(patient.token, day[2]);
    expect(expectError(third, 409).detail).toMatch(/at most 2 confirmed bookings/);

    const tentative = expectOk(await book(patient.token, day[2], { tentative: true }), 201);
    const confirm = await apiClient(api, patient.token).POST('/api/bookings/{id}/confirm', {
      params: { path: { id: tentative.id } },
    });
    expectStatus(confirm, 409);
    expectStatus(await book(patient.token, day[2], { chamberId: ids.other }), 201);
  });

  it('staff may book the patient beyond the limit', async () => {
    expectStatus(await book(admin.token, day[3], { patientId: ids.patient }), 201);
  });
});
