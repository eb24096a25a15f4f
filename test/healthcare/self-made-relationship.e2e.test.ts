// Issue 15, finding 1: a provider must not make themselves "treating". Booking themselves an appointment with
// the patient's CRM contact, taking over a colleague's appointment, or a booking and a record of theirs must
// not open the patient's identity, medical records or measurements: access follows the care team only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, expectError, expectOk, expectStatus, type ApiClient } from '../support/api-client';
import { startApp, type TestApp } from '../support/app';
import { createTestDatabase, type TestDb } from '../support/db';
import {
  newAppointment,
  newBooking,
  newChamber,
  newContact,
  newMeasurement,
  newMedicalRecord,
  newOrg,
  newPatient,
  newProvider,
  newUser,
  type TestUser,
} from '../support/factories';

let db: TestDb;
let api: TestApp;
let mallory: TestUser;
let patientUser: TestUser;
const ids: Record<string, string> = {};

beforeAll(async () => {
  db = await createTestDatabase();
  api = await startApp(db);
  const org = await newOrg(db, 'Clinic S');
  mallory = await newUser(db, org, 'provider');
  const colleague = await newUser(db, org, 'provider');
  patientUser = await newUser(db, org, 'patient');
  ids.mallory = (await newProvider(db, mallory, { displayName: 'Dr M' })).id;
  ids.colleague = (await newProvider(db, colleague, { displayName: 'Dr C' })).id;
  ids.patient = (await newPatient(db, org, { userId: patientUser.id, lastName: 'Private' })).id;
  ids.contact = (await newContact(db, org, { name: 'Pat Private', patientId: ids.patient })).id;
  ids.record = (
    await newMedicalRecord(db, org, {
      patientId: ids.patient,
      providerId: ids.colleague,
      content: 'Confidential',
    })
  ).id;
  await newMeasurement(db, patientUser, { value: '71.5' });
  ids.chamber = (await newChamber(db, org)).id;
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});

const asMallory = (): ApiClient => apiClient(api, mallory.token);
const byId = (id: string) => ({ params: { path: { id } } });

/** What the provider can reach of the patient: identity, the colleague's record, measurements. */
async function expectNoAccess(): Promise<void> {
  expectStatus(await asMallory().GET('/api/patients/{id}', byId(ids.patient)), 404);
  const records = await asMallory().GET('/api/medical-records', {
    params: { query: { patientId: ids.patient } },
  });
  expect(expectOk(records, 200).items.map((r) => r.id)).not.toContain(ids.record);
  expectStatus(await asMallory().GET('/api/medical-records/{id}', byId(ids.record)), 404);
  const measurements = await asMallory().GET('/api/patients/{patientId}/measurements', {
    params: { path: { patientId: patientUser.id } },
  });
  expectStatus(measurements, 404);
}

describe('a provider cannot make themselves treating', () => {
  it("booking themselves an appointment with the patient's contact is refused (403) and opens nothing", async () => {
    await expectNoAccess();
    const res = await asMallory().POST('/api/appointments', {
      body: {
        contactId: ids.contact,
        providerId: ids.mallory,
        serviceType: 'consultation',
        scheduledAt: '2031-06-02T10:00:00Z',
      },
    });
    expect(JSON.stringify(expectError(res, 403))).not.toContain('Private');
    await expectNoAccess();
  });

  it("re-assigning a colleague's appointment to themselves is refused (403) and opens nothing", async () => {
    const appointment = await newAppointment(
      db,
      { id: patientUser.orgId },
      {
        contactId: ids.contact,
        providerId: ids.colleague,
        scheduledAt: new Date('2031-06-03T10:00:00Z'),
      },
    );
    const res = await asMallory().PATCH('/api/appointments/{id}', {
      ...byId(appointment.id),
      body: { providerId: ids.mallory },
    });
    expectStatus(res, 403);
    await expectNoAccess();
  });

  it('a booking with them and a record they wrote do not make them treating, even after the pretext is cancelled', async () => {
    const org = { id: patientUser.orgId };
    const booking = await newBooking(db, org, {
      patientId: ids.patient,
      chamberId: ids.chamber,
      providerId: ids.mallory,
      status: 'confirmed',
    });
    const own = await newMedicalRecord(db, org, {
      patientId: ids.patient,
      providerId: ids.mallory,
      title: 'Pretext',
    });
    await expectNoAccess();
    await db.owner.query(`UPDATE public.bookings SET status = 'cancelled' WHERE id = $1`, [booking.id]);
    await expectNoAccess();
    // The author still reads what they wrote, and nothing else of the patient.
    expectStatus(await asMallory().GET('/api/medical-records/{id}', byId(own.id)), 200);
  });
});
