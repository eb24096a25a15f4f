// AI-doctor sessions over HTTP: the transcript encrypted at rest and readable by the patient; sharing with a
// provider of the same organization only (404 for anyone else, 400 for a past expiry); the provider reads
// exactly while an unrevoked, unexpired grant names them (the transcript only with a full grant), and every
// such read, and every refused one, is audited as a clinical read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, expectError, expectOk, expectStatus } from '../support/api-client';
import { startApp, type TestApp } from '../support/app';
import { createTestDatabase, type TestDb } from '../support/db';
import { newOrg, newProvider, newUser, type TestUser } from '../support/factories';

let db: TestDb;
let api: TestApp;
let patient: TestUser;
let doctor: TestUser;
let colleague: TestUser;
let outsider: TestUser;
const ids: Record<string, string> = {};
const as = (u: TestUser) => apiClient(api, u.token);
const byId = (id: string) => ({ params: { path: { id } } });
const TRANSCRIPT = 'Patient: my head hurts since Monday\nAI: any fever?\nPatient: no';

const auditRows = async (id: string, outcome: string) =>
  (
    await db.owner.query(
      `SELECT actor_user_id, details FROM public.audit_logs WHERE table_name = 'ai_doctor_sessions' AND row_id = $1 AND outcome = $2`,
      [id, outcome],
    )
  ).rows;

beforeAll(async () => {
  db = await createTestDatabase();
  api = await startApp(db);
  const org = await newOrg(db, 'AI doctor clinic');
  const other = await newOrg(db, 'Other clinic');
  patient = await newUser(db, org, 'patient');
  doctor = await newUser(db, org, 'provider');
  colleague = await newUser(db, org, 'provider');
  outsider = await newUser(db, other, 'provider');
  ids.doctor = (await newProvider(db, doctor)).id;
  ids.colleague = (await newProvider(db, colleague)).id;
  ids.outsider = (await newProvider(db, outsider)).id;
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});

describe('AI-doctor sessions', () => {
  it('keeps the transcript encrypted at rest, readable by the patient', async () => {
    const s = expectOk(
      await as(patient).POST('/api/ai-doctor/sessions', { body: { sessionType: 'symptom_check' } }),
      201,
    );
    ids.session = s.id;
    const put = expectOk(
      await as(patient).PUT('/api/ai-doctor/sessions/{id}/transcript', {
        ...byId(s.id),
        body: { transcript: TRANSCRIPT },
      }),
      200,
    );
    expect(put.transcript).toBe(TRANSCRIPT);
    expect(put.transcriptPath).toBe(`postgres://ai_doctor_sessions/${s.id}/transcript`);
    const { rows } = await db.owner.query(`SELECT transcript FROM ai_doctor_sessions WHERE id = $1`, [s.id]);
    expect(rows[0].transcript).toMatch(/^v1\./);
    expect(rows[0].transcript).not.toContain('head hurts');
    expectError(
      await as(patient).PUT('/api/ai-doctor/sessions/{id}/transcript', {
        ...byId(s.id),
        body: { transcript: 'x'.repeat(100_001) },
      }),
      400,
    );
  });

  it('shares only with a provider of the same organization, and only into the future', async () => {
    const share = (providerId: string, extra: object = {}) =>
      as(patient).POST('/api/ai-doctor/sessions/{id}/shares', {
        ...byId(ids.session),
        body: { providerId, permissionLevel: 'full', ...extra },
      });
    expectStatus(await share(ids.outsider), 404);
    expectStatus(await share(patient.id), 404);
    expectError(await share(ids.doctor, { expiresAt: new Date(Date.now() - 60_000).toISOString() }), 400);
    expectStatus(
      await as(doctor).POST('/api/ai-doctor/sessions/{id}/shares', {
        ...byId(ids.session),
        body: { providerId: ids.colleague, permissionLevel: 'full' },
      }),
      403,
    );
    const grant = expectOk(
      await share(ids.doctor, { expiresAt: new Date(Date.now() + 3_600_000).toISOString() }),
      201,
    );
    expect(grant.active).toBe(true);
    ids.grant = grant.id;
    expectStatus(await share(ids.doctor), 409);
  });

  it('the named provider reads while the grant lasts, audited; others are refused, audited', async () => {
    const read = expectOk(await as(doctor).GET('/api/ai-doctor/sessions/{id}', byId(ids.session)), 200);
    expect(read.transcript).toBe(TRANSCRIPT);
    expect(expectOk(await as(doctor).GET('/api/ai-doctor/sessions'), 200).items.map((s) => s.id)).toEqual([
      ids.session,
    ]);
    expectStatus(await as(colleague).GET('/api/ai-doctor/sessions/{id}', byId(ids.session)), 404);
    expect(expectOk(await as(colleague).GET('/api/ai-doctor/sessions'), 200).items).toEqual([]);
    const granted = await auditRows(ids.session, 'success');
    expect(granted.some((r) => r.actor_user_id === doctor.id && r.details.via === 'sharing_grant')).toBe(
      true,
    );
    await expect
      .poll(async () => (await auditRows(ids.session, 'denied')).map((r) => r.actor_user_id))
      .toContain(colleague.id);
  });

  it('an expired or revoked grant ends access on the next request; a summary grant hides the transcript', async () => {
    await db.owner.query(
      `UPDATE ai_doctor_sharing_permissions SET shared_at = now() - interval '2 hours', expires_at = now() - interval '1 second' WHERE id = $1`,
      [ids.grant],
    );
    expectStatus(await as(doctor).GET('/api/ai-doctor/sessions/{id}', byId(ids.session)), 404);
    expectStatus(
      await as(patient).DELETE('/api/ai-doctor/shares/{shareId}', {
        params: { path: { shareId: ids.grant } },
      }),
      200,
    );
    const summaryOnly = expectOk(
      await as(patient).POST('/api/ai-doctor/sessions/{id}/shares', {
        ...byId(ids.session),
        body: { providerId: ids.doctor, permissionLevel: 'summary' },
      }),
      201,
    );
    const read = expectOk(await as(doctor).GET('/api/ai-doctor/sessions/{id}', byId(ids.session)), 200);
    expect(read.transcript).toBeNull();
    expectOk(
      await as(patient).DELETE('/api/ai-doctor/shares/{shareId}', {
        params: { path: { shareId: summaryOnly.id } },
      }),
      200,
    );
    expectStatus(await as(doctor).GET('/api/ai-doctor/sessions/{id}', byId(ids.session)), 404);
    expectStatus(
      await as(patient).DELETE('/api/ai-doctor/shares/{shareId}', {
        params: { path: { shareId: summaryOnly.id } },
      }),
      409,
    );
  });

  it('ending a session writes its summary; the transcript is final afterwards', async () => {
    const ended = expectOk(
      await as(patient).POST('/api/ai-doctor/sessions/{id}/end', { ...byId(ids.session), body: {} }),
      200,
    );
    expect(ended.endTime).not.toBeNull();
    expect(ended.summary).toMatch(/symptom check session of 3 transcript lines.*rule-based writer/);
    expectStatus(
      await as(patient).PUT('/api/ai-doctor/sessions/{id}/transcript', {
        ...byId(ids.session),
        body: { transcript: 'more' },
      }),
      409,
    );
    expectStatus(
      await as(patient).POST('/api/ai-doctor/sessions/{id}/end', { ...byId(ids.session), body: {} }),
      409,
    );
  });
});
