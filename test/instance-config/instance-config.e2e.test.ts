// The instance configuration API: who may use it (admins and ops of the platform organization), settings
// validated per key, module activation, the network key sealed at rest, and every change audited.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SecretBox } from '../../src/common/crypto/secret-box';
import { apiClient, expectError, expectOk, expectStatus } from '../support/api-client';
import { startApp, type TestApp } from '../support/app';
import { createTestDatabase, testConfig, type TestDb } from '../support/db';
import { newOrg, newUser, type TestUser } from '../support/factories';

let db: TestDb;
let api: TestApp;
let ops: TestUser;
let admin: TestUser;
let otherAdmin: TestUser;
let patient: TestUser;

beforeAll(async () => {
  const platformOrgId = randomUUID();
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
const mod = (m: string) => ({ params: { path: { module: m } } });

async function auditRows(
  table: string,
): Promise<{ action: string; changed_columns: string[]; actor_user_id: string }[]> {
  const { rows } = await db.owner.query(
    `SELECT action, changed_columns, actor_user_id FROM public.audit_logs WHERE table_name = $1 ORDER BY seq`,
    [table],
  );
  return rows;
}

describe('who may configure the instance', () => {
  it('admins and ops of the platform organization', async () => {
    expectOk(await as(ops).GET('/api/instance/settings'), 200);
    expectOk(await as(admin).GET('/api/instance/modules'), 200);
  });

  it('not an admin of another organization, nor another role of the platform organization', async () => {
    expectError(await as(otherAdmin).GET('/api/instance/settings'), 403);
    expectError(await as(otherAdmin).POST('/api/instance/modules/{module}/deactivate', mod('payments')), 403);
    expectError(await as(patient).GET('/api/instance/network'), 403);
    expectError(await apiClient(api).GET('/api/instance/monitoring-rules'), 401);
  });

  it('RLS agrees: the other admin reads no row even through the database', async () => {
    await as(ops).PUT('/api/instance/settings/{key}', {
      ...key('instance.name'),
      body: { value: 'Care One' },
    });
    const seen = await db.tx.run(otherAdmin.claims, (m) => m.query(`SELECT * FROM public.instance_settings`));
    expect(seen).toEqual([]);
    const mine = await db.tx.run(ops.claims, (m) =>
      m.query(`SELECT setting_key FROM public.instance_settings`),
    );
    expect(mine).toEqual([{ setting_key: 'instance.name' }]);
  });
});

describe('settings', () => {
  it('lists every declared key with its default until set', async () => {
    const all = expectOk(await as(ops).GET('/api/instance/settings'), 200);
    const banner = all.find((s) => s.key === 'instance.maintenance_banner')!;
    expect(banner).toMatchObject({
      category: 'general',
      isDefault: true,
      value: { enabled: false, message: '' },
    });
  });

  it('stores a value that fits the schema, and audits the change', async () => {
    const set = expectOk(
      await as(admin).PUT('/api/instance/settings/{key}', {
        ...key('instance.maintenance_banner'),
        body: { value: { enabled: true, message: 'Down at 02:00 UTC' } },
      }),
      200,
    );
    expect(set).toMatchObject({ isDefault: false, value: { enabled: true, message: 'Down at 02:00 UTC' } });
    const got = expectOk(
      await as(ops).GET('/api/instance/settings/{key}', key('instance.maintenance_banner')),
      200,
    );
    expect(got.value).toEqual({ enabled: true, message: 'Down at 02:00 UTC' });
    const audit = await auditRows('instance_settings');
    expect(audit.at(-1)).toMatchObject({ action: 'INSERT', actor_user_id: admin.id });
    expect(audit.at(-1)!.changed_columns).toContain('setting_value');
  });

  it('stores JSON null where the schema allows it', async () => {
    const set = expectOk(
      await as(ops).PUT('/api/instance/settings/{key}', {
        ...key('instance.support_email'),
        body: { value: null },
      }),
      200,
    );
    expect(set).toMatchObject({ value: null, isDefault: false });
  });

  it('refuses an unknown key with a 400 naming it, and stores nothing', async () => {
    const p = expectError(
      await as(ops).PUT('/api/instance/settings/{key}', {
        ...key('instance.colour'),
        body: { value: 'red' },
      }),
      400,
    );
    expect(p.detail).toContain('instance.colour');
    const { rows } = await db.owner.query(
      `SELECT 1 FROM instance_settings WHERE setting_key = 'instance.colour'`,
    );
    expect(rows).toEqual([]);
  });

  it('refuses a wrong shape with a 400 naming the key and the field', async () => {
    for (const value of [
      42,
      { enabled: 'yes', message: '' },
      { enabled: true },
      { enabled: true, message: '', x: 1 },
    ]) {
      const p = expectError(
        await as(ops).PUT('/api/instance/settings/{key}', {
          ...key('instance.maintenance_banner'),
          body: { value },
        }),
        400,
        JSON.stringify(value),
      );
      expect(p.detail).toContain('instance.maintenance_banner');
    }
    const p = expectError(
      await as(ops).PUT('/api/instance/settings/{key}', {
        ...key('monitoring.notification_channels'),
        body: { value: ['sms'] },
      }),
      400,
    );
    expect(p.detail).toContain('monitoring.notification_channels');
    const got = expectOk(
      await as(ops).GET('/api/instance/settings/{key}', key('instance.maintenance_banner')),
      200,
    );
    expect(got.value).toEqual({ enabled: true, message: 'Down at 02:00 UTC' });
  });

  it('resets to the default', async () => {
    const reset = expectOk(
      await as(ops).DELETE('/api/instance/settings/{key}', key('instance.maintenance_banner')),
      200,
    );
    expect(reset).toMatchObject({ isDefault: true, value: { enabled: false, message: '' } });
    expect((await auditRows('instance_settings')).at(-1)).toMatchObject({ action: 'DELETE' });
    expectError(await as(ops).GET('/api/instance/settings/{key}', key('nope')), 404);
  });
});

describe('module activations', () => {
  it('lists the switchable modules, on until configured', async () => {
    const all = expectOk(await as(ops).GET('/api/instance/modules'), 200);
    const names = all.map((m) => m.module);
    expect(names).toEqual(expect.arrayContaining(['healthcare', 'payments']));
    expect(all.find((m) => m.module === 'payments')).toMatchObject({ active: true, configured: false });
    expectError(await as(ops).GET('/api/instance/modules/{module}', mod('no-such-module')), 404);
  });

  it('switches payments off: its routes answer 404 naming the module, others still answer', async () => {
    expectOk(await as(admin).GET('/api/crypto-withdrawals', {}), 200);
    const off = expectOk(
      await as(ops).POST('/api/instance/modules/{module}/deactivate', mod('payments')),
      200,
    );
    expect(off).toMatchObject({ module: 'payments', active: false, isActive: false, configured: true });
    const p = expectError(await as(admin).GET('/api/crypto-withdrawals', {}), 404);
    expect(p.detail).toBe('The payments module is not active on this instance.');
    // Unauthenticated callers too: the module is absent, not forbidden.
    expectStatus(await apiClient(api).GET('/api/crypto-withdrawals', {}), 404);
    expectOk(await as(admin).GET('/api/facilities', {}), 200);
    const on = expectOk(
      await as(ops).POST('/api/instance/modules/{module}/activate', { ...mod('payments'), body: {} }),
      200,
    );
    expect(on).toMatchObject({ active: true, isActive: true, expirationDate: null });
    expectOk(await as(admin).GET('/api/crypto-withdrawals', {}), 200);
  });

  it('an expired activation is off; a future one is not yet on', async () => {
    const hour = 3_600_000;
    const expired = expectOk(
      await as(ops).POST('/api/instance/modules/{module}/activate', {
        ...mod('healthcare'),
        body: {
          activationDate: new Date(Date.now() - 2 * hour).toISOString(),
          expirationDate: new Date(Date.now() - hour).toISOString(),
        },
      }),
      200,
    );
    expect(expired).toMatchObject({ isActive: true, active: false });
    expectError(await as(admin).GET('/api/facilities', {}), 404);
    expectOk(
      await as(ops).POST('/api/instance/modules/{module}/activate', {
        ...mod('healthcare'),
        body: { activationDate: new Date(Date.now() + hour).toISOString() },
      }),
      200,
    );
    expectError(await as(admin).GET('/api/facilities', {}), 404);
    expectOk(
      await as(ops).POST('/api/instance/modules/{module}/activate', { ...mod('healthcare'), body: {} }),
      200,
    );
    expectOk(await as(admin).GET('/api/facilities', {}), 200);
  });

  it('refuses an expiration before the activation', async () => {
    const p = expectError(
      await as(ops).POST('/api/instance/modules/{module}/activate', {
        ...mod('payments'),
        body: { activationDate: '2030-01-02T00:00:00Z', expirationDate: '2030-01-01T00:00:00Z' },
      }),
      400,
    );
    expect(p.detail).toContain('expirationDate');
  });

  it('stores the activation key as a SHA-256 hash, readable by no request role', async () => {
    const secret = 'licence-key-0123456789';
    expectOk(
      await as(ops).POST('/api/instance/modules/{module}/activate', {
        ...mod('payments'),
        body: { activationKey: secret },
      }),
      200,
    );
    const { rows } = await db.owner.query(
      `SELECT activation_key FROM instance_module_activations WHERE module_name = 'payments'`,
    );
    expect(rows[0].activation_key).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0].activation_key).not.toContain(secret);
    await expect(
      db.tx.run(ops.claims, (m) => m.query(`SELECT activation_key FROM public.instance_module_activations`)),
    ).rejects.toThrow(/permission denied/);
    const audit = await auditRows('instance_module_activations');
    expect(audit.length).toBeGreaterThanOrEqual(4);
  });
});

