// Care relationships as data, over HTTP: an admin or the patient grants and ends care-team entries, a provider
// reads a patient exactly while an entry is in force, appointments need the relationship first, and
// break-the-glass opens time-boxed access that is audited, notified and marked on every read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type TestApp } from '../support/app';
import { createTestDatabase, type TestDb } from '../support/db';
import {
  newCareTeamMember,
  newContact,
  newMeasurement,
  newMedicalRecord,
  newOrg,
  newPatient,
  newProvider,
  newUser,
  type TestOrg,
  type TestUser,
} from '../support/factories';

let db: TestDb;
let api: TestApp;
let org: TestOrg;
let admin: TestUser;
let doctor: TestUser;
let colleague: TestUser;
let patientUser: TestUser;
let otherPatientUser: TestUser;
let bProvider: TestUser;
const ids: Record<string, string> = {};

const REASON = 'Patient unconscious in the emergency room; allergies needed now';

beforeAll(async () => {
  db = await createTestDatabase();
  api = await startApp(db);
  org = await newOrg(db, 'Clinic C');
  const orgB = await newOrg(db, 'Clinic B');
  admin = await newUser(db, org, 'admin');
  doctor = await newUser(db, org, 'provider');
  colleague = await newUser(db, org, 'provider');
  patientUser = await newUser(db, org, 'patient');
  otherPatientUser = await newUser(db, org, 'patient');
  bProvider = await newUser(db, orgB, 'provider');
  await newProvider(db, bProvider);
  ids.doctor = (await newProvider(db, doctor, { displayName: 'Dr Doctor' })).id;
  ids.colleague = (await newProvider(db, colleague, { displayName: 'Dr Colleague' })).id;
  ids.adminAsProvider = (await newProvider(db, admin, { displayName: 'Dr Admin' })).id;
  ids.patient = (await newPatient(db, org, { userId: patientUser.id })).id;
  ids.otherPatient = (await newPatient(db, org, { userId: otherPatientUser.id })).id;
  ids.contact = (await newContact(db, org, { patientId: ids.patient })).id;
  ids.record = (await newMedicalRecord(db, org, { patientId: ids.patient, providerId: ids.colleague })).id;
  await newMeasurement(db, patientUser, { value: '80' });
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});

/** A provider's view of the patient: identity, a record someone else wrote, measurements (statuses). */
async function doctorReads(who = doctor): Promise<number[]> {
  const record = who === doctor ? ids.record : ids.doctorRecord;
  return Promise.all([
    api.request('GET', `/api/patients/${ids.patient}`, { token: who.token }).then((r) => r.status),
    api.request('GET', `/api/medical-records/${record}`, { token: who.token }).then((r) => r.status),
    api
      .request('GET', `/api/patients/${patientUser.id}/measurements`, { token: who.token })
      .then((r) => r.status),
  ]);
}

const grant = (token: string, providerId: string, patientId = ids.patient, extra: object = {}) =>
  api.request('POST', `/api/patients/${patientId}/care-team`, {
    token,
    body: { providerId, reason: 'Attending physician', ...extra },
  });

