// The system configuration API (system_config): operated by the platform organization's admins and ops only,
// keys in the table's format, platform.* keys read-only, every change audited.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, expectError, expectOk } from '../support/api-client';
import { startApp, type TestApp } from '../support/app';
import { createTestDatabase, testConfig, type TestDb } from '../support/db';
import { newOrg, newUser, type TestUser } from '../support/factories';

let db: TestDb;
let api: TestApp;
let platformOrgId: string;
let ops: TestUser;
let admin: TestUser;
let otherAdmin: TestUser;
let patient: TestUser;
let graceId: string;

beforeAll(async () => {
  platformOrgId = randomUUID();
  db = await createTestDatabase(testConfig({ PLATFORM_ORG_ID: platformOrgId }));
  api = await startApp(db);
  const org = await newOrg(db, 'Platform', platformOrgId);
  ops = await newUser(db, org, 'ops');
  admin = await newUser(db, org, 'admin');
  patient = await newUser(db, org, 'patient');
  otherAdmin = await newUser(db, await newOrg(db), 'admin');
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});

const as = (user: TestUser) => apiClient(api, user.token);
const key = (k: string) => ({ params: { path: { key: k } } });

async function stored(k: string): Promise<{ config_value: unknown; description: string | null }[]> {
  const { rows } = await db.owner.query(
    `SELECT config_value, description FROM public.system_config WHERE config_key = $1`,
    [k],
  );
  return rows;
}

async function idOf(k: string): Promise<string> {
  const { rows } = await db.owner.query(`SELECT id FROM public.system_config WHERE config_key = $1`, [k]);
  return rows[0].id;
}

async function auditRows(
  rowId: string,
): Promise<
  { action: string; changed_columns: string[] | null; actor_user_id: string | null; org_id: string | null }[]
> {
  const { rows } = await db.owner.query(
    `SELECT action, changed_columns, actor_user_id, org_id FROM public.audit_logs
     WHERE table_name = 'system_config' AND row_id = $1 ORDER BY seq`,
    [rowId],
  );
  return rows;
}

describe('who may read and write the system configuration', () => {
  it('admins and ops of the platform organization', async () => {
    expectOk(
      await as(admin).PUT('/api/instance/system-config/{key}', {
        ...key('mail.from_name'),
        body: { value: 'Care' },
      }),
      200,
    );
    expectOk(await as(ops).GET('/api/instance/system-config/{key}', key('mail.from_name')), 200);
    expectOk(await as(ops).GET('/api/instance/system-config', { params: { query: {} } }), 200);
  });

  it('an admin of another organization gets the same refusal as for settings, and changes nothing', async () => {
    const settings = expectError(await as(otherAdmin).GET('/api/instance/settings'), 403);
    const refusals = [
      await as(otherAdmin).GET('/api/instance/system-config', { params: { query: {} } }),
      await as(otherAdmin).GET('/api/instance/system-config/{key}', key('mail.from_name')),
      await as(otherAdmin).PUT('/api/instance/system-config/{key}', {
        ...key('mail.from_name'),
        body: { value: 'Evil' },
      }),
      await as(otherAdmin).PUT('/api/instance/system-config/{key}', {
        ...key('evil.new'),
        body: { value: 1 },
      }),
      await as(otherAdmin).DELETE('/api/instance/system-config/{key}', key('mail.from_name')),
    ];
    for (const res of refusals) {
      const p = expectError(res, 403);
      expect({ code: p.code, detail: p.detail, status: p.status }).toEqual({
        code: settings.code,
        detail: settings.detail,
        status: settings.status,
      });
    }
    expect(await stored('mail.from_name')).toEqual([{ config_value: 'Care', description: null }]);
    expect(await stored('evil.new')).toEqual([]);
  });

  it('nor another role of the platform organization, nor anyone signed out', async () => {
    expectError(await as(patient).GET('/api/instance/system-config', { params: { query: {} } }), 403);
    expectError(
      await as(patient).PUT('/api/instance/system-config/{key}', { ...key('mail.x'), body: { value: 1 } }),
      403,
    );
    expectError(await apiClient(api).GET('/api/instance/system-config/{key}', key('mail.from_name')), 401);
  });

  it('RLS agrees: the other admin reads and writes no row through the database', async () => {
    expect(await db.tx.run(otherAdmin.claims, (m) => m.query(`SELECT * FROM public.system_config`))).toEqual(
      [],
    );
    await expect(
      db.tx.run(otherAdmin.claims, (m) =>
        m.query(`INSERT INTO public.system_config (config_key, config_value) VALUES ('evil.rls', '1')`),
      ),
    ).rejects.toThrow(/row-level security/);
    const updated = await db.tx.run(otherAdmin.claims, (m) =>
      m.query(`UPDATE public.system_config SET config_value = '"Evil"' WHERE config_key = 'mail.from_name'`),
    );
    expect(updated[1]).toBe(0);
    const mine = await db.tx.run(ops.claims, (m) =>
      m.query(`SELECT config_key FROM public.system_config ORDER BY config_key`),
    );
    expect(mine).toEqual([{ config_key: 'mail.from_name' }, { config_key: 'platform.org_id' }]);
    expect(await db.tx.run(patient.claims, (m) => m.query(`SELECT * FROM public.system_config`))).toEqual([]);
    expect(await stored('mail.from_name')).toEqual([{ config_value: 'Care', description: null }]);
  });
});

