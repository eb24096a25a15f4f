// Care relationships as data, over HTTP: an admin or the patient grants and ends care-team entries, a provider
// reads a patient exactly while an entry is in force, appointments need the relationship first, and
// break-the-glass opens time-boxed access that is audited, notified and marked on every read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, expectOk, expectStatus, type ApiClient } from '../support/api-client';
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

const as = (user: TestUser): ApiClient => apiClient(api, user.token);
const byId = (id: string) => ({ params: { path: { id } } });

/** A provider's view of the patient: identity, a record someone else wrote, measurements (statuses). */
async function doctorReads(who = doctor): Promise<number[]> {
  const record = who === doctor ? ids.record : ids.doctorRecord;
  const a = as(who);
  return Promise.all([
    a.GET('/api/patients/{id}', byId(ids.patient)).then((r) => r.response.status),
    a.GET('/api/medical-records/{id}', byId(record)).then((r) => r.response.status),
    a
      .GET('/api/patients/{patientId}/measurements', { params: { path: { patientId: patientUser.id } } })
      .then((r) => r.response.status),
  ]);
}

const grant = (who: TestUser, providerId: string, patientId = ids.patient, extra: { until?: string } = {}) =>
  as(who).POST('/api/patients/{patientId}/care-team', {
    params: { path: { patientId } },
    body: { providerId, reason: 'Attending physician', ...extra },
  });
const careTeamOf = (who: TestUser, query: { active?: boolean } = {}) =>
  as(who).GET('/api/patients/{patientId}/care-team', { params: { path: { patientId: ids.patient }, query } });

describe('care team', () => {
  it('only an admin or the patient grants, and nobody adds themselves', async () => {
    expect((await doctorReads()).every((s) => s === 404)).toBe(true);
    expectStatus(await grant(doctor, ids.doctor), 403);
    expectStatus(await grant(colleague, ids.doctor), 403);
    // The admin is also in the provider directory: granting themselves is refused by the database.
    expectStatus(await grant(admin, ids.adminAsProvider), 403);
    // Another patient's record is not visible to a patient.
    expectStatus(await grant(otherPatientUser, ids.doctor), 404);
    expectStatus(await grant(admin, '00000000-0000-4000-8000-000000000000'), 404);
  });

  it('an admin grant makes the provider treating, at once and only for that patient', async () => {
    const res = expectOk(await grant(admin, ids.doctor), 201);
    expect(res).toMatchObject({
      patientId: ids.patient,
      providerId: ids.doctor,
      grantedBy: admin.id,
      endedAt: null,
      active: true,
    });
    ids.entry = res.id;
    expect(await doctorReads()).toEqual([200, 200, 200]);
    expectStatus(await as(doctor).GET('/api/patients/{id}', byId(ids.otherPatient)), 404);
    expectStatus(await grant(admin, ids.doctor), 409);

    const own = await as(doctor).GET('/api/care-team');
    expect(own.data?.items.map((e) => e.id)).toEqual([ids.entry]);
    const mine = await careTeamOf(patientUser);
    expect(mine.data?.items.map((e) => e.id)).toEqual([ids.entry]);
    expectStatus(await careTeamOf(colleague), 404);
    expectStatus(await as(colleague).GET('/api/care-team/{id}', byId(ids.entry)), 404);
    expectStatus(await careTeamOf(bProvider), 404);
  });

  it('appointments and records need the relationship: the member of the care team books, others are refused', async () => {
    const mine = await as(doctor).POST('/api/appointments', {
      body: {
        contactId: ids.contact,
        providerId: ids.doctor,
        serviceType: 'consultation',
        scheduledAt: '2031-07-01T10:00:00Z',
      },
    });
    const appointment = expectOk(mine, 201);
    const forColleague = await as(doctor).PATCH('/api/appointments/{id}', {
      ...byId(appointment.id),
      body: { providerId: ids.colleague },
    });
    expectStatus(forColleague, 403);
    const record = await as(doctor).POST('/api/medical-records', {
      body: { patientId: ids.patient, title: 'Visit', content: 'Seen today' },
    });
    ids.doctorRecord = expectOk(record, 201).id;
    const refused = await as(colleague).POST('/api/medical-records', {
      body: { patientId: ids.otherPatient, title: 'Visit', content: 'Not mine' },
    });
    expectStatus(refused, 403);
  });

  it('ending the entry ends access at once; the entry stays as history and ends once', async () => {
    const end = (who: TestUser, id = ids.entry) => as(who).DELETE('/api/care-team/{id}', byId(id));
    expectStatus(await end(doctor), 403);
    const ended = expectOk(await end(patientUser), 200);
    expect(ended).toMatchObject({ active: false, endedBy: patientUser.id });
    expect(ended.endedAt).toBeTruthy();
    expect((await doctorReads()).every((s) => s === 404)).toBe(true);
    expectStatus(await end(admin), 409);
    const history = await careTeamOf(admin, { active: false });
    expect(history.data?.items.map((e) => e.id)).toContain(ids.entry);
  });

  it('the patient grants too, with a planned end', async () => {
    const res = await grant(patientUser, ids.doctor, ids.patient, {
      until: new Date(Date.now() + 86_400_000).toISOString(),
    });
    const entry = expectOk(res, 201);
    expect(entry).toMatchObject({ grantedBy: patientUser.id, active: true });
    expect(await doctorReads()).toEqual([200, 200, 200]);
    expectStatus(await as(admin).DELETE('/api/care-team/{id}', byId(entry.id)), 200);
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
    expect((await as(admin).GET('/api/care-team/{id}', byId(lapsed.id))).data?.active).toBe(false);
    expectStatus(await grant(admin, ids.doctor), 409);
    expectStatus(await as(admin).DELETE('/api/care-team/{id}', byId(lapsed.id)), 200);
  });
});

