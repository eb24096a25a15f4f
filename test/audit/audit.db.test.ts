// The audit log in the database: triggers on tenant tables, append-only storage, the seed functions, the hash
// chain under concurrency and tampering, archival, and the suspicious-activity report.
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Claims } from '../../src/common/context/claims';
import { AuditService } from '../../src/modules/audit/audit.service';
import { createTestDatabase, type TestDb } from '../support/db';
import { newOrg, newUser, type TestOrg, type TestUser } from '../support/factories';
import { as, asTamperingOwner, backdate, sqlStateOf, verifyChain } from './audit-support';

let db: TestDb;
let org: TestOrg;
let other: TestOrg;
let admin: TestUser;
let patient: TestUser;
let otherAdmin: TestUser;
let audit: AuditService;

const SERVICE: Claims = { role: 'service_role', job: 'audit-test' };

beforeAll(async () => {
  db = await createTestDatabase();
  org = await newOrg(db);
  other = await newOrg(db);
  admin = await newUser(db, org, 'admin');
  patient = await newUser(db, org, 'patient');
  otherAdmin = await newUser(db, other, 'admin');
  audit = new AuditService(db.tx);
});
afterAll(async () => db?.close());

const rowsOf = async (where: string, params: unknown[]) =>
  (await db.owner.query(`SELECT * FROM public.audit_logs WHERE ${where} ORDER BY seq`, params)).rows;

