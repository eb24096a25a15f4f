// Monitoring rules, evaluated by the evaluate-monitoring-rules job through the exactly-once runner: each rule
// type measures what it says, and a rule that fires raises one alert and one notification to each of the
// platform's ops, once per firing (not once per run), until it resolves and fires again.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobRunner } from '../../src/modules/jobs';
import { MONITORING_JOB } from '../../src/modules/instance-config/monitoring.job';
import { asTamperingOwner } from '../audit/audit-support';
import { apiClient, expectOk } from '../support/api-client';
import { startApp, type TestApp } from '../support/app';
import { createTestDatabase, testConfig, type TestDb } from '../support/db';
import { newJobRun, newOrg, newUser, newWallet, newWithdrawal, type TestUser } from '../support/factories';

let db: TestDb;
let api: TestApp;
let opsA: TestUser;
let opsB: TestUser;
let admin: TestUser;
let slot = Date.UTC(2032, 0, 1);
const METRICS_TOKEN = 'monitoring-metrics-token-0123456789abcdef';

beforeAll(async () => {
  const platformOrgId = randomUUID();
  db = await createTestDatabase(testConfig({ PLATFORM_ORG_ID: platformOrgId, METRICS_TOKEN }));
  api = await startApp(db);
  const org = await newOrg(db, 'Platform', platformOrgId);
  opsA = await newUser(db, org, 'ops');
  opsB = await newUser(db, org, 'ops');
  admin = await newUser(db, org, 'admin');
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});

const ops = () => apiClient(api, opsA.token);

/** One run of the monitoring job, in a slot of its own. */
async function evaluate(): Promise<void> {
  slot += 1000;
  const outcome = await api.app.get(JobRunner).run(MONITORING_JOB, new Date(slot));
  expect(outcome.claimed && outcome.run.status, JSON.stringify(outcome.run)).toBe('succeeded');
}

async function rule(body: {
  name: string;
  ruleType:
    'failed_sign_ins' | 'pending_withdrawals' | 'failed_job_runs' | 'audit_chain' | 'ledger_discrepancies';
  threshold?: number;
  windowHours?: number;
  severity?: 'info' | 'warning' | 'critical';
}) {
  return expectOk(await ops().POST('/api/instance/monitoring-rules', { body }), 201);
}

/** Alerts and notifications raised for a rule, per recipient. */
async function raised(ruleId: string): Promise<{ alerts: string[]; notifications: string[] }> {
  const { rows: alerts } = await db.owner.query(
    `SELECT user_id FROM alerts WHERE kind = 'monitoring_rule' AND data ->> 'ruleId' = $1 ORDER BY user_id`,
    [ruleId],
  );
  const { rows: notifications } = await db.owner.query(
    `SELECT user_id FROM notifications WHERE metadata ->> 'ruleId' = $1 ORDER BY user_id`,
    [ruleId],
  );
  return { alerts: alerts.map((r) => r.user_id), notifications: notifications.map((r) => r.user_id) };
}

const opsIds = () => [opsA.id, opsB.id].sort();
const once = () => ({ alerts: opsIds(), notifications: opsIds() });
const twice = () => ({
  alerts: [...opsIds(), ...opsIds()].sort(),
  notifications: [...opsIds(), ...opsIds()].sort(),
});