describe('network configuration', () => {
  it('seals the network API key and never answers it', async () => {
    const secret = 'net-key-abcdef-123456';
    const res = expectOk(
      await as(ops).PUT('/api/instance/network', {
        body: {
          isConnectedToNetwork: true,
          contributionRules: { share: ['measurements'] },
          networkApiKey: secret,
        },
      }),
      200,
    );
    expect(res).toMatchObject({ isConnectedToNetwork: true, contributionRules: { share: ['measurements'] } });
    expect(JSON.stringify(res)).not.toContain(secret);
    expect(JSON.stringify(expectOk(await as(ops).GET('/api/instance/network'), 200))).not.toContain(secret);
    const { rows } = await db.owner.query(`SELECT network_api_key FROM instance_network_config`);
    expect(rows).toHaveLength(1);
    expect(rows[0].network_api_key).toMatch(/^v1\./);
    expect(
      new SecretBox(db.config.DATA_ENCRYPTION_KEY).open(
        rows[0].network_api_key,
        'instance_network_config.network_api_key',
      ),
    ).toBe(secret);
    // A second write changes the one row.
    expectOk(await as(ops).PUT('/api/instance/network', { body: { dataContributionEnabled: true } }), 200);
    const { rows: after } = await db.owner.query(
      `SELECT data_contribution_enabled, network_api_key FROM instance_network_config`,
    );
    expect(after).toEqual([{ data_contribution_enabled: true, network_api_key: rows[0].network_api_key }]);
    expect((await auditRows('instance_network_config')).map((r) => r.action)).toEqual(['INSERT', 'UPDATE']);
  });
});

describe('the OpenAPI document', () => {
  it('marks every operation of a gated module with x-carebase-module, and no other', async () => {
    const doc = (await (await fetch(`${api.url}/openapi.json`)).json()) as {
      paths: Record<string, Record<string, { 'x-carebase-module'?: string }>>;
    };
    const ops = (prefix: string) =>
      Object.entries(doc.paths)
        .filter(([p]) => p.startsWith(prefix))
        .flatMap(([, methods]) => Object.values(methods));
    for (const [prefix, module] of [
      ['/api/crypto-withdrawals', 'payments'],
      ['/api/wallets', 'payments'],
      ['/api/facilities', 'healthcare'],
      ['/api/care-team', 'healthcare'],
    ]) {
      expect(ops(prefix).length, prefix).toBeGreaterThan(0);
      for (const op of ops(prefix)) expect(op['x-carebase-module'], prefix).toBe(module);
    }
    for (const op of [...ops('/api/instance'), ...ops('/api/jobs'), ...ops('/api/auth')])
      expect(op['x-carebase-module']).toBeUndefined();
  });
});