describe('write triggers on tenant tables', () => {
  it('record INSERT, UPDATE and DELETE with column names (never values) and the actor from the claims', async () => {
    const claims: Claims = {
      ...admin.claims,
      request_id: 'req-trigger-1',
      ip: '203.0.113.9',
      user_agent: 'vitest/1',
    };
    const secretName = `name-${randomUUID()}`;
    const keyId = await as(db, claims, async (s) => {
      const k = await s.returning<{ id: string }>(
        `INSERT INTO public.api_keys (name, key_prefix, key_hash, scope, created_by) VALUES ($1, 'cbk_audit000', $2, '{read}', auth.uid()) RETURNING id`,
        [secretName, Buffer.alloc(32, 7)],
      );
      await s.exec(`UPDATE public.api_keys SET name = $2 WHERE id = $1`, [k.id, `${secretName}-renamed`]);
      await s.exec(`DELETE FROM public.api_keys WHERE id = $1`, [k.id]);
      return k.id;
    });
    const rows = await rowsOf(`table_name = 'api_keys' AND row_id = $1`, [keyId]);
    expect(rows.map((r) => r.action)).toEqual(['INSERT', 'UPDATE', 'DELETE']);
    expect(rows[0].changed_columns).toEqual(
      expect.arrayContaining([
        'created_by',
        'id',
        'key_hash',
        'key_prefix',
        'name',
        'org_id',
        'role',
        'scope',
      ]),
    );
    expect(rows[0].changed_columns).not.toContain('expires_at'); // NULL on insert: not set
    expect(rows[1].changed_columns).toEqual(['name']);
    expect(rows[2].changed_columns).toBeNull();
    for (const r of rows) {
      expect(r).toMatchObject({
        org_id: org.id,
        event_type: 'DATA_CHANGE',
        actor_user_id: admin.id,
        actor_role: 'authenticated',
        actor_app_role: 'admin',
        request_id: 'req-trigger-1',
        ip: '203.0.113.9',
        user_agent: 'vitest/1',
        outcome: 'success',
        db_user: db.config.DATABASE_APP_ROLE,
      });
      expect(JSON.stringify(r)).not.toContain(secretName);
    }
  });

  it('a write and its audit rows commit or roll back together', async () => {
    const before = (await rowsOf(`table_name = 'users' AND row_id = $1`, [patient.id])).length;
    await expect(
      as(db, patient.claims, async (s) => {
        await s.exec(`UPDATE public.users SET name = 'Rolled Back' WHERE id = $1`, [patient.id]);
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect((await rowsOf(`table_name = 'users' AND row_id = $1`, [patient.id])).length).toBe(before);
  });

  it('records writes by the owner with claims set by set_config, and by a job', async () => {
    const c = await db.owner.connect();
    try {
      await c.query('BEGIN');
      await c.query(`SELECT set_config('request.jwt.claims', $1, true)`, [
        JSON.stringify({ role: 'service_role', job: 'owner-script', org_id: org.id }),
      ]);
      await c.query(`UPDATE public.organizations SET name = 'Renamed by owner' WHERE id = $1`, [org.id]);
      await c.query('COMMIT');
    } finally {
      c.release();
    }
    const [row] = await rowsOf(
      `table_name = 'organizations' AND action = 'UPDATE' AND job = 'owner-script'`,
      [],
    );
    expect(row).toMatchObject({
      org_id: org.id,
      row_id: org.id,
      actor_role: 'service_role',
      db_user: 'postgres',
    });
    expect(row.changed_columns).toEqual(['name', 'updated_at']);
  });
});

describe('append-only', () => {
  const attempts = (table: string, id: string) => [
    `UPDATE public.${table} SET action = 'FORGED' WHERE id = '${id}'`,
    `DELETE FROM public.${table} WHERE id = '${id}'`,
    `TRUNCATE public.${table}`,
    `INSERT INTO public.${table} (id, org_id, event_type, db_user, action, hash) VALUES (gen_random_uuid(), '${org.id}', 'FORGED', 'x', 'INSERT', '\\x00')`,
  ];

  it('no request role, service_role included, may insert, update, delete or truncate audit rows', async () => {
    const { rows } = await db.owner.query(`SELECT id FROM public.audit_logs WHERE org_id = $1 LIMIT 1`, [
      org.id,
    ]);
    const id = rows[0].id as string;
    for (const table of ['audit_logs', 'audit_logs_archive']) {
      for (const claims of [SERVICE, admin.claims, { role: 'anon' } as Claims]) {
        for (const stmt of attempts(table, id)) {
          expect(await sqlStateOf(as(db, claims, (s) => s.exec(stmt))), `${claims.role}: ${stmt}`).toBe(
            '42501',
          );
        }
      }
    }
    expect(
      (await db.owner.query(`SELECT action FROM public.audit_logs WHERE id = $1`, [id])).rows[0].action,
    ).not.toBe('FORGED');
  });

  it('the owner is refused too unless it switches the triggers off', async () => {
    const { rows } = await db.owner.query(`SELECT id FROM public.audit_logs WHERE org_id = $1 LIMIT 1`, [
      org.id,
    ]);
    for (const stmt of attempts('audit_logs', rows[0].id).slice(0, 3)) {
      expect(await sqlStateOf(db.owner.query(stmt)), stmt).toBe('42501');
    }
  });
});

describe('log_audit_event (seed V)', () => {
  it('works as the seed calls it, from a SQL prompt', async () => {
    const { rows } = await db.owner.query(
      `SELECT log_audit_event('MANUAL_TEST', 'SELECT', 'test_table', SESSION_USER, 'a0000000-0000-0000-0000-000000000001', 'SELECT 1', NULL, NULL) AS id`,
    );
    const [row] = await rowsOf(`id = $1`, [rows[0].id]);
    expect(row).toMatchObject({
      event_type: 'MANUAL_TEST',
      action: 'SELECT',
      table_name: 'test_table',
      org_id: 'a0000000-0000-0000-0000-000000000001',
      query: 'SELECT 1',
      db_user: 'postgres',
      details: null,
    });
    const count = await db.owner.query(
      `SELECT count(*)::int AS n FROM audit_logs WHERE event_type = 'MANUAL_TEST'`,
    );
    expect(count.rows[0].n).toBe(1);
  });

  it('takes the actor from the claims; a different actor argument is kept only as claimed_actor', async () => {
    const id = await as(
      db,
      patient.claims,
      async (s) =>
        (
          await s.returning<{ id: string }>(
            `SELECT log_audit_event('EXPORT', 'select', 'measurements', 'someone-else', NULL, NULL, 'row-1', '{"outcome":"denied"}') AS id`,
          )
        ).id,
    );
    const [row] = await rowsOf(`id = $1`, [id]);
    expect(row).toMatchObject({
      org_id: org.id,
      actor_user_id: patient.id,
      action: 'SELECT',
      row_id: 'row-1',
      outcome: 'denied',
      details: { outcome: 'denied', claimed_actor: 'someone-else' },
    });
  });

  it('refuses another organization to a signed-in caller, and anon altogether', async () => {
    const call = `SELECT log_audit_event('X', 'SELECT', 't', NULL, $1, NULL, NULL, NULL)`;
    expect(await sqlStateOf(as(db, admin.claims, (s) => s.one(call, [other.id])))).toBe('CB403');
    expect(await sqlStateOf(as(db, { role: 'anon' }, (s) => s.one(call, [org.id])))).toBe('42501');
    expect(
      await sqlStateOf(
        as(db, admin.claims, (s) =>
          s.one(`SELECT log_audit_event('bad type!', 'SELECT', 't', NULL, NULL, NULL)`),
        ),
      ),
    ).toBe('CB400');
    expect(await sqlStateOf(as(db, SERVICE, (s) => s.one(call, [other.id])))).toBeUndefined();
  });
});

describe('AuditService.recordAccess (reads of clinical data)', () => {
  it('writes one SELECT row per row read, in the request transaction', async () => {
    const ids = [randomUUID(), randomUUID()];
    const n = await db.tx.run({ ...admin.claims, request_id: 'req-read-1' }, () =>
      audit.recordAccess({
        table: 'fake_clinical_records',
        rowIds: ids,
        outcome: 'success',
        details: { via: 'test' },
      }),
    );
    expect(n).toBe(2);
    const rows = await rowsOf(`table_name = 'fake_clinical_records' AND request_id = 'req-read-1'`, []);
    expect(rows.map((r) => r.row_id).sort()).toEqual([...ids].sort());
    for (const r of rows)
      expect(r).toMatchObject({
        action: 'SELECT',
        event_type: 'DATA_ACCESS',
        outcome: 'success',
        actor_user_id: admin.id,
        org_id: org.id,
        details: { via: 'test' },
      });
  });

  it('an in-transaction denied record is lost with the rollback; recordDenied survives it', async () => {
    const lost = randomUUID();
    const kept = randomUUID();
    await expect(
      db.tx.run({ ...patient.claims, request_id: 'req-denied-1', ip: '198.51.100.7' }, async () => {
        await audit.recordAccess({ table: 'fake_clinical_records', rowIds: [lost], outcome: 'denied' });
        audit.recordDenied({ table: 'fake_clinical_records', rowIds: [kept] });
        throw new Error('404: not visible');
      }),
    ).rejects.toThrow('404');
    await audit.flush();
    expect(await rowsOf(`row_id = $1`, [lost])).toEqual([]);
    const [row] = await rowsOf(`row_id = $1`, [kept]);
    expect(row).toMatchObject({
      org_id: org.id,
      action: 'SELECT',
      outcome: 'denied',
      actor_user_id: patient.id,
      actor_app_role: 'patient',
      actor_role: 'service_role',
      job: 'audit.after-rollback',
      request_id: 'req-denied-1',
      ip: '198.51.100.7',
      details: { after_rollback: true, request_role: 'authenticated' },
    });
  });

  it('a signed-in caller cannot record into another organization', async () => {
    const state = await sqlStateOf(
      db.tx.run(admin.claims, () =>
        audit.recordAccess({ table: 't', rowIds: ['x'], outcome: 'success', orgId: other.id }),
      ),
    );
    expect(state).toBe('CB403');
  });
});

describe('the hash chain', () => {
  it('verifies, and names the altered row after tampering', async () => {
    const fresh = await newOrg(db);
    await newUser(db, fresh, 'admin');
    expect(await verifyChain(db, fresh.id)).toMatchObject({ broken_seq: null, reason: null });
    const { rows } = await db.owner.query(`SELECT id, seq FROM audit_logs WHERE org_id = $1 ORDER BY seq`, [
      fresh.id,
    ]);
    expect(rows.length).toBeGreaterThanOrEqual(4);
    const victim = rows[2];
    await asTamperingOwner(db, (c) =>
      c.query(`UPDATE public.audit_logs SET action = 'X' WHERE id = $1`, [victim.id]),
    );
    expect(await verifyChain(db, fresh.id)).toMatchObject({
      broken_seq: victim.seq,
      broken_id: victim.id,
      reason: 'hash_mismatch',
    });
  });

  it('names the row after a removed one', async () => {
    const fresh = await newOrg(db);
    await newUser(db, fresh, 'patient');
    const { rows } = await db.owner.query(`SELECT id, seq FROM audit_logs WHERE org_id = $1 ORDER BY seq`, [
      fresh.id,
    ]);
    await asTamperingOwner(db, (c) => c.query(`DELETE FROM public.audit_logs WHERE id = $1`, [rows[1].id]));
    expect(await verifyChain(db, fresh.id)).toMatchObject({
      broken_seq: rows[2].seq,
      broken_id: rows[2].id,
      reason: 'prev_hash_mismatch',
    });
  });

  it('stays linear under concurrent writers of one organization (seq order is chain order)', async () => {
    const fresh = await newOrg(db);
    const users = await Promise.all([0, 1, 2, 3].map(() => newUser(db, fresh, 'patient')));
    await Promise.all(
      users.map(async (u) => {
        for (let i = 0; i < 15; i++)
          await as(db, u.claims, (s) =>
            s.exec(`UPDATE public.users SET name = $2 WHERE id = $1`, [u.id, `n${i}`]),
          );
      }),
    );
    const report = await verifyChain(db, fresh.id);
    expect(report).toMatchObject({ broken_seq: null });
    const n = await db.owner.query(`SELECT count(*)::int AS n FROM audit_logs WHERE org_id = $1`, [fresh.id]);
    expect(Number(report.checked)).toBe(n.rows[0].n);
    expect(n.rows[0].n).toBeGreaterThanOrEqual(60);
  });

  it("two transactions of one organization writing each other's rows wait instead of deadlocking", async () => {
    const fresh = await newOrg(db);
    const [u1, u2] = [await newUser(db, fresh, 'patient'), await newUser(db, fresh, 'patient')];
    const a = new Client({ connectionString: db.ownerUrl });
    const b = new Client({ connectionString: db.ownerUrl });
    await Promise.all([a.connect(), b.connect()]);
    try {
      const claims = JSON.stringify({ role: 'service_role', org_id: fresh.id });
      for (const c of [a, b]) {
        await c.query('BEGIN');
        await c.query(
          `SELECT set_config('request.jwt.claims', $1, true), set_config('deadlock_timeout', '100ms', true)`,
          [claims],
        );
      }
      await a.query(`UPDATE public.users SET name = 'a1' WHERE id = $1`, [u1.id]);
      // b waits for a's audit lock before it locks u2's row ...
      const bWrite = b.query(`UPDATE public.users SET name = 'b2' WHERE id = $1`, [u2.id]);
      await new Promise((r) => setTimeout(r, 300));
      // ... so a can still take u2's row, and finish.
      await a.query(`UPDATE public.users SET name = 'a2' WHERE id = $1`, [u2.id]);
      await a.query('COMMIT');
      await bWrite;
      await b.query('COMMIT');
    } finally {
      await Promise.all([a.end(), b.end()]);
    }
    expect((await db.owner.query(`SELECT name FROM users WHERE id = $1`, [u2.id])).rows[0].name).toBe('b2');
    expect(await verifyChain(db, fresh.id)).toMatchObject({ broken_seq: null });
  });

  it('a REPEATABLE READ writer that missed a newer link fails instead of forking the chain', async () => {
    const fresh = await newOrg(db);
    const u = await newUser(db, fresh, 'patient');
    const rr = new Client({ connectionString: db.ownerUrl });
    await rr.connect();
    try {
      await rr.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
      await rr.query(`SELECT count(*) FROM public.audit_logs`); // takes the snapshot
      await as(db, u.claims, (s) => s.exec(`UPDATE public.users SET name = 'first' WHERE id = $1`, [u.id]));
      const state = await sqlStateOf(
        rr.query(`SELECT log_audit_event('LATE', 'SELECT', 't', NULL, $1, NULL, NULL, NULL)`, [fresh.id]),
      );
      expect(['23505', '40001']).toContain(state);
      await rr.query('ROLLBACK');
    } finally {
      await rr.end();
    }
    expect(await verifyChain(db, fresh.id)).toMatchObject({ broken_seq: null });
  });
});

describe('archive_old_audit_logs (seed V)', () => {
  it('moves exactly the rows older than N days; the chain verifies across archive and live', async () => {
    const fresh = await newOrg(db);
    const u = await newUser(db, fresh, 'admin');
    for (let i = 0; i < 4; i++)
      await as(db, u.claims, (s) =>
        s.exec(`UPDATE public.users SET name = $2 WHERE id = $1`, [u.id, `v${i}`]),
      );
    const total = (
      await db.owner.query(`SELECT count(*)::int AS n FROM audit_logs WHERE org_id = $1`, [fresh.id])
    ).rows[0].n;
    const old = await backdate(db, fresh.id, 5, 100); // 100 days old
    const older = await backdate(db, fresh.id, 2, 30); // the first two: 130 days old
    expect(await verifyChain(db, fresh.id)).toMatchObject({ broken_seq: null });

    const moved = await as(
      db,
      SERVICE,
      async (s) => (await s.returning<{ n: number }>(`SELECT archive_old_audit_logs(120) AS n`)).n,
    );
    expect(moved).toBe(2);
    const archived = await db.owner.query(
      `SELECT id FROM audit_logs_archive WHERE org_id = $1 ORDER BY seq`,
      [fresh.id],
    );
    expect(archived.rows.map((r) => r.id)).toEqual(older);
    expect(await verifyChain(db, fresh.id)).toMatchObject({ broken_seq: null, checked: String(total) });

    expect(await audit.archive(90)).toBe(3);
    const archived2 = await db.owner.query(
      `SELECT id FROM audit_logs_archive WHERE org_id = $1 ORDER BY seq`,
      [fresh.id],
    );
    expect(archived2.rows.map((r) => r.id)).toEqual(old);
    const live = await db.owner.query(`SELECT count(*)::int AS n FROM audit_logs WHERE org_id = $1`, [
      fresh.id,
    ]);
    expect(live.rows[0].n).toBe(total - 5);
    expect(await verifyChain(db, fresh.id)).toMatchObject({ broken_seq: null, checked: String(total) });
  });

  it('continues the chain from the archive when every live row has moved', async () => {
    const fresh = await newOrg(db);
    const u = await newUser(db, fresh, 'patient');
    const n = (
      await db.owner.query(`SELECT count(*)::int AS n FROM audit_logs WHERE org_id = $1`, [fresh.id])
    ).rows[0].n;
    await backdate(db, fresh.id, n, 200);
    expect(await audit.archive(150)).toBe(n);
    await as(db, u.claims, (s) =>
      s.exec(`UPDATE public.users SET name = 'after archive' WHERE id = $1`, [u.id]),
    );
    expect(await verifyChain(db, fresh.id)).toMatchObject({ broken_seq: null, checked: String(n + 1) });
  });

  it("is the service role's (and the owner's) only", async () => {
    expect(await sqlStateOf(as(db, admin.claims, (s) => s.one(`SELECT archive_old_audit_logs(90)`)))).toBe(
      '42501',
    );
    expect(await sqlStateOf(as(db, SERVICE, (s) => s.one(`SELECT archive_old_audit_logs(0)`)))).toBe('CB400');
    expect(typeof (await db.owner.query(`SELECT archive_old_audit_logs(90) AS n`)).rows[0].n).toBe('number');
  });
});

describe('get_org_audit_logs and detect_suspicious_activity (seed V)', () => {
  it('get_org_audit_logs: admin of that org (or service) only, filtered, newest first, archived rows included', async () => {
    const fresh = await newOrg(db);
    const a = await newUser(db, fresh, 'admin');
    const p = await newUser(db, fresh, 'patient');
    await backdate(db, fresh.id, 1, 400);
    await audit.archive(365);
    await as(db, p.claims, (s) => s.exec(`UPDATE public.users SET name = 'p' WHERE id = $1`, [p.id]));
    const all = await as(db, a.claims, (s) =>
      s.rows<{ seq: string; table_name: string; action: string; actor_user_id: string | null }>(
        `SELECT seq, table_name, action, actor_user_id FROM get_org_audit_logs($1)`,
        [fresh.id],
      ),
    );
    const count = (
      await db.owner.query(
        `SELECT (SELECT count(*) FROM audit_logs WHERE org_id = $1) + (SELECT count(*) FROM audit_logs_archive WHERE org_id = $1) AS n`,
        [fresh.id],
      )
    ).rows[0].n;
    expect(all.length).toBe(Number(count));
    const seqs = all.map((r) => BigInt(r.seq));
    expect([...seqs].sort((x, y) => (x > y ? -1 : 1))).toEqual(seqs);
    const filtered = await as(db, a.claims, (s) =>
      s.rows(
        `SELECT * FROM get_org_audit_logs($1, p_table => 'users', p_action => 'update', p_actor => $2)`,
        [fresh.id, p.id],
      ),
    );
    expect(filtered).toHaveLength(1);
    const page = await as(db, a.claims, (s) =>
      s.rows(`SELECT seq FROM get_org_audit_logs($1, p_limit => 2, p_before_seq => $2)`, [
        fresh.id,
        all[0].seq,
      ]),
    );
    expect(page.map((r) => r.seq)).toEqual([all[1].seq, all[2].seq]);

    expect(
      await sqlStateOf(as(db, p.claims, (s) => s.rows(`SELECT * FROM get_org_audit_logs($1)`, [fresh.id]))),
    ).toBe('CB403');
    expect(
      await sqlStateOf(
        as(db, otherAdmin.claims, (s) => s.rows(`SELECT * FROM get_org_audit_logs($1)`, [fresh.id])),
      ),
    ).toBe('CB403');
    expect(
      (await as(db, SERVICE, (s) => s.rows(`SELECT id FROM get_org_audit_logs($1)`, [fresh.id]))).length,
    ).toBe(all.length);
  });

  it('detect_suspicious_activity finds a burst of denied reads and a mass read, at the threshold', async () => {
    const fresh = await newOrg(db);
    const a = await newUser(db, fresh, 'admin');
    const p = await newUser(db, fresh, 'provider');
    await db.tx.run(p.claims, async () => {
      for (let i = 0; i < 6; i++)
        await audit.recordAccess({
          table: 'fake_clinical_records',
          rowIds: [randomUUID()],
          outcome: 'denied',
        });
      await audit.recordAccess({
        table: 'fake_clinical_records',
        rowIds: Array.from({ length: 8 }, () => randomUUID()),
        outcome: 'success',
      });
    });
    const at = (threshold: number) =>
      as(db, a.claims, (s) =>
        s.rows(`SELECT kind, actor, count::int AS count FROM detect_suspicious_activity($1, $2)`, [
          fresh.id,
          threshold,
        ]),
      );
    expect(await at(6)).toEqual([
      { kind: 'mass_read', actor: `user:${p.id}`, count: 8 },
      { kind: 'denied_burst', actor: `user:${p.id}`, count: 6 },
    ]);
    expect(await at(7)).toEqual([{ kind: 'mass_read', actor: `user:${p.id}`, count: 8 }]);
    expect(await at(9)).toEqual([]);
    const [w] = await as(db, a.claims, (s) =>
      s.rows<{ f: Date; t: Date }>(
        `SELECT lower("window") AS f, upper("window") AS t FROM detect_suspicious_activity($1, 6)`,
        [fresh.id],
      ),
    );
    expect(new Date(w.t).getTime() - new Date(w.f).getTime()).toBe(3_600_000);
    expect(
      await sqlStateOf(
        as(db, p.claims, (s) => s.rows(`SELECT * FROM detect_suspicious_activity($1, 1)`, [fresh.id])),
      ),
    ).toBe('CB403');
    expect(
      await sqlStateOf(
        as(db, otherAdmin.claims, (s) =>
          s.rows(`SELECT * FROM detect_suspicious_activity($1, 1)`, [fresh.id]),
        ),
      ),
    ).toBe('CB403');
  });
});

describe('pgaudit', () => {
  it('the boot check agrees with the server catalog', async () => {
    const { rows } = await db.owner.query(
      `SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pgaudit') AS installed,
              EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pgaudit') AS available`,
    );
    const expected = rows[0].installed
      ? 'enabled'
      : rows[0].available
        ? 'available-not-enabled'
        : 'unavailable';
    expect(await audit.pgauditStatus()).toBe(expected);
  });
});