describe('system configuration', () => {
  it('creates a key with value and description, and audits it', async () => {
    const set = expectOk(
      await as(ops).PUT('/api/instance/system-config/{key}', {
        ...key('billing.grace_days'),
        body: { value: { days: 14 }, description: 'Days before an unpaid invoice is chased' },
      }),
      200,
    );
    expect(set).toMatchObject({
      key: 'billing.grace_days',
      value: { days: 14 },
      description: 'Days before an unpaid invoice is chased',
    });
    const got = expectOk(
      await as(admin).GET('/api/instance/system-config/{key}', key('billing.grace_days')),
      200,
    );
    expect(got).toEqual(JSON.parse(JSON.stringify(set)));
    graceId = await idOf('billing.grace_days');
    expect(set.id).toBe(graceId);
    const audit = await auditRows(graceId);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'INSERT', actor_user_id: ops.id, org_id: null });
  });

  it('replaces value and description (an omitted description is cleared), keeping the row', async () => {
    const before = expectOk(
      await as(ops).GET('/api/instance/system-config/{key}', key('billing.grace_days')),
      200,
    );
    const set = expectOk(
      await as(admin).PUT('/api/instance/system-config/{key}', {
        ...key('billing.grace_days'),
        body: { value: 30 },
      }),
      200,
    );
    expect(set).toMatchObject({ id: before.id, value: 30, description: null });
    expect(await stored('billing.grace_days')).toEqual([{ config_value: 30, description: null }]);
    const audit = await auditRows(graceId);
    expect(audit.map((r) => r.action)).toEqual(['INSERT', 'UPDATE']);
    expect(audit[1].actor_user_id).toBe(admin.id);
    expect(audit[1].changed_columns).toEqual(expect.arrayContaining(['config_value', 'description']));
  });

  it('stores JSON null, false and arrays as values', async () => {
    for (const value of [null, false, ['a', 1], '']) {
      const set = expectOk(
        await as(ops).PUT('/api/instance/system-config/{key}', { ...key('test.values'), body: { value } }),
        200,
        JSON.stringify(value),
      );
      expect(set.value).toEqual(value);
      expect(await stored('test.values')).toEqual([{ config_value: value, description: null }]);
    }
  });

  it('refuses a key outside the format with a 400 naming it, on every route, and stores nothing', async () => {
    for (const bad of ['Mail.From', '1mail', 'mail-from', '_mail', 'mail from', 'mail.ü']) {
      const p = expectError(
        await as(ops).PUT('/api/instance/system-config/{key}', { ...key(bad), body: { value: 1 } }),
        400,
        bad,
      );
      expect(p.detail).toContain(`"${bad}"`);
      expect(p.errors?.[0]?.field).toBe('key');
      expect(
        expectError(await as(ops).GET('/api/instance/system-config/{key}', key(bad)), 400).detail,
      ).toContain(bad);
      expect(
        expectError(await as(ops).DELETE('/api/instance/system-config/{key}', key(bad)), 400).detail,
      ).toContain(bad);
      expect(await stored(bad)).toEqual([]);
    }
  });

  it('refuses a key longer than 100 characters (the route refuses the path first)', async () => {
    const long = `a${'b'.repeat(100)}`;
    expectError(
      await as(ops).PUT('/api/instance/system-config/{key}', { ...key(long), body: { value: 1 } }),
      400,
    );
    expect(await stored(long)).toEqual([]);
  });

  it('refuses a missing value and a description over 1000 characters', async () => {
    expectError(
      await as(ops).PUT('/api/instance/system-config/{key}', { ...key('test.novalue'), body: {} as never }),
      400,
    );
    const p = expectError(
      await as(ops).PUT('/api/instance/system-config/{key}', {
        ...key('test.long'),
        body: { value: 1, description: 'x'.repeat(1001) },
      }),
      400,
    );
    expect(JSON.stringify(p)).toContain('description');
    expect(await stored('test.novalue')).toEqual([]);
    expect(await stored('test.long')).toEqual([]);
  });

  it('answers 404 for an unknown key', async () => {
    expectError(await as(ops).GET('/api/instance/system-config/{key}', key('no.such_key')), 404);
    expectError(await as(ops).DELETE('/api/instance/system-config/{key}', key('no.such_key')), 404);
  });

  it("shows platform.org_id but leaves it to the app's configuration", async () => {
    const platform = expectOk(
      await as(ops).GET('/api/instance/system-config/{key}', key('platform.org_id')),
      200,
    );
    expect(platform.value).toBe(platformOrgId);
    const p = expectError(
      await as(ops).PUT('/api/instance/system-config/{key}', {
        ...key('platform.org_id'),
        body: { value: randomUUID() },
      }),
      403,
    );
    expect(p.detail).toContain('platform.org_id');
    expectError(await as(admin).DELETE('/api/instance/system-config/{key}', key('platform.org_id')), 403);
    expectError(
      await as(ops).PUT('/api/instance/system-config/{key}', {
        ...key('platform.other'),
        body: { value: 1 },
      }),
      403,
    );
    expect(await stored('platform.org_id')).toEqual([
      expect.objectContaining({ config_value: platformOrgId }),
    ]);
    expect(await stored('platform.other')).toEqual([]);
  });

  it('lists every key a page at a time, newest first', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let i = 0; i < 10; i++) {
      const page = expectOk(
        await as(ops).GET('/api/instance/system-config', { params: { query: { limit: 2, cursor } } }),
        200,
      );
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((c) => c.key));
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    const { rows } = await db.owner.query(
      `SELECT config_key FROM public.system_config ORDER BY created_at DESC, id DESC`,
    );
    expect(seen).toEqual(rows.map((r: { config_key: string }) => r.config_key));
    expect(seen).toEqual(expect.arrayContaining(['platform.org_id', 'mail.from_name', 'billing.grace_days']));
  });

  it('deletes a key, audited; then it is gone', async () => {
    expectOk(await as(ops).DELETE('/api/instance/system-config/{key}', key('billing.grace_days')), 204);
    expect(await stored('billing.grace_days')).toEqual([]);
    const audit = await auditRows(graceId);
    expect(audit.at(-1)).toMatchObject({ action: 'DELETE', actor_user_id: ops.id });
    expectError(await as(ops).GET('/api/instance/system-config/{key}', key('billing.grace_days')), 404);
  });
});
