// Issue 15, finding 6: medical records are amended, never overwritten. Before, a treating provider changed the
// content of a record another provider authored (PATCH), authorship stayed with the first and no history was
// kept. Now only the author amends, with a reason; the version replaced stays readable, by exactly those who
// read the record, every read audited; PATCH refuses content naming the amendment route; nobody deletes a
// record. The database enforces each rule for every role, so SQL cannot bypass the API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqlState } from '../../src/common/database/sql-errors';
import { AuditService } from '../../src/modules/audit/audit.service';
import { apiClient, expectError, expectOk, type ApiClient } from '../support/api-client';
import { startApp, type TestApp } from '../support/app';
import { createTestDatabase, type TestDb } from '../support/db';
import {
  newBooking,
  newBreakGlassGrant,
  newCareTeamMember,
  newChamber,
  newMedicalRecord,
  newMedicalRecordVersion,
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
const u: Record<
  | 'admin'
  | 'author'
  | 'colleague'
  | 'outsider'
  | 'patient'
  | 'otherPatient'
  | 'research'
  | 'otherAdmin'
  | 'otherProvider',
  TestUser
> = {} as never;
const ids: Record<string, string> = {};

const as = (user: TestUser): ApiClient => apiClient(api, user.token);
const path = (id = ids.record) => ({ params: { path: { id } } });
const flush = () => api.app.get(AuditService).flush();

beforeAll(async () => {
  db = await createTestDatabase();
  api = await startApp(db);
  org = await newOrg(db, 'Clinic M');
  const orgB = await newOrg(db, 'Clinic N');
  u.admin = await newUser(db, org, 'admin');
  u.author = await newUser(db, org, 'provider');
  u.colleague = await newUser(db, org, 'provider');
  u.outsider = await newUser(db, org, 'provider');
  u.patient = await newUser(db, org, 'patient');
  u.otherPatient = await newUser(db, org, 'patient');
  u.research = await newUser(db, org, 'research_partner');
  u.otherAdmin = await newUser(db, orgB, 'admin');
  u.otherProvider = await newUser(db, orgB, 'provider');
  ids.author = (await newProvider(db, u.author, { displayName: 'Dr Author' })).id;
  ids.colleague = (await newProvider(db, u.colleague, { displayName: 'Dr Colleague' })).id;
  ids.outsider = (await newProvider(db, u.outsider, { displayName: 'Dr Outside' })).id;
  await newProvider(db, u.otherProvider);
  ids.patient = (await newPatient(db, org, { userId: u.patient.id })).id;
  await newPatient(db, org, { userId: u.otherPatient.id });
  for (const providerId of [ids.author, ids.colleague])
    await newCareTeamMember(db, org, { patientId: ids.patient, providerId });
  ids.record = (
    await newMedicalRecord(db, org, {
      patientId: ids.patient,
      providerId: ids.author,
      title: 'Intake',
      content: 'No known allergies',
    })
  ).id;
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});

async function stored(id = ids.record): Promise<Record<string, unknown>> {
  const { rows } = await db.owner.query(
    `SELECT title, content, provider_id, version, amendment_reason FROM medical_records WHERE id = $1`,
    [id],
  );
  return rows[0];
}

async function versionCount(id = ids.record): Promise<number> {
  const { rows } = await db.owner.query(
    `SELECT count(*)::int AS n FROM medical_record_versions WHERE record_id = $1`,
    [id],
  );
  return rows[0].n;
}

/** The SQLSTATE a statement fails with as `user` (undefined when it succeeds). */
async function failsAs(user: TestUser | 'service', text: string, params: unknown[] = []) {
  try {
    const run = (m: { query(t: string, p: unknown[]): Promise<unknown> }) => m.query(text, params);
    if (user === 'service') await db.tx.asService('test.amendments', run);
    else await db.tx.run(user.claims, run);
    return undefined;
  } catch (err) {
    return sqlState(err);
  }
}

async function ownerFails(text: string, params: unknown[] = []) {
  try {
    await db.owner.query(text, params);
    return undefined;
  } catch (err) {
    return sqlState(err);
  }
}

describe('a record is not rewritten in place', () => {
  it('a treating provider cannot rewrite the content of a record another provider authored', async () => {
    // The colleague treats the patient and reads the record.
    expectOk(await as(u.colleague).GET('/api/medical-records/{id}', path()), 200);
    const res = await as(u.colleague).PATCH('/api/medical-records/{id}', {
      ...path(),
      body: { content: 'Allergic to penicillin' },
    });
    const problem = expectError(res, 422);
    expect(problem.detail).toContain(`POST /api/medical-records/${ids.record}/amendments`);
    expect(await stored()).toMatchObject({
      content: 'No known allergies',
      provider_id: ids.author,
      version: 1,
    });

    // Nor through SQL as the colleague, with a reason or without: the author alone writes the record (the
    // update policy shows the colleague no row to change).
    for (const reason of ['', 'Colleague knows better']) {
      const affected = await db.tx.run(u.colleague.claims, async (m) => {
        await m.query(`SELECT set_config('carebase.amendment_reason', $1, true)`, [reason]);
        const [, count] = await m.query(
          `UPDATE medical_records SET content = 'Allergic to penicillin' WHERE id = $1`,
          [ids.record],
        );
        return count;
      });
      expect(affected).toBe(0);
    }
    expect(await stored()).toMatchObject({
      content: 'No known allergies',
      provider_id: ids.author,
      version: 1,
    });
    expect(await versionCount()).toBe(0);
  });

  it('PATCH of clinical content answers 422 naming the amendment route, for the author too; the booking still changes', async () => {
    for (const body of [
      { content: 'x' },
      { title: 'x' },
      { recordType: 'diagnosis' as const },
      { recordedAt: new Date().toISOString() },
    ]) {
      const problem = expectError(
        await as(u.author).PATCH('/api/medical-records/{id}', { ...path(), body }),
        422,
      );
      expect(problem.detail).toContain(`POST /api/medical-records/${ids.record}/amendments`);
    }
    expect(await stored()).toMatchObject({ content: 'No known allergies', title: 'Intake', version: 1 });

    const chamberId = (await newChamber(db, org)).id;
    const booking = await newBooking(db, org, { patientId: ids.patient, chamberId, providerId: ids.author });
    const linked = expectOk(
      await as(u.author).PATCH('/api/medical-records/{id}', { ...path(), body: { bookingId: booking.id } }),
      200,
    );
    expect(linked).toMatchObject({ bookingId: booking.id, version: 1, content: 'No known allergies' });
    expect(await versionCount()).toBe(0);
  });

  it('the database refuses a content change without a reason, or by anyone but the author, whatever the role', async () => {
    const update = `UPDATE medical_records SET content = 'Rewritten' WHERE id = $1`;
    // The author without a reason: the message names the route.
    const noReason = db.tx.run(u.author.claims, (m) => m.query(update, [ids.record]));
    await expect(noReason).rejects.toThrow(`POST /api/medical-records/${ids.record}/amendments`);
    expect(sqlState(await noReason.catch((e) => e))).toBe('CB422');
    // The service role, the owner, an admin: not the author.
    expect(await failsAs('service', update, [ids.record])).toBe('42501');
    expect(await ownerFails(update, [ids.record])).toBe('42501');
    expect(await failsAs(u.admin, update, [ids.record])).toBe('42501');
    // Nor is the author or the patient of a record changed.
    expect(
      await ownerFails(`UPDATE medical_records SET provider_id = $2 WHERE id = $1`, [
        ids.record,
        ids.colleague,
      ]),
    ).toBe('42501');
    expect(await stored()).toMatchObject({
      content: 'No known allergies',
      provider_id: ids.author,
      version: 1,
    });
    expect(await versionCount()).toBe(0);
  });
});

describe('amendments', () => {
  it('only the author amends: the colleague, an admin and the patient get 403, other members and organizations 404', async () => {
    const body = { content: 'Allergic to penicillin', reason: 'Allergy reported by the patient' };
    const amend = (who: TestUser) =>
      as(who).POST('/api/medical-records/{id}/amendments', { ...path(), body });
    expectError(await amend(u.colleague), 403);
    expectError(await amend(u.admin), 403);
    expectError(await amend(u.patient), 403);
    expectError(await amend(u.outsider), 404);
    expectError(await amend(u.otherProvider), 404);
    expect(await stored()).toMatchObject({ content: 'No known allergies', version: 1 });
    expect(await versionCount()).toBe(0);
  });

  it('the author amends with a reason: a new version naming its reason, the replaced one kept as it was', async () => {
    expectError(
      await as(u.author).POST('/api/medical-records/{id}/amendments', {
        ...path(),
        body: { content: 'x' } as never,
      }),
      400,
    );
    expectError(
      await as(u.author).POST('/api/medical-records/{id}/amendments', {
        ...path(),
        body: { reason: 'Nothing given' },
      }),
      400,
    );
    expectError(
      await as(u.author).POST('/api/medical-records/{id}/amendments', {
        ...path(),
        body: { content: 'No known allergies', reason: 'Same again' },
      }),
      422,
    );

    const first = expectOk(
      await as(u.author).POST('/api/medical-records/{id}/amendments', {
        ...path(),
        body: { content: 'Allergic to penicillin', reason: 'Allergy reported by the patient' },
      }),
      201,
    );
    expect(first).toMatchObject({
      id: ids.record,
      providerId: ids.author,
      title: 'Intake',
      content: 'Allergic to penicillin',
      version: 2,
      amendmentReason: 'Allergy reported by the patient',
    });
    expect(first.amendedAt).not.toBeNull();

    const second = expectOk(
      await as(u.author).POST('/api/medical-records/{id}/amendments', {
        ...path(),
        body: {
          title: 'Intake (corrected)',
          content: 'Allergic to penicillin and latex',
          reason: 'Latex allergy confirmed',
        },
      }),
      201,
    );
    expect(second).toMatchObject({
      version: 3,
      amendmentReason: 'Latex allergy confirmed',
      title: 'Intake (corrected)',
    });

    const versions = expectOk(await as(u.author).GET('/api/medical-records/{id}/versions', path()), 200);
    expect(versions.nextCursor).toBeNull();
    expect(versions.items.map((v) => [v.version, v.title, v.content, v.reason, v.providerId])).toEqual([
      [2, 'Intake', 'Allergic to penicillin', 'Allergy reported by the patient', ids.author],
      [1, 'Intake', 'No known allergies', null, ids.author],
    ]);
    expect(new Date(versions.items[0].writtenAt).getTime()).toBe(new Date(first.amendedAt!).getTime());
    expect(new Date(versions.items[0].supersededAt).getTime()).toBe(new Date(second.amendedAt!).getTime());
    ids.version1 = versions.items[1].id;
    ids.version2 = versions.items[0].id;

    // Paged with the project's cursor.
    const one = expectOk(
      await as(u.author).GET('/api/medical-records/{id}/versions', {
        params: { path: { id: ids.record }, query: { limit: 1 } },
      }),
      200,
    );
    expect(one.items.map((v) => v.version)).toEqual([2]);
    const rest = expectOk(
      await as(u.author).GET('/api/medical-records/{id}/versions', {
        params: { path: { id: ids.record }, query: { limit: 1, cursor: one.nextCursor! } },
      }),
      200,
    );
    expect(rest.items.map((v) => v.version)).toEqual([1]);
    expect(rest.nextCursor).toBeNull();
  });

  it('concurrent amendments by the author each keep the version they replaced', async () => {
    const record = await newMedicalRecord(db, org, {
      patientId: ids.patient,
      providerId: ids.author,
      content: 'v1',
    });
    const results = await Promise.all(
      ['a', 'b', 'c'].map((tag) =>
        as(u.author).POST('/api/medical-records/{id}/amendments', {
          ...path(record.id),
          body: { content: `by ${tag}`, reason: `Amendment ${tag}` },
        }),
      ),
    );
    expect(results.map((r) => r.response.status)).toEqual([201, 201, 201]);
    const { rows } = await db.owner.query(
      `SELECT version, reason FROM medical_record_versions WHERE record_id = $1 ORDER BY version`,
      [record.id],
    );
    expect(rows.map((r) => r.version)).toEqual([1, 2, 3]);
    expect(rows[0].reason).toBeNull();
    expect(await stored(record.id)).toMatchObject({ version: 4 });
  });
});

describe('versions', () => {
  it('are read by exactly those who read the record, and by nobody of another organization', async () => {
    const readers = { author: u.author, colleague: u.colleague, admin: u.admin, patient: u.patient };
    for (const [name, who] of Object.entries(readers)) {
      const page = expectOk(await as(who).GET('/api/medical-records/{id}/versions', path()), 200, name);
      expect(page.items.map((v) => v.id).sort(), name).toEqual([ids.version1, ids.version2].sort());
    }
    for (const who of [u.outsider, u.otherPatient, u.otherAdmin, u.otherProvider])
      expectError(await as(who).GET('/api/medical-records/{id}/versions', path()), 404);
    expectError(await as(u.research).GET('/api/medical-records/{id}/versions', path()), 403);

    // The same in SQL: the versions a caller selects are those of the records they select.
    const seen = async (who: TestUser) =>
      db.tx.run(
        who.claims,
        async (m) =>
          (await m.query(`SELECT id FROM medical_record_versions WHERE record_id = $1`, [ids.record])).length,
      );
    expect(await seen(u.patient)).toBe(2);
    expect(await seen(u.colleague)).toBe(2);
    for (const who of [u.outsider, u.otherPatient, u.research, u.otherAdmin]) expect(await seen(who)).toBe(0);

    // When the colleague leaves the care team, the versions go with the record.
    await db.owner.query(
      `UPDATE care_team_members SET ended_at = now() WHERE provider_id = $1 AND patient_id = $2`,
      [ids.colleague, ids.patient],
    );
    expectError(await as(u.colleague).GET('/api/medical-records/{id}', path()), 404);
    expectError(await as(u.colleague).GET('/api/medical-records/{id}/versions', path()), 404);
    expect(await seen(u.colleague)).toBe(0);
    await newCareTeamMember(db, org, { patientId: ids.patient, providerId: ids.colleague });
  });

  it('are audited as clinical reads, like the record: who read which versions of whose record', async () => {
    const before = await db.owner.query(`SELECT coalesce(max(seq), 0) AS seq FROM audit_logs`);
    const page = expectOk(await as(u.colleague).GET('/api/medical-records/{id}/versions', path()), 200);
    expectError(await as(u.outsider).GET('/api/medical-records/{id}/versions', path()), 404);
    await flush();
    const { rows } = await db.owner.query(
      `SELECT actor_user_id, table_name, row_id, action, outcome, details FROM audit_logs
        WHERE seq > $1 AND table_name IN ('medical_records', 'medical_record_versions') ORDER BY seq`,
      [before.rows[0].seq],
    );
    const reads = rows.filter((r) => r.outcome === 'success');
    expect(
      reads
        .map((r) => [r.actor_user_id, r.table_name, r.action])
        .every(
          ([actor, table, action]) =>
            actor === u.colleague.id && table === 'medical_record_versions' && action === 'SELECT',
        ),
    ).toBe(true);
    expect(reads.map((r) => r.row_id).sort()).toEqual(page.items.map((v) => v.id).sort());
    for (const r of reads) expect(r.details).toMatchObject({ patient_ids: [ids.patient] });
    const denied = rows.filter((r) => r.outcome === 'denied');
    expect(denied).toHaveLength(1);
    expect(denied[0]).toMatchObject({
      actor_user_id: u.outsider.id,
      table_name: 'medical_record_versions',
      row_id: ids.record,
    });
  });

  it('read under an emergency grant are marked as such, like record reads', async () => {
    await newBreakGlassGrant(db, org, { patientId: ids.patient, providerId: ids.outsider });
    const before = await db.owner.query(`SELECT coalesce(max(seq), 0) AS seq FROM audit_logs`);
    expectOk(await as(u.outsider).GET('/api/medical-records/{id}/versions', path()), 200);
    const { rows } = await db.owner.query(
      `SELECT action, details FROM audit_logs WHERE seq > $1 AND table_name = 'medical_record_versions'`,
      [before.rows[0].seq],
    );
    expect(rows).toHaveLength(2);
    for (const r of rows)
      expect(r).toMatchObject({
        action: 'BREAK_GLASS_READ',
        details: { break_glass: true, break_glass_patient_ids: [ids.patient] },
      });
    await db.owner.query(`UPDATE break_glass_grants SET closed_at = now() WHERE provider_id = $1`, [
      ids.outsider,
    ]);
  });

  it('are append-only: no role, the owner included, changes, removes or writes one outside an amendment', async () => {
    const update = `UPDATE medical_record_versions SET content = 'forged' WHERE id = $1`;
    const remove = `DELETE FROM medical_record_versions WHERE id = $1`;
    const insert = `INSERT INTO medical_record_versions (org_id, record_id, version, provider_id, record_type, title, content, recorded_at, reason, written_at)
                    VALUES ($1, $2, 9, $3, 'note', 'Forged', 'forged', now(), 'forged', now())`;
    for (const who of [u.author, u.admin, 'service'] as const) {
      expect(await failsAs(who, update, [ids.version1])).toBe('42501');
      expect(await failsAs(who, remove, [ids.version1])).toBe('42501');
      expect(await failsAs(who, insert, [org.id, ids.record, ids.author])).toBe('42501');
    }
    expect(await ownerFails(update, [ids.version1])).toBe('42501');
    expect(await ownerFails(remove, [ids.version1])).toBe('42501');
    expect(await ownerFails(insert, [org.id, ids.record, ids.author])).toBe('42501');
    const { rows } = await db.owner.query(`SELECT content FROM medical_record_versions WHERE id = $1`, [
      ids.version1,
    ]);
    expect(rows[0].content).toBe('No known allergies');
    expect(await versionCount()).toBe(2);
  });

  it('the factory amends as the author does (the trigger writes the version)', async () => {
    const record = await newMedicalRecord(db, org, {
      patientId: ids.patient,
      providerId: ids.author,
      content: 'Draft',
    });
    const version = await newMedicalRecordVersion(db, u.author, record.id, {
      content: 'Final',
      reason: 'Finished',
    });
    expect(version).toMatchObject({ recordId: record.id, version: 1, content: 'Draft', reason: null });
    expect(await stored(record.id)).toMatchObject({
      content: 'Final',
      version: 2,
      amendment_reason: 'Finished',
    });
  });
});

describe('a record is never deleted', () => {
  it('DELETE answers 409 (retained) to the author and an admin, 404 to those who cannot see it; the record stays', async () => {
    for (const who of [u.author, u.admin]) {
      const problem = expectError(await as(who).DELETE('/api/medical-records/{id}', path()), 409);
      expect(problem.detail).toMatch(/retained/);
    }
    expectError(await as(u.outsider).DELETE('/api/medical-records/{id}', path()), 404);
    expectError(await as(u.otherAdmin).DELETE('/api/medical-records/{id}', path()), 404);
    expectError(await as(u.patient).DELETE('/api/medical-records/{id}', path()), 403);
    expectOk(await as(u.author).GET('/api/medical-records/{id}', path()), 200);
  });

  it('the database refuses it for every role, the owner included', async () => {
    const remove = `DELETE FROM medical_records WHERE id = $1`;
    for (const who of [u.author, u.admin, 'service'] as const)
      expect(await failsAs(who, remove, [ids.record])).toBe('42501');
    expect(await ownerFails(remove, [ids.record])).toBe('42501');
    expect(await stored()).toMatchObject({ version: 3 });
    expect(await versionCount()).toBe(2);
  });
});
