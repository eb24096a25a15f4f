// Patients over HTTP: a provider reads a patient only while on the patient's care team (bookings,
// appointments and authored records do not count), a patient changes only their own contact details, and
// another organization gets 404 on every patient id route.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, callsNotAnswering, expectOk, expectStatus, type ApiCall } from '../support/api-client';
import { startApp, type TestApp } from '../support/app';
import { createTestDatabase, type TestDb } from '../support/db';
import {
  clinicAt as at,
  newAppointment,
  newClinic,
  newContact,
  type TestClinic,
  type TestUser,
} from '../support/factories';

let db: TestDb;
let api: TestApp;
let c: TestClinic;

const as = (user: TestUser) => apiClient(api, user.token);
const byId = (id: string) => ({ params: { path: { id } } });

beforeAll(async () => {
  db = await createTestDatabase();
  api = await startApp(db);
  c = await newClinic(db);
  // The patient's lead in the CRM has an appointment with the provider.
  const contact = await newContact(db, c.org, { name: 'Pat Ient', patientId: c.patientEntry.id });
  await newAppointment(db, c.org, {
    contactId: contact.id,
    providerId: c.providerEntry.id,
    scheduledAt: new Date(at('11:00')),
    durationMinutes: 30,
  });
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});

describe('the provider-patient relationship', () => {
  // Issue 15, finding 1: this test used to assert that a booking, an appointment or an authored record made the
  // provider treating. That was the finding; access now follows the care team only.
  it("a provider reads a patient only while on the patient's care team; bookings, appointments and records do not count", async () => {
    const { admin, provider, patient } = c;
    const patientId = c.patientEntry.id;
    const providerId = c.providerEntry.id;
    const get = () => as(provider).GET('/api/patients/{id}', byId(patientId));
    const treats = async () =>
      db.tx.run(
        provider.claims,
        async (m) =>
          (await m.query(`SELECT app_private.provider_treats($1) AS t`, [patient.id]))[0].t as boolean,
      );
    const writeRecord = (body: { title: string; content: string; bookingId?: string }) =>
      as(provider).POST('/api/medical-records', { body: { patientId, ...body } });
    // The appointment with the provider (through the contact) does not make them treating.
    expectStatus(await get(), 404);
    expect(await treats()).toBe(false);
    expect((await as(provider).GET('/api/patients')).data?.items).toEqual([]);

    // Nor does a booking with them; they read the booking that names them, and write no record.
    const booking = expectOk(
      await as(admin).POST('/api/bookings', {
        body: { patientId, chamberId: c.chamber.id, providerId, startsAt: at('12:00'), endsAt: at('13:00') },
      }),
      201,
    );
    expectStatus(await get(), 404);
    expect(await treats()).toBe(false);
    expectOk(await as(provider).GET('/api/bookings/{id}', byId(booking.id)), 200);
    const early = await writeRecord({
      title: 'Pre-session check',
      content: 'Ears clear',
      bookingId: booking.id,
    });
    expectStatus(early, 403);

    // The admin puts them on the care team: they read the patient and write a record.
    const entry = expectOk(
      await as(admin).POST('/api/patients/{patientId}/care-team', {
        params: { path: { patientId } },
        body: { providerId, reason: 'HBOT course' },
      }),
      201,
    );
    expectStatus(await get(), 200);
    expect(await treats()).toBe(true);
    const record = expectOk(
      await writeRecord({ title: 'Pre-session check', content: 'Ears clear', bookingId: booking.id }),
      201,
    );
    expect(record.providerId).toBe(providerId);
    expectOk(await as(patient).GET('/api/medical-records/{id}', byId(record.id)), 200);

    // Cancelling the booking changes nothing; ending the care-team entry ends access at once, the authored
    // record notwithstanding.
    expectOk(await as(patient).POST('/api/bookings/{id}/cancel', byId(booking.id)), 200);
    expect(expectOk(await as(provider).GET('/api/bookings/{id}', byId(booking.id)), 200).status).toBe(
      'cancelled',
    );
    expectStatus(await get(), 200);
    expectOk(await as(admin).DELETE('/api/care-team/{id}', byId(entry.id)), 200);
    expectStatus(await get(), 404);
    expect(await treats()).toBe(false);
    expectStatus(await writeRecord({ title: 'Late note', content: 'x' }), 403);
  });

  it('a patient changes only their own contact details', async () => {
    const patient = as(c.patient);
    const id = byId(c.patientEntry.id);
    expectOk(await patient.PATCH('/api/patients/{id}', { ...id, body: { phone: '+441234' } }), 200);
    expectStatus(await patient.PATCH('/api/patients/{id}', { ...id, body: { lastName: 'Other' } }), 403);
  });
});

describe('another organization', () => {
  it('gets 404 on every patient id route', async () => {
    const id = byId(c.patientEntry.id);
    const calls: Array<[string, ApiCall]> = [
      ['GET /api/patients/{id}', (a) => a.GET('/api/patients/{id}', id)],
      ['PATCH /api/patients/{id}', (a) => a.PATCH('/api/patients/{id}', { ...id, body: { phone: 'x' } })],
      ['DELETE /api/patients/{id}', (a) => a.DELETE('/api/patients/{id}', id)],
    ];
    expect(await callsNotAnswering(as(c.otherAdmin), calls, 404)).toEqual([]);
  });
});
