// The AI tables' rules as the database enforces them, through the RLS pipeline: model-call outcomes are
// recorded once and only by the service role; insight runs are append-only; a provider reads a shared
// AI-doctor session only while an unrevoked, unexpired grant names them; providers read a patient's insights
// only while treating the patient, and never the hidden ones.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Claims } from '../../src/common/context/claims';
import { sqlFor } from '../../src/common/database/sql';
import { sqlState } from '../../src/common/database/sql-errors';
import { createTestDatabase, type TestDb } from '../support/db';
import {
  newAiCommandLog,
  newAiDoctorSession,
  newAiDoctorSharingPermission,
  newCareTeamMember,
  newInsightRun,
  newOrg,
  newPatient,
  newPatientInsight,
  newProvider,
  newUser,
  type TestUser,
} from '../support/factories';

let db: TestDb;
let patient: TestUser;
let doctor: TestUser;
let colleague: TestUser;
let doctorProviderId: string;

function as(claims: Claims, text: string, params: unknown[] = []): Promise<any[]> {
  return db.tx.run(claims, (m) => sqlFor(m.queryRunner!).rows(text, params));
}
const service: Claims = { role: 'service_role', job: 'ai-rules-test' };

async function stateOf(p: Promise<unknown>): Promise<string | undefined> {
  try {
    await p;
    return undefined;
  } catch (err) {
    return sqlState(err);
  }
}

beforeAll(async () => {
  db = await createTestDatabase();
  const org = await newOrg(db, 'AI clinic');
  patient = await newUser(db, org, 'patient');
  doctor = await newUser(db, org, 'provider');
  colleague = await newUser(db, org, 'provider');
  doctorProviderId = (await newProvider(db, doctor)).id;
  await newProvider(db, colleague);
  const record = await newPatient(db, org, { userId: patient.id });
  await newCareTeamMember(db, org, { patientId: record.id, providerId: doctorProviderId });
});
afterAll(async () => db?.close());

const OUTCOME = `SELECT app_private.record_ai_command_outcome($1, $2, '{"chars": 3}'::jsonb, NULL, 12, 3, 4) AS ok`;

describe('ai_command_logs', () => {
  it('the outcome is recorded by the service role only, and only once', async () => {
    const log = await newAiCommandLog(db, patient);
    expect(await stateOf(as(patient.claims, OUTCOME, [log.id, 'COMPLETED']))).toBe('42501');
    expect(await as(service, OUTCOME, [log.id, 'COMPLETED'])).toEqual([{ ok: true }]);
    expect(await as(service, OUTCOME, [log.id, 'ERROR'])).toEqual([{ ok: false }]);
    const [row] = await as(
      patient.claims,
      `SELECT status, latency_ms, completed_at FROM ai_command_logs WHERE id = $1`,
      [log.id],
    );
    expect(row.status).toBe('COMPLETED');
    expect(row.latency_ms).toBe(12);
    expect(row.completed_at).not.toBeNull();
  });

  it('a user inserts only PENDING rows of their own, and reads only their own', async () => {
    expect(
      await stateOf(
        as(
          patient.claims,
          `INSERT INTO ai_command_logs (model, input, status) VALUES ('m', '{}', 'COMPLETED')`,
        ),
      ),
    ).toBe('42501');
    await as(patient.claims, `INSERT INTO ai_command_logs (model, input) VALUES ('m', '{"kind":"x"}')`);
    expect((await as(doctor.claims, `SELECT id FROM ai_command_logs`)).length).toBe(0);
  });
});

describe('insight_runs', () => {
  it('are append-only, even for the service role; a rerun of the same week conflicts', async () => {
    const run = await newInsightRun(db, patient);
    expect(
      await stateOf(as(service, `UPDATE insight_runs SET narrative = 'x' WHERE id = $1`, [run.id])),
    ).toBe('42501');
    expect(
      await stateOf(
        as(
          service,
          `INSERT INTO insight_runs (org_id, user_id, time_range_start, time_range_end, narrative, writer)
           VALUES ($1, $2, $3, $4, 'again', 'w')`,
          [patient.orgId, patient.id, run.timeRangeStart, run.timeRangeEnd],
        ),
      ),
    ).toBe('23505');
  });
});

describe('AI-doctor sharing', () => {
  it('a provider reads a session only while an unrevoked, unexpired grant names them', async () => {
    const session = await newAiDoctorSession(db, patient, { summary: 'Headache for two days' });
    const read = (who: TestUser) =>
      as(who.claims, `SELECT id, summary FROM ai_doctor_sessions WHERE id = $1`, [session.id]);
    expect(await read(doctor)).toEqual([]);
    const grant = await newAiDoctorSharingPermission(db, patient, {
      sessionId: session.id,
      providerId: doctorProviderId,
      expiresAt: new Date(Date.now() + 60_000),
    });
    expect(await read(doctor)).toHaveLength(1);
    expect(await read(colleague)).toEqual([]);
    expect(await as(doctor.claims, `SELECT id FROM ai_doctor_sharing_permissions`)).toHaveLength(1);
    // Expired: access ends at once.
    await db.owner.query(
      `UPDATE ai_doctor_sharing_permissions SET shared_at = now() - interval '2 hours', expires_at = now() - interval '1 second' WHERE id = $1`,
      [grant.id],
    );
    expect(await read(doctor)).toEqual([]);
    // Revoked by the patient: the same.
    await db.owner.query(`UPDATE ai_doctor_sharing_permissions SET expires_at = NULL WHERE id = $1`, [
      grant.id,
    ]);
    expect(await read(doctor)).toHaveLength(1);
    await as(patient.claims, `UPDATE ai_doctor_sharing_permissions SET revoked_at = now() WHERE id = $1`, [
      grant.id,
    ]);
    expect(await read(doctor)).toEqual([]);
  });

  it("only the session's patient shares it", async () => {
    const session = await newAiDoctorSession(db, patient);
    const share = (who: TestUser) =>
      as(
        who.claims,
        `INSERT INTO ai_doctor_sharing_permissions (session_id, provider_id, permission_level) VALUES ($1, $2, 'full')`,
        [session.id, doctorProviderId],
      );
    expect(await stateOf(share(doctor))).toBe('42501');
    expect(await stateOf(share(patient))).toBeUndefined();
  });
});

describe('patient_insights', () => {
  it('the treating provider reads the ones not hidden; another provider none', async () => {
    const shown = await newPatientInsight(db, patient);
    const hidden = await newPatientInsight(db, patient, { isHidden: true });
    const ids = (who: TestUser) =>
      as(who.claims, `SELECT id FROM patient_insights WHERE id = ANY($1) ORDER BY id`, [
        [shown.id, hidden.id],
      ]);
    expect((await ids(patient)).length).toBe(2);
    expect(await ids(doctor)).toEqual([{ id: shown.id }]);
    expect(await ids(colleague)).toEqual([]);
    // The patient may set only viewed_at and is_hidden.
    expect(
      await stateOf(
        as(patient.claims, `UPDATE patient_insights SET insight_text = 'x' WHERE id = $1`, [shown.id]),
      ),
    ).toBe('42501');
    await as(patient.claims, `UPDATE patient_insights SET is_hidden = true WHERE id = $1`, [shown.id]);
    expect(await ids(doctor)).toEqual([]);
  });
});