describe('monitoring rules', () => {
  it('failed job runs: fires once per firing, resolves, fires again', async () => {
    const r = await rule({
      name: 'failed runs',
      ruleType: 'failed_job_runs',
      threshold: 0,
      severity: 'critical',
    });
    await evaluate();
    expect(await raised(r.id)).toEqual({ alerts: [], notifications: [] });

    const now = new Date();
    const failed = await newJobRun(db, { status: 'failed', startedAt: now, finishedAt: now, error: 'boom' });
    await evaluate();
    expect(await raised(r.id)).toEqual(once());
    const firing = expectOk(
      await ops().GET('/api/instance/monitoring-rules/{id}', { params: { path: { id: r.id } } }),
      200,
    );
    expect(firing).toMatchObject({ firing: true, lastValue: 1 });
    expect(firing.firedAt).not.toBeNull();

    await evaluate();
    await evaluate();
    expect(await raised(r.id), 'still firing: nothing new').toEqual(once());

    await db.owner.query(`DELETE FROM job_runs WHERE id = $1`, [failed.id]);
    await evaluate();
    const resolved = expectOk(
      await ops().GET('/api/instance/monitoring-rules/{id}', { params: { path: { id: r.id } } }),
      200,
    );
    expect(resolved).toMatchObject({ firing: false, lastValue: 0 });

    await newJobRun(db, { status: 'failed', startedAt: now, finishedAt: now, error: 'boom again' });
    await evaluate();
    expect(await raised(r.id), 'a new firing').toEqual(twice());
    const { rows } = await db.owner.query(
      `SELECT n.priority::text, n.type::text, n.org_id FROM notifications n WHERE metadata ->> 'ruleId' = $1 LIMIT 1`,
      [r.id],
    );
    expect(rows[0]).toMatchObject({ priority: 'urgent', type: 'system', org_id: opsA.orgId });
    expect(await raised(r.id)).not.toContain(admin.id);
    await ops().PATCH('/api/instance/monitoring-rules/{id}', {
      params: { path: { id: r.id } },
      body: { isActive: false },
    });
  });

  it('failed sign-ins per hour: fires past the threshold', async () => {
    const r = await rule({
      name: 'sign-in failures',
      ruleType: 'failed_sign_ins',
      threshold: 2,
      windowHours: 1,
    });
    const anon = apiClient(api);
    for (let i = 0; i < 2; i++)
      await anon.POST('/api/auth/sign-in', { body: { email: admin.email, password: 'wrong-password-123' } });
    const count = async () =>
      Number(
        (await db.owner.query(`SELECT count(*) FROM audit_logs WHERE event_type = 'AUTH_SIGN_IN_FAILED'`))
          .rows[0].count,
      );
    // The failure's audit row is written in its own transaction, after the answer.
    for (let i = 0; i < 100 && (await count()) < 2; i++) await new Promise((res) => setTimeout(res, 20));
    await evaluate();
    expect(await raised(r.id), 'at the threshold: not yet').toEqual({ alerts: [], notifications: [] });
    await anon.POST('/api/auth/sign-in', { body: { email: admin.email, password: 'wrong-password-123' } });
    for (let i = 0; i < 100 && (await count()) < 3; i++) await new Promise((res) => setTimeout(res, 20));
    await evaluate();
    expect(await raised(r.id)).toEqual(once());
    const { rows } = await db.owner.query(
      `SELECT type::text, message FROM notifications WHERE metadata ->> 'ruleId' = $1 LIMIT 1`,
      [r.id],
    );
    expect(rows[0]).toEqual({
      type: 'security_alert',
      message: '3 failed sign-ins in the last 1 h (threshold 2).',
    });
    await evaluate();
    expect(await raised(r.id)).toEqual(once());
  });

  it('withdrawals pending longer than N hours: only the old ones count', async () => {
    const r = await rule({
      name: 'stuck withdrawals',
      ruleType: 'pending_withdrawals',
      threshold: 0,
      windowHours: 24,
    });
    const customerOrg = await newOrg(db);
    const customer = await newUser(db, customerOrg, 'patient');
    const wallet = await newWallet(db, customer, { fund: '10' });
    await newWithdrawal(db, wallet); // pending, but fresh
    await evaluate();
    expect(await raised(r.id)).toEqual({ alerts: [], notifications: [] });
    await newWithdrawal(db, wallet, { createdAt: new Date(Date.now() - 48 * 3_600_000) });
    await evaluate();
    expect(await raised(r.id)).toEqual(once());
    const got = expectOk(
      await ops().GET('/api/instance/monitoring-rules/{id}', { params: { path: { id: r.id } } }),
      200,
    );
    expect(got.lastValue).toBe(1);
  });

  it('audit chain verification: fires when a chain no longer verifies', async () => {
    const r = await rule({ name: 'audit chain', ruleType: 'audit_chain', severity: 'critical' });
    await evaluate();
    expect(await raised(r.id)).toEqual({ alerts: [], notifications: [] });
    const { rows } = await db.owner.query(
      `SELECT id FROM audit_logs WHERE org_id = $1 ORDER BY seq LIMIT 1 OFFSET 1`,
      [opsA.orgId],
    );
    await asTamperingOwner(db, (c) =>
      c.query(`UPDATE public.audit_logs SET action = 'X' WHERE id = $1`, [rows[0].id]),
    );
    await evaluate();
    expect(await raised(r.id)).toEqual(once());
    const got = expectOk(
      await ops().GET('/api/instance/monitoring-rules/{id}', { params: { path: { id: r.id } } }),
      200,
    );
    expect(got).toMatchObject({ firing: true, lastValue: 1 });
  });

  it('ledger discrepancies: fires when a balance no longer matches its entries, and /metrics reports it', async () => {
    const r = await rule({ name: 'ledger', ruleType: 'ledger_discrepancies', severity: 'critical' });
    await evaluate();
    expect(await raised(r.id)).toEqual({ alerts: [], notifications: [] });
    const wallet = await newWallet(db, admin);
    // A balance changed behind the ledger's back (triggers off, as only an owner could).
    const c = await db.owner.connect();
    try {
      await c.query('BEGIN');
      await c.query('SET LOCAL session_replication_role = replica');
      await c.query('UPDATE public.wallets SET balance = balance + 5 WHERE id = $1', [wallet.id]);
      await c.query('COMMIT');
    } finally {
      c.release();
    }
    await evaluate();
    expect(await raised(r.id)).toEqual(once());
    const res = await fetch(`${api.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    const text = await res.text();
    expect(text).toContain('carebase_monitoring_rule_value{rule="ledger",type="ledger_discrepancies"} 1');
    expect(text).toContain('carebase_monitoring_rule_firing{rule="ledger",type="ledger_discrepancies"} 1');
  });

  it('lists rules for operators only, and refuses a rule type it does not know', async () => {
    const page = expectOk(
      await ops().GET('/api/instance/monitoring-rules', { params: { query: { limit: 2 } } }),
      200,
    );
    expect(page.items).toHaveLength(2);
    expect(page.nextCursor).not.toBeNull();
    const other = await newUser(db, await newOrg(db), 'admin');
    expect(
      (await apiClient(api, other.token).GET('/api/instance/monitoring-rules', {})).response.status,
    ).toBe(403);
    const bad = await api.request('POST', '/api/instance/monitoring-rules', {
      token: opsA.token,
      body: { name: 'x', ruleType: 'disk_full' },
    });
    expect(bad.status).toBe(400);
  });
});