describe('break the glass', () => {
  const open = (who: TestUser, patientId = ids.patient, reason = REASON) =>
    as(who).POST('/api/patients/{patientId}/break-glass', {
      params: { path: { patientId } },
      body: { reason },
    });
  const close = (who: TestUser) => as(who).POST('/api/break-glass/{id}/close', byId(ids.grant));

  it('needs a provider of the organization and a stated reason', async () => {
    expectStatus(await open(admin), 403);
    expectStatus(await open(patientUser), 403);
    expectStatus(await open(colleague, ids.patient, 'urgent'), 400);
    expectStatus(await open(bProvider), 404);
    // A provider member without an entry in the directory opens nothing.
    expectStatus(await open(await newUser(db, org, 'provider')), 403);
    expectStatus(await open(colleague, '00000000-0000-4000-8000-000000000000'), 404);
  });

  it('opens time-boxed access, audited, notified to the admins and the patient', async () => {
    expect((await doctorReads(colleague))[0]).toBe(404);
    const before = Date.now();
    const res = expectOk(await open(colleague), 201);
    ids.grant = res.id;
    expect(res).toMatchObject({
      patientId: ids.patient,
      providerId: ids.colleague,
      reason: REASON,
      open: true,
      closedAt: null,
    });
    const minutes = (Date.parse(res.expiresAt) - Date.parse(res.openedAt)) / 60_000;
    expect(minutes).toBe(60);
    expect(Date.parse(res.openedAt)).toBeGreaterThanOrEqual(before - 5_000);
    expectStatus(await open(colleague), 409);

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
      const inbox = expectOk(await as(who).GET('/api/notifications'), 200);
      const alert = inbox.items.find((n) => n.type === 'security_alert');
      expect(alert, who.id).toMatchObject({ priority: 'high' });
      expect(alert?.message).toContain('Dr Colleague');
    }
    const adminList = await as(admin).GET('/api/break-glass');
    expect(adminList.data?.items).toEqual([
      expect.objectContaining({ id: ids.grant, reason: REASON, open: true }),
    ]);
    expect((await as(patientUser).GET('/api/break-glass')).data?.items).toHaveLength(1);
    expect((await as(doctor).GET('/api/break-glass')).data?.items).toHaveLength(0);
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
    expectStatus(await grant(admin, ids.doctor), 201);
    expectStatus(await open(doctor), 409);

    expectStatus(await close(doctor), 404);
    const closed = expectOk(await close(colleague), 200);
    expect(closed).toMatchObject({ open: false, closedBy: colleague.id });
    expect((await doctorReads(colleague)).every((s) => s === 404)).toBe(true);
    expectStatus(await close(admin), 409);

    const again = expectOk(await open(colleague), 201);
    expect(await doctorReads(colleague)).toEqual([200, 200, 200]);
    await db.owner.query(
      `UPDATE public.break_glass_grants SET opened_at = now() - interval '2 hours', expires_at = now() - interval '1 hour' WHERE id = $1`,
      [again.id],
    );
    expect((await doctorReads(colleague)).every((s) => s === 404)).toBe(true);
  });
});