describe('care team', () => {
  it('only an admin or the patient grants, and nobody adds themselves', async () => {
    expect((await doctorReads()).every((s) => s === 404)).toBe(true);
    expect((await grant(doctor.token, ids.doctor)).status).toBe(403);
    expect((await grant(colleague.token, ids.doctor)).status).toBe(403);
    // The admin is also in the provider directory: granting themselves is refused by the database.
    const self = await grant(admin.token, ids.adminAsProvider);
    expect(self.status, JSON.stringify(self.body)).toBe(403);
    // Another patient's record is not visible to a patient.
    expect((await grant(otherPatientUser.token, ids.doctor)).status).toBe(404);
    expect((await grant(admin.token, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('an admin grant makes the provider treating, at once and only for that patient', async () => {
    const res = await grant(admin.token, ids.doctor);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      patientId: ids.patient,
      providerId: ids.doctor,
      grantedBy: admin.id,
      endedAt: null,
      active: true,
    });
    ids.entry = res.body.id;
    expect(await doctorReads()).toEqual([200, 200, 200]);
    expect(
      (await api.request('GET', `/api/patients/${ids.otherPatient}`, { token: doctor.token })).status,
    ).toBe(404);
    expect((await grant(admin.token, ids.doctor)).status).toBe(409);

    const own = await api.request('GET', '/api/care-team', { token: doctor.token });
    expect(own.body.items.map((e: { id: string }) => e.id)).toEqual([ids.entry]);
    const mine = await api.request('GET', `/api/patients/${ids.patient}/care-team`, {
      token: patientUser.token,
    });
    expect(mine.body.items.map((e: { id: string }) => e.id)).toEqual([ids.entry]);
    expect(
      (await api.request('GET', `/api/patients/${ids.patient}/care-team`, { token: colleague.token })).status,
    ).toBe(404);
    expect((await api.request('GET', `/api/care-team/${ids.entry}`, { token: colleague.token })).status).toBe(
      404,
    );
    expect(
      (await api.request('GET', `/api/patients/${ids.patient}/care-team`, { token: bProvider.token })).status,
    ).toBe(404);
  });

  it('appointments and records need the relationship: the member of the care team books, others are refused', async () => {
    const mine = await api.request('POST', '/api/appointments', {
      token: doctor.token,
      body: {
        contactId: ids.contact,
        providerId: ids.doctor,
        serviceType: 'consultation',
        scheduledAt: '2031-07-01T10:00:00Z',
      },
    });
    expect(mine.status, JSON.stringify(mine.body)).toBe(201);
    const forColleague = await api.request('PATCH', `/api/appointments/${mine.body.id}`, {
      token: doctor.token,
      body: { providerId: ids.colleague },
    });
    expect(forColleague.status).toBe(403);
    const record = await api.request('POST', '/api/medical-records', {
      token: doctor.token,
      body: { patientId: ids.patient, title: 'Visit', content: 'Seen today' },
    });
    expect(record.status, JSON.stringify(record.body)).toBe(201);
    ids.doctorRecord = record.body.id;
    const refused = await api.request('POST', '/api/medical-records', {
      token: colleague.token,
      body: { patientId: ids.otherPatient, title: 'Visit', content: 'Not mine' },
    });
    expect(refused.status).toBe(403);
  });

  it('ending the entry ends access at once; the entry stays as history and ends once', async () => {
    expect((await api.request('DELETE', `/api/care-team/${ids.entry}`, { token: doctor.token })).status).toBe(
      403,
    );
    const ended = await api.request('DELETE', `/api/care-team/${ids.entry}`, { token: patientUser.token });
    expect(ended.status, JSON.stringify(ended.body)).toBe(200);
    expect(ended.body).toMatchObject({ active: false, endedBy: patientUser.id });
    expect(ended.body.endedAt).toBeTruthy();
    expect((await doctorReads()).every((s) => s === 404)).toBe(true);
    expect((await api.request('DELETE', `/api/care-team/${ids.entry}`, { token: admin.token })).status).toBe(
      409,
    );
    const history = await api.request('GET', `/api/patients/${ids.patient}/care-team?active=false`, {
      token: admin.token,
    });
    expect(history.body.items.map((e: { id: string }) => e.id)).toContain(ids.entry);
  });

  it('the patient grants too, with a planned end', async () => {
    const res = await grant(patientUser.token, ids.doctor, ids.patient, {
      until: new Date(Date.now() + 86_400_000).toISOString(),
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ grantedBy: patientUser.id, active: true });
    expect(await doctorReads()).toEqual([200, 200, 200]);
    expect(
      (await api.request('DELETE', `/api/care-team/${res.body.id}`, { token: admin.token })).status,
    ).toBe(200);
    expect((await doctorReads()).every((s) => s === 404)).toBe(true);
  });

  it('an entry past its planned end no longer counts, and is ended before the pair is granted again', async () => {
    const day = 86_400_000;
    const lapsed = await newCareTeamMember(db, org, {
      patientId: ids.patient,
      providerId: ids.doctor,
      since: new Date(Date.now() - 2 * day),
      until: new Date(Date.now() - day),
    });
    expect((await doctorReads()).every((s) => s === 404)).toBe(true);
    expect(
      (await api.request('GET', `/api/care-team/${lapsed.id}`, { token: admin.token })).body.active,
    ).toBe(false);
    expect((await grant(admin.token, ids.doctor)).status).toBe(409);
    expect((await api.request('DELETE', `/api/care-team/${lapsed.id}`, { token: admin.token })).status).toBe(
      200,
    );
  });
});

describe('break the glass', () => {
  const open = (who: TestUser, patientId = ids.patient, reason = REASON) =>
    api.request('POST', `/api/patients/${patientId}/break-glass`, { token: who.token, body: { reason } });

  it('needs a provider of the organization and a stated reason', async () => {
    expect((await open(admin)).status).toBe(403);
    expect((await open(patientUser)).status).toBe(403);
    expect((await open(colleague, ids.patient, 'urgent')).status).toBe(400);
    expect((await open(bProvider)).status).toBe(404);
    // A provider member without an entry in the directory opens nothing.
    expect((await open(await newUser(db, org, 'provider'))).status).toBe(403);
    expect((await open(colleague, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('opens time-boxed access, audited, notified to the admins and the patient', async () => {
    expect((await doctorReads(colleague))[0]).toBe(404);
    const before = Date.now();
    const res = await open(colleague);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    ids.grant = res.body.id;
    expect(res.body).toMatchObject({
      patientId: ids.patient,
      providerId: ids.colleague,
      reason: REASON,
      open: true,
      closedAt: null,
    });
    const minutes = (Date.parse(res.body.expiresAt) - Date.parse(res.body.openedAt)) / 60_000;
    expect(minutes).toBe(60);
    expect(Date.parse(res.body.openedAt)).toBeGreaterThanOrEqual(before - 5_000);
    expect((await open(colleague)).status).toBe(409);

    const audit = await db.owner.query(
      `SELECT actor_user_id, action, row_id, details FROM public.audit_logs WHERE action = 'BREAK_GLASS_OPEN'`,
    );
    expect(audit.rows).toEqual([
      expect.objectContaining({
        actor_user_id: colleague.id,
        row_id: ids.grant,
        details: expect.objectContaining({
          patient_id: ids.patient,
          provider_id: ids.colleague,
          break_glass: true,
        }),
      }),
    ]);
    expect(JSON.stringify(audit.rows)).not.toContain('unconscious');

    for (const who of [admin, patientUser]) {
      const inbox = await api.request('GET', '/api/notifications', { token: who.token });
      const alert = inbox.body.items.find((n: { type: string }) => n.type === 'security_alert');
      expect(alert, who.id).toMatchObject({ priority: 'high' });
      expect(alert.message).toContain('Dr Colleague');
    }
    const adminList = await api.request('GET', '/api/break-glass', { token: admin.token });
    expect(adminList.body.items).toEqual([
      expect.objectContaining({ id: ids.grant, reason: REASON, open: true }),
    ]);
    expect(
      (await api.request('GET', '/api/break-glass', { token: patientUser.token })).body.items,
    ).toHaveLength(1);
    expect((await api.request('GET', '/api/break-glass', { token: doctor.token })).body.items).toHaveLength(
      0,
    );
  });

  it('reads under the grant are allowed and marked in the audit log', async () => {
    expect(await doctorReads(colleague)).toEqual([200, 200, 200]);
    const marked = await db.owner.query(
      `SELECT table_name, details FROM public.audit_logs WHERE action = 'BREAK_GLASS_READ' AND actor_user_id = $1 ORDER BY seq`,
      [colleague.id],
    );
    expect(marked.rows.map((r) => r.table_name).sort()).toEqual(['measurements', 'medical_records']);
    for (const r of marked.rows) expect(r.details).toMatchObject({ break_glass: true });
    // The care team's reads stay plain SELECTs.
    const plain = await db.owner.query(
      `SELECT count(*)::int AS n FROM public.audit_logs WHERE action = 'BREAK_GLASS_READ' AND actor_user_id = $1`,
      [doctor.id],
    );
    expect(plain.rows[0].n).toBe(0);
  });

  it('a provider on the care team does not need it; closing or expiry ends access', async () => {
    const entry = await grant(admin.token, ids.doctor);
    expect(entry.status).toBe(201);
    expect((await open(doctor)).status).toBe(409);

    expect(
      (await api.request('POST', `/api/break-glass/${ids.grant}/close`, { token: doctor.token })).status,
    ).toBe(404);
    const closed = await api.request('POST', `/api/break-glass/${ids.grant}/close`, {
      token: colleague.token,
    });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    expect(closed.body).toMatchObject({ open: false, closedBy: colleague.id });
    expect((await doctorReads(colleague)).every((s) => s === 404)).toBe(true);
    expect(
      (await api.request('POST', `/api/break-glass/${ids.grant}/close`, { token: admin.token })).status,
    ).toBe(409);

    const again = await open(colleague);
    expect(again.status).toBe(201);
    expect(await doctorReads(colleague)).toEqual([200, 200, 200]);
    await db.owner.query(
      `UPDATE public.break_glass_grants SET opened_at = now() - interval '2 hours', expires_at = now() - interval '1 hour' WHERE id = $1`,
      [again.body.id],
    );
    expect((await doctorReads(colleague)).every((s) => s === 404)).toBe(true);
  });
});
