// Alerts over HTTP: the patient hears about the changes staff make to their bookings, reads their alerts,
// and nobody else sees them (another member: 404; another organization: 404 on every alert id route).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, callsNotAnswering, expectOk, expectStatus, type ApiCall } from '../support/api-client';
import { startApp, type TestApp } from '../support/app';
import { createTestDatabase, type TestDb } from '../support/db';
import { clinicAt as at, newClinic, type TestClinic, type TestUser } from '../support/factories';

let db: TestDb;
let api: TestApp;
let c: TestClinic;
let alertId: string;

const as = (user: TestUser) => apiClient(api, user.token);
const byId = (id: string) => ({ params: { path: { id } } });

beforeAll(async () => {
  db = await createTestDatabase();
  api = await startApp(db);
  c = await newClinic(db);
  // The admin books the patient a tentative slot and cancels it, then a confirmed one.
  const booking = { patientId: c.patientEntry.id, chamberId: c.chamber.id };
  const tentative = expectOk(
    await as(c.admin).POST('/api/bookings', {
      body: { ...booking, startsAt: at('09:30'), endsAt: at('10:30'), tentative: true },
    }),
    201,
  );
  expectOk(
    await as(c.admin).POST('/api/bookings/{id}/cancel', { ...byId(tentative.id), body: { reason: 'taken' } }),
    200,
  );
  expectOk(
    await as(c.admin).POST('/api/bookings', {
      body: { ...booking, providerId: c.providerEntry.id, startsAt: at('12:00'), endsAt: at('13:00') },
    }),
    201,
  );
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});

describe('alerts', () => {
  it('the patient hears about their booking changes through alerts', async () => {
    const list = expectOk(
      await as(c.patient).GET('/api/alerts', { params: { query: { unread: true } } }),
      200,
    );
    const kinds = list.items.map((a) => a.kind);
    expect(kinds).toContain('booking_confirmed');
    expect(kinds).toContain('booking_cancelled');
    const read = expectOk(await as(c.patient).POST('/api/alerts/{id}/read', byId(list.items[0].id)), 200);
    expect(read.readAt).not.toBeNull();
    alertId = read.id;
    expectStatus(await as(c.provider).GET('/api/alerts/{id}', byId(alertId)), 404);
  });
});

describe('another organization', () => {
  it('gets 404 on every alert id route', async () => {
    const id = byId(alertId);
    const calls: Array<[string, ApiCall]> = [
      ['GET /api/alerts/{id}', (a) => a.GET('/api/alerts/{id}', id)],
      ['POST /api/alerts/{id}/read', (a) => a.POST('/api/alerts/{id}/read', id)],
      ['DELETE /api/alerts/{id}', (a) => a.DELETE('/api/alerts/{id}', id)],
    ];
    expect(await callsNotAnswering(as(c.otherAdmin), calls, 404)).toEqual([]);
  });
});
