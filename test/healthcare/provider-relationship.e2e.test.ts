// A provider reaches a patient only through a care relationship they did not fabricate: linking a CRM
// contact to a patient the provider cannot see (and then booking an appointment with that contact) must not
// open the patient's record and medical records to them. Admins link leads to patients; a provider may link
// a contact only to a patient of their care team.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type TestApp } from '../support/app';
import { createTestDatabase, type TestDb } from '../support/db';
import { newCareTeamMember, newOrg, newUser, type TestUser } from '../support/factories';

let db: TestDb;
let api: TestApp;
let admin: TestUser;
let treating: TestUser;
let outsider: TestUser;
const ids: Record<string, string> = {};

const ok = <T = any>(res: { status: number; body: T }, status = 200): T => {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  return res.body;
};

beforeAll(async () => {
  db = await createTestDatabase();
  api = await startApp(db);
  const org = await newOrg(db, 'Clinic P');
  admin = await newUser(db, org, 'admin');
  treating = await newUser(db, org, 'provider');
  outsider = await newUser(db, org, 'provider');
  const patientUser = await newUser(db, org, 'patient');
  const t = admin.token;
  ids.facility = ok(await api.request('POST', '/api/facilities', { token: t, body: { name: 'Site', timezone: 'UTC' } }), 201).id;
  ids.chamber = ok(await api.request('POST', '/api/chambers', { token: t, body: { facilityId: ids.facility, name: 'C1' } }), 201).id;
  ids.treating = ok(await api.request('POST', '/api/providers', { token: t, body: { userId: treating.id, displayName: 'Dr T' } }), 201).id;
  ids.outsider = ok(await api.request('POST', '/api/providers', { token: t, body: { userId: outsider.id, displayName: 'Dr O' } }), 201).id;
  ids.patient = ok(
    await api.request('POST', '/api/patients', { token: t, body: { userId: patientUser.id, firstName: 'Pat', lastName: 'Private' } }),
    201,
  ).id;
  ok(
    await api.request('POST', '/api/bookings', {
      token: t,
      body: { patientId: ids.patient, chamberId: ids.chamber, providerId: ids.treating, startsAt: '2031-03-04T09:00:00Z', endsAt: '2031-03-04T10:00:00Z' },
    }),
    201,
  );
  await newCareTeamMember(db, org, { patientId: ids.patient, providerId: ids.treating });
  ok(
    await api.request('POST', '/api/medical-records', {
      token: treating.token,
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
    expect((await api.request('GET', `/api/patients/${ids.patient}`, { token: outsider.token })).status).toBe(404);
    const link = await api.request('POST', '/api/contacts', {
      token: outsider.token,
      body: { name: 'Lead', phone: '+15550100001', patientId: ids.patient },
    });
    expect(link.status, JSON.stringify(link.body)).toBe(403);
    expect(JSON.stringify(link.body)).not.toContain('Private');
    expect((await api.request('GET', `/api/patients/${ids.patient}`, { token: outsider.token })).status).toBe(404);
  });

  it('re-pointing an existing contact at that patient is refused as well', async () => {
    const contact = ok(await api.request('POST', '/api/contacts', { token: outsider.token, body: { name: 'Lead 2', phone: '+15550100002' } }), 201);
    const link = await api.request('PATCH', `/api/contacts/${contact.id}`, { token: outsider.token, body: { patientId: ids.patient } });
    expect(link.status, JSON.stringify(link.body)).toBe(403);
    ok(
      await api.request('POST', '/api/appointments', {
        token: outsider.token,
        body: { contactId: contact.id, providerId: ids.outsider, serviceType: 'consultation', scheduledAt: '2031-03-05T10:00:00Z' },
      }),
      201,
    );
    expect((await api.request('GET', `/api/patients/${ids.patient}`, { token: outsider.token })).status).toBe(404);
    const records = ok(await api.request('GET', `/api/medical-records?patientId=${ids.patient}`, { token: outsider.token }));
    expect(records.items).toEqual([]);
  });

  it('an admin links leads to patients; the treating provider may link to their own patient', async () => {
    ok(await api.request('POST', '/api/contacts', { token: admin.token, body: { name: 'Lead 3', phone: '+15550100003', patientId: ids.patient } }), 201);
    ok(
      await api.request('POST', '/api/contacts', { token: treating.token, body: { name: 'Lead 4', phone: '+15550100004', patientId: ids.patient } }),
      201,
    );
  });
});
