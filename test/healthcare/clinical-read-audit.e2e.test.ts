// Reads of clinical data leave audit rows (who, which rows, whose data; never values), and a provider asking
// for a patient they do not treat leaves a denied row that survives the request's rollback.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, expectOk, expectStatus } from '../support/api-client';
import { startApp, type TestApp } from '../support/app';
import { createTestDatabase, type TestDb } from '../support/db';
import { newOrg, newUser, type TestUser } from '../support/factories';

let db: TestDb;
let api: TestApp;
let patient: TestUser;
let provider: TestUser;

beforeAll(async () => {
  db = await createTestDatabase();
  api = await startApp(db);
  const org = await newOrg(db);
  patient = await newUser(db, org, 'patient');
  provider = await newUser(db, org, 'provider');
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});

const auditRows = async (table: string, outcome: string) =>
  (
    await db.owner.query(
      `SELECT actor_user_id, row_id, details, action FROM public.audit_logs WHERE table_name = $1 AND outcome = $2 ORDER BY seq`,
      [table, outcome],
    )
  ).rows;

describe('clinical read audit', () => {
  it("a patient's read of their measurements is audited per row, with no values", async () => {
    const as = apiClient(api, patient.token);
    const created = expectOk(
      await as.POST('/api/measurements', { body: { measurementType: 'weight', value: '71.5', unit: 'kg' } }),
      201,
    );
    expectStatus(await as.GET('/api/measurements'), 200);
    const rows = (await auditRows('measurements', 'success')).filter((r) => r.action === 'SELECT');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actor_user_id: patient.id,
      row_id: created.id,
      details: expect.objectContaining({ via: 'own' }),
    });
    expect(JSON.stringify(rows[0])).not.toContain('71.5');
  });

  it('a provider without a care relationship gets 404, and the attempt is audited as denied', async () => {
    const res = await apiClient(api, provider.token).GET('/api/patients/{patientId}/measurements', {
      params: { path: { patientId: patient.id } },
    });
    expectStatus(res, 404);
    let denied: any[] = [];
    for (let i = 0; i < 50 && !denied.length; i++) {
      denied = await auditRows('measurements', 'denied');
      if (!denied.length) await new Promise((r) => setTimeout(r, 20));
    }
    expect(denied).toHaveLength(1);
    expect(denied[0]).toMatchObject({
      actor_user_id: provider.id,
      details: expect.objectContaining({ patient_id: patient.id, via: 'provider' }),
    });
  });
});
