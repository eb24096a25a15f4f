// Module gating across instances: two apps on one database; a change made through one reaches the other
// within a second (NOTIFY on commit, a dedicated LISTEN connection per instance), also after the listening
// connection was lost. A switched-off module's jobs do not run. The decorator marks controllers, jobs and
// the OpenAPI operations of the Nest module it is put on.
import { randomUUID } from 'node:crypto';
import { Controller, Get, Injectable, Module } from '@nestjs/common';
import { DiscoveryModule, DiscoveryService } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../src/common/errors/domain-error';
import { ModuleGate, moduleGateOf } from '../../src/common/module-gate/module-gate.decorator';
import { ModuleGateState } from '../../src/common/module-gate/module-gate.state';
import { discoverJobs, JobRegistry, JobRunner, ScheduledJob } from '../../src/modules/jobs';
import { apiClient, expectOk, type ApiClient } from '../support/api-client';
import { startApp, type TestApp } from '../support/app';
import { createTestDatabase, testConfig, type TestDb } from '../support/db';
import { newOrg, newUser, type TestUser } from '../support/factories';

let db: TestDb;
let a: TestApp;
let b: TestApp;
let ops: TestUser;
let admin: TestUser;

beforeAll(async () => {
  const platformOrgId = randomUUID();
  db = await createTestDatabase(testConfig({ PLATFORM_ORG_ID: platformOrgId }));
  [a, b] = await Promise.all([startApp(db), startApp(db)]);
  const org = await newOrg(db, 'Platform', platformOrgId);
  ops = await newUser(db, org, 'ops');
  admin = await newUser(db, org, 'admin');
});
afterAll(async () => {
  await Promise.all([a?.close(), b?.close()]);
  await db?.close();
});

const mod = (m: string) => ({ params: { path: { module: m } } });

/** Polls `client` until GET /api/wallets answers `status`; answers the milliseconds it took. */
async function until(client: ApiClient, status: number, limitMs: number): Promise<number> {
  const started = performance.now();
  for (;;) {
    const res = await client.GET('/api/wallets', {});
    if (res.response.status === status) return performance.now() - started;
    if (performance.now() - started > limitMs)
      throw new Error(`still ${res.response.status} after ${limitMs} ms, expected ${status}`);
    await new Promise((r) => setTimeout(r, 2));
  }
}

describe('two instances on one database', () => {
  it('a change made through one instance reaches the other within a second', async () => {
    const onA = apiClient(a, ops.token);
    const onB = apiClient(b, admin.token);
    expectOk(await onB.GET('/api/wallets', {}), 200);
    const delays: number[] = [];
    for (let i = 0; i < 5; i++) {
      expectOk(await onA.POST('/api/instance/modules/{module}/deactivate', mod('payments')), 200);
      delays.push(await until(onB, 404, 1000));
      expectOk(
        await onA.POST('/api/instance/modules/{module}/activate', { ...mod('payments'), body: {} }),
        200,
      );
      delays.push(await until(onB, 200, 1000));
    }
    delays.sort((x, y) => x - y);
    console.log(
      `gate change reached the second instance: median ${delays[5].toFixed(1)} ms, max ${delays[9].toFixed(1)} ms`,
    );
    expect(delays[9]).toBeLessThan(1000);
  });

  it('the instance that made the change answers by it at once', async () => {
    const onA = apiClient(a, ops.token);
    expectOk(await onA.POST('/api/instance/modules/{module}/deactivate', mod('payments')), 200);
    expect((await apiClient(a, admin.token).GET('/api/wallets', {})).response.status).toBe(404);
    expectOk(
      await onA.POST('/api/instance/modules/{module}/activate', { ...mod('payments'), body: {} }),
      200,
    );
    expect((await apiClient(a, admin.token).GET('/api/wallets', {})).response.status).toBe(200);
    await until(apiClient(b, admin.token), 200, 1000);
  });

  it('catches up after its listening connection was lost', async () => {
    const { rows } = await db.owner.query(
      `SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE application_name = 'carebase-module-gate'`,
    );
    expect(rows.length).toBe(2);
    // Changed while the listeners are gone: the reconnect's reload picks it up.
    await db.owner.query(
      `INSERT INTO instance_module_activations (module_name, is_active) VALUES ('payments', false)
       ON CONFLICT (module_name) DO UPDATE SET is_active = false`,
    );
    await until(apiClient(b, admin.token), 404, 5000);
    await until(apiClient(a, admin.token), 404, 5000);
    // And listens again: the next change arrives within a second.
    await db.owner.query(
      `UPDATE instance_module_activations SET is_active = true WHERE module_name = 'payments'`,
    );
    await until(apiClient(b, admin.token), 200, 1000);
  });
});

