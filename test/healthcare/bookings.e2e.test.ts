// Bookings over HTTP: double-booking under concurrency, overlapping and tentative requests, and another
// organization's 404 on every booking id route.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, callsNotAnswering, expectOk, expectStatus, type ApiCall } from '../support/api-client';
import { startApp, type TestApp } from '../support/app';
import { createTestDatabase, type TestDb } from '../support/db';
import { clinicAt as at, newClinic, type TestClinic, type TestUser } from '../support/factories';

let db: TestDb;
let api: TestApp;
let c: TestClinic;
const ids: Record<string, string> = {};

const as = (user: TestUser) => apiClient(api, user.token);
const byId = (id: string) => ({ params: { path: { id } } });

beforeAll(async () => {
  db = await createTestDatabase();
  api = await startApp(db);
  c = await newClinic(db);
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});

describe('double-booking', () => {
  it('50 concurrent requests for the same chamber slot: exactly one 201, 49 x 409 that name no booking', async () => {
    const body = { chamberId: c.chamber.id, startsAt: at('09:00'), endsAt: at('10:00') };
    const results = await Promise.all(
      Array.from({ length: 50 }, () => as(c.patient).POST('/api/bookings', { body })),
    );
    const created = results.filter((r) => r.response.status === 201);
    const conflicts = results.filter((r) => r.response.status === 409);
    expect(created).toHaveLength(1);
    expect(conflicts).toHaveLength(49);
    expect(created[0].data).toMatchObject({ status: 'confirmed', patientId: c.patientEntry.id });
    ids.booking = created[0].data!.id;
    for (const conflict of conflicts) {
      expect(conflict.error?.code).toBe('conflict');
      expect(JSON.stringify(conflict.error)).not.toContain(ids.booking);
    }
    const { rows } = await db.owner.query(
      `SELECT count(*)::int AS n FROM bookings WHERE chamber_id = $1 AND status = 'confirmed'`,
      [c.chamber.id],
    );
    expect(rows[0].n).toBe(1);
  });

  it('an overlapping slot conflicts; a tentative request does not hold the slot until confirmed', async () => {
    const slot = {
      patientId: c.patientEntry.id,
      chamberId: c.chamber.id,
      startsAt: at('09:30'),
      endsAt: at('10:30'),
    };
    expectStatus(await as(c.admin).POST('/api/bookings', { body: slot }), 409);
    const tentative = expectOk(
      await as(c.admin).POST('/api/bookings', { body: { ...slot, tentative: true } }),
      201,
    );
    expect(tentative.status).toBe('pending');
    expectStatus(await as(c.admin).POST('/api/bookings/{id}/confirm', byId(tentative.id)), 409);
    expectOk(
      await as(c.admin).POST('/api/bookings/{id}/cancel', {
        ...byId(tentative.id),
        body: { reason: 'taken' },
      }),
      200,
    );
  });
});

describe('another organization', () => {
  it('gets 404 on every booking id route, and changes nothing', async () => {
    const id = byId(ids.booking);
    const calls: Array<[string, ApiCall]> = [
      ['GET /api/bookings/{id}', (a) => a.GET('/api/bookings/{id}', id)],
      ['PATCH /api/bookings/{id}', (a) => a.PATCH('/api/bookings/{id}', { ...id, body: { notes: 'x' } })],
      ['POST /api/bookings/{id}/confirm', (a) => a.POST('/api/bookings/{id}/confirm', id)],
      ['POST /api/bookings/{id}/cancel', (a) => a.POST('/api/bookings/{id}/cancel', { ...id, body: {} })],
      [
        'POST /api/bookings/{id}/reschedule',
        (a) =>
          a.POST('/api/bookings/{id}/reschedule', {
            ...id,
            body: { startsAt: at('15:00'), endsAt: at('16:00') },
          }),
      ],
      ['POST /api/bookings/{id}/complete', (a) => a.POST('/api/bookings/{id}/complete', id)],
      ['DELETE /api/bookings/{id}', (a) => a.DELETE('/api/bookings/{id}', id)],
    ];
    expect(await callsNotAnswering(as(c.otherAdmin), calls, 404)).toEqual([]);
    // Nothing changed for the clinic.
    expect(expectOk(await as(c.admin).GET('/api/bookings/{id}', id), 200)).toMatchObject({
      status: 'confirmed',
      startsAt: at('09:00'),
      notes: null,
    });
  });
});
