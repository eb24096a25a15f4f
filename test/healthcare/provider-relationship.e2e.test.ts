// A provider reaches a patient only through a care relationship they did not fabricate: linking a CRM
// contact to a patient the provider cannot see (and then booking an appointment with that contact) must not
// open the patient's record and medical records to them. Admins link leads to patients; a provider may link
// a contact only to a patient of their care team.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, expectError, expectOk, expectStatus, type ApiClient } from '../support/api-client';
import { startApp, type TestApp } from '../support/app';
import { createTestDatabase, type TestDb } from '../support/db';
import {
  newBooking,
  newCareTeamMember,
  newChamber,
  newOrg,
  newPatient,
  newProvider,
  newUser,
  type TestUser,
} from '../support/factories';

let db: TestDb;
let api: TestApp;
let admin: TestUser;
let treating: TestUser;
let outsider: TestUser;
const ids: Record<string, string> = {};

const as = (user: TestUser): ApiClient => apiClient(api, user.token);
const patientAs = (user: TestUser) =>
  as(user).GET('/api/patients/{id}', { params: { path: { id: ids.patient } } });

beforeAll(async () => {
  db = await createTestDatabase();
  api = await startApp(db);
  const org = await newOrg(db, 'Clinic P');
  admin = await newUser(db, org, 'admin');
  treating = await newUser(db, org, 'provider');
  outsider = await newUser(db, org, 'provider');
  const patientUser = await newUser(db, org, 'patient');
  ids.chamber = (await newChamber(db, org, { name: 'C1' })).id;
  ids.treating = (await newProvider(db, treating, { displayName: 'Dr T' })).id;
  ids.outsider = (await newProvider(db, outsider, { displayName: 'Dr O' })).id;
  ids.patient = (
    await newPatient(db, org, { userId: patientUser.id, firstName: 'Pat', lastName: 'Private' })
  ).id;
  await newBooking(db, org, {
    patientId: ids.patient,
    chamberId: ids.chamber,
    providerId: ids.treating,
    status: 'confirmed',
    startsAt: new Date('2031-03-04T09:00:00Z'),
    endsAt: new Date('2031-03-04T10:00:00Z'),
  });
  await newCareTeamMember(db, org, { patientId: ids.patient, providerId: ids.treating });
  expectOk(
    await as(treating).POST('/api/medical-records', {
      body: { patientId: ids.patient, title: 'Diagnosis', content: 'Confidential' },
    }),
    201,
  );
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});

describe('a provider cannot fabricate a relationship through the CRM', () => {
  it('linking a new contact to a patient the provider does not treat is refused, and opens nothing', async () => {
    expectStatus(await patientAs(outsider), 404);
    const link = await as(outsider).POST('/api/contacts', {
      body: { name: 'Lead', phone: '+15550100001', patientId: ids.patient },
    });
    expect(JSON.stringify(expectError(link, 403))).not.toContain('Private');
    expectStatus(await patientAs(outsider), 404);
  });

  it('re-pointing an existing contact at that patient is refused as well', async () => {
    const contact = expectOk(
      await as(outsider).POST('/api/contacts', { body: { name: 'Lead 2', phone: '+15550100002' } }),
      201,
    );
    const link = await as(outsider).PATCH('/api/contacts/{id}', {
      params: { path: { id: contact.id } },
      body: { patientId: ids.patient },
    });
    expectStatus(link, 403);
    expectOk(
      await as(outsider).POST('/api/appointments', {
        body: {
          contactId: contact.id,
          providerId: ids.outsider,
          serviceType: 'consultation',
          scheduledAt: '2031-03-05T10:00:00Z',
        },
      }),
      201,
    );
    expectStatus(await patientAs(outsider), 404);
    const records = expectOk(
      await as(outsider).GET('/api/medical-records', { params: { query: { patientId: ids.patient } } }),
      200,
    );
    expect(records.items).toEqual([]);
  });

  it('an admin links leads to patients; the treating provider may link to their own patient', async () => {
    expectOk(
      await as(admin).POST('/api/contacts', {
        body: { name: 'Lead 3', phone: '+15550100003', patientId: ids.patient },
      }),
      201,
    );
    expectOk(
      await as(treating).POST('/api/contacts', {
        body: { name: 'Lead 4', phone: '+15550100004', patientId: ids.patient },
      }),
      201,
    );
  });
});
