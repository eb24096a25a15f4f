// Chamber session plans over HTTP: another organization gets 404 on every plan-step id route.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, callsNotAnswering, expectOk, type ApiCall } from '../support/api-client';
import { startApp, type TestApp } from '../support/app';
import { createTestDatabase, type TestDb } from '../support/db';
import { clinicAt as at, newBooking, newClinic, type TestClinic } from '../support/factories';

let db: TestDb;
let api: TestApp;
let c: TestClinic;
let bookingId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  api = await startApp(db);
  c = await newClinic(db);
  bookingId = (
    await newBooking(db, c.org, {
      patientId: c.patientEntry.id,
      chamberId: c.chamber.id,
      status: 'confirmed',
      startsAt: new Date(at('09:00')),
      endsAt: new Date(at('10:00')),
    })
  ).id;
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});

describe('another organization', () => {
  it('gets 404 on every chamber-schedule id route', async () => {
    const schedule = expectOk(
      await apiClient(api, c.admin.token).POST('/api/chamber-schedules', {
        body: { bookingId, durationMinutes: 60, pressureAta: 2.4 },
      }),
      201,
    );
    const id = { params: { path: { id: schedule.id } } };
    const calls: Array<[string, ApiCall]> = [
      ['GET /api/chamber-schedules/{id}', (a) => a.GET('/api/chamber-schedules/{id}', id)],
      [
        'PATCH /api/chamber-schedules/{id}',
        (a) => a.PATCH('/api/chamber-schedules/{id}', { ...id, body: { notes: 'x' } }),
      ],
      ['DELETE /api/chamber-schedules/{id}', (a) => a.DELETE('/api/chamber-schedules/{id}', id)],
    ];
    expect(await callsNotAnswering(apiClient(api, c.otherAdmin.token), calls, 404)).toEqual([]);
  });
});