describe('jobs of a switched-off module', () => {
  it('do not run, and claim no slot, until the module is on again', async () => {
    const gate = a.app.get(ModuleGateState);
    let runs = 0;
    const registry = new JobRegistry([
      {
        name: 'gated-payments-probe',
        cron: '0 0 1 1 *',
        description: 'probe',
        timeoutSeconds: 5,
        module: 'payments',
        handler: async () => ({ rows: ++runs }),
      },
    ]);
    const runner = new JobRunner(db.tx, registry, 'gate-test', undefined, gate);
    await db.owner.query(
      `UPDATE instance_module_activations SET is_active = false WHERE module_name = 'payments'`,
    );
    await until(apiClient(a, admin.token), 404, 1000);
    expect(runner.isEnabled('gated-payments-probe')).toBe(false);
    const refused = await runner.run('gated-payments-probe', new Date()).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DomainError);
    expect((refused as DomainError).message).toBe('The payments module is not active on this instance.');
    const { rows } = await db.owner.query(`SELECT 1 FROM job_runs WHERE job = 'gated-payments-probe'`);
    expect(rows).toEqual([]);
    expect(runs).toBe(0);

    await db.owner.query(
      `UPDATE instance_module_activations SET is_active = true WHERE module_name = 'payments'`,
    );
    await until(apiClient(a, admin.token), 200, 1000);
    const outcome = await runner.run('gated-payments-probe', new Date());
    expect(outcome.claimed && outcome.run.status).toBe('succeeded');
    expect(runs).toBe(1);
  });
});

describe('@ModuleGate on a Nest module', () => {
  @Controller('probe')
  class ProbeController {
    @Get()
    get(): string {
      return 'probe';
    }
  }

  @Injectable()
  @ScheduledJob({ name: 'probe-job', cron: '0 0 1 1 *', description: 'probe', timeoutSeconds: 5 })
  class ProbeJob {
    async run() {
      return { rows: 0 };
    }
  }

  @ModuleGate('probe-module')
  @Module({ controllers: [ProbeController], providers: [ProbeJob] })
  class ProbeModule {}

  it('marks its controllers, its jobs and their OpenAPI operations', async () => {
    expect(moduleGateOf(ProbeController)).toBe('probe-module');
    expect(moduleGateOf(ProbeJob)).toBe('probe-module');
    expect(Reflect.getMetadata('swagger/apiExtension', ProbeController.prototype.get)).toEqual({
      'x-carebase-module': 'probe-module',
    });
    const app = await Test.createTestingModule({ imports: [DiscoveryModule, ProbeModule] }).compile();
    const jobs = discoverJobs(app.get(DiscoveryService));
    expect(jobs.map((j) => [j.name, j.module])).toEqual([['probe-job', 'probe-module']]);
    await app.close();
  });

  it('refuses to be put below @Module (where it would see no controllers)', () => {
    expect(() => {
      @Module({ controllers: [ProbeController] })
      @ModuleGate('probe-module')
      class Misplaced {}
      return Misplaced;
    }).toThrow(/above @Module/);
  });
});
