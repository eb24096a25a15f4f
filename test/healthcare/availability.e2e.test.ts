// Chamber and provider availability over HTTP: free slots of a day leave out confirmed bookings, maintenance
// windows and appointments, show no one else's booking, and are 404 to another organization.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, callsNotAnswering, expectOk, type ApiCall } from '../support/api-client';
import { startApp, type TestApp } from '../support/app';
import { createTestDatabase, type TestDb } from '../support/db';
import {
  CLINIC_DAY as DAY,
  clinicAt as at,
  newAppointment,
  newBooking,
  newChamberMaintenance,
  newClinic,
  newContact,
  type TestClinic,
} from '../support/factories';

let db: TestDb;
let api: TestApp;
let c: TestClinic;

const hhmm = (slots: Array<{ startsAt: string }>) =>
  slots.map((s) => new Date(s.startsAt).toISOString().slice(11, 16));

beforeAll(async () => {
  db = await createTestDatabase();
  api = await startApp(db);
  c = await newClinic(db);
  const { org, chamber, patientEntry, providerEntry } = c;
  const window = (from: string, to: string) => ({ startsAt: new Date(at(from)), endsAt: new Date(at(to)) });
  // The day: the patient's confirmed booking 09:00-10:00 (no provider), a cancelled one 09:30-10:30, an
  // inspection 14:00-15:00, and the provider's appointment 11:00-11:30.
  const booking = { patientId: patientEntry.id, chamberId: chamber.id };
  await newBooking(db, org, { ...booking, status: 'confirmed', ...window('09:00', '10:00') });
  await newBooking(db, org, { ...booking, status: 'cancelled', ...window('09:30', '10:30') });
  await newChamberMaintenance(db, org, {
    chamberId: chamber.id,
    kind: 'inspection',
    ...window('14:00', '15:00'),
  });
  const contact = await newContact(db, org, { patientId: patientEntry.id });
  await newAppointment(db, org, {
    contactId: contact.id,
    providerId: providerEntry.id,
    scheduledAt: new Date(at('11:00')),
    durationMinutes: 30,
  });
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});

describe('availability', () => {
  it("chamber availability excludes the booked and the maintenance slots, and shows no one else's booking", async () => {
    const patient = apiClient(api, c.patient.token);
    const day = (date: string, slotMinutes?: number) => ({
      params: { path: { id: c.chamber.id }, query: { date, slotMinutes } },
    });
    const res = expectOk(await patient.GET('/api/chambers/{id}/availability', day(DAY, 60)), 200);
    expect(hhmm(res.slots)).toEqual(['08:00', '10:00', '11:00', '12:00', '13:00', '15:00', '16:00', '17:00']);
    expect(Object.keys(res.slots[0]).sort()).toEqual(['endsAt', 'startsAt']);
    const weekend = expectOk(await patient.GET('/api/chambers/{id}/availability', day('2031-03-08')), 200);
    expect(weekend.slots).toEqual([]);
  });

  it('provider availability excludes appointments and their confirmed bookings', async () => {
    const res = expectOk(
      await apiClient(api, c.patient.token).GET('/api/providers/{id}/availability', {
        params: { path: { id: c.providerEntry.id }, query: { date: DAY, slotMinutes: 30 } },
      }),
      200,
    );
    const starts = hhmm(res.slots);
    expect(starts).toContain('09:00');
    expect(starts).not.toContain('11:00');
    expect(starts).toContain('11:30');
  });
});

describe('another organization', () => {
  it('gets 404 on the chamber and provider availability routes', async () => {
    const calls: Array<[string, ApiCall]> = [
      [
        'GET /api/chambers/{id}/availability',
        (a) =>
          a.GET('/api/chambers/{id}/availability', {
            params: { path: { id: c.chamber.id }, query: { date: DAY } },
          }),
      ],
      [
        'GET /api/providers/{id}/availability',
        (a) =>
          a.GET('/api/providers/{id}/availability', {
            params: { path: { id: c.providerEntry.id }, query: { date: DAY } },
          }),
      ],
    ];
    expect(await callsNotAnswering(apiClient(api, c.otherAdmin.token), calls, 404)).toEqual([]);
  });
});
