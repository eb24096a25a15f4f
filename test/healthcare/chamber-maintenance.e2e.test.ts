// Chamber maintenance over HTTP: a window blocks bookings and cannot be laid over a confirmed booking, the
// calendar is staff-only, and another organization gets 404 on every maintenance id route.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, callsNotAnswering, expectOk, expectStatus, type ApiCall } from '../support/api-client';
import { startApp, type TestApp } from '../support/app';
import { createTestDatabase, type TestDb } from '../support/db';
import { clinicAt as at, newBooking, newClinic, type TestClinic, type TestUser } from '../support/factories';

let db: TestDb;
let api: TestApp;
let c: TestClinic;
let maintenanceId: string;

const as = (user: TestUser) => apiClient(api, user.token);
const byId = (id: string) => ({ params: { path: { id } } });

beforeAll(async () => {
  db = await createTestDatabase();
  api = await startApp(db);
  c = await newClinic(db);
  // The patient's confirmed booking of the morning.
  await newBooking(db, c.org, {
    patientId: c.patientEntry.id,
    chamberId: c.chamber.id,
    status: 'confirmed',
    startsAt: new Date(at('09:00')),
    endsAt: new Date(at('10:00')),
  });
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});

describe('maintenance', () => {
  it('a maintenance window blocks bookings, and cannot be laid over a confirmed booking', async () => {
    maintenanceId = expectOk(
      await as(c.admin).POST('/api/chamber-maintenance', {
        body: { chamberId: c.chamber.id, startsAt: at('14:00'), endsAt: at('15:00'), kind: 'inspection' },
      }),
      201,
    ).id;
    const blocked = await as(c.patient).POST('/api/bookings', {
      body: { chamberId: c.chamber.id, startsAt: at('14:30'), endsAt: at('15:30') },
    });
    expectStatus(blocked, 409);
    const over = await as(c.admin).POST('/api/chamber-maintenance', {
      body: { chamberId: c.chamber.id, startsAt: at('09:00'), endsAt: at('09:30') },
    });
    expectStatus(over, 409);
    // The patient cannot see the maintenance calendar at all.
    expectStatus(await as(c.patient).GET('/api/chamber-maintenance/{id}', byId(maintenanceId)), 403);
    const outside = await as(c.patient).POST('/api/bookings', {
      body: { chamberId: c.chamber.id, startsAt: at('17:30'), endsAt: at('18:30') },
    });
    expectStatus(outside, 422);
  });
});

describe('another organization', () => {
  it('gets 404 on every maintenance id route', async () => {
    const id = byId(maintenanceId);
    const calls: Array<[string, ApiCall]> = [
      ['GET /api/chamber-maintenance/{id}', (a) => a.GET('/api/chamber-maintenance/{id}', id)],
      [
        'PATCH /api/chamber-maintenance/{id}',
        (a) => a.PATCH('/api/chamber-maintenance/{id}', { ...id, body: { reason: 'x' } }),
      ],
      ['DELETE /api/chamber-maintenance/{id}', (a) => a.DELETE('/api/chamber-maintenance/{id}', id)],
    ];
    expect(await callsNotAnswering(as(c.otherAdmin), calls, 404)).toEqual([]);
  });
});
