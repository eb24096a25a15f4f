// The cron wiring: with the scheduler enabled, every declared job is registered once with the
// SchedulerRegistry at startup, a tick runs its slot through the claim path, and shutdown stops the crons.
import { SchedulerRegistry } from '@nestjs/schedule';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SlotClock, truncateToSecond } from '../../src/modules/jobs/job-slots';
import { callMaintenanceFunction, MissingFunctionError } from '../../src/modules/jobs/maintenance-function';
import { sql } from '../../src/common/database/sql';
import { startApp, type TestApp } from '../support/app';
import { createTestDatabase, testConfig, type TestDb } from '../support/db';

describe('SlotClock', () => {
  it('answers the scheduled fire time a tick stands for, whatever the timer jitter', () => {
    const clock = new SlotClock('*/5 * * * *', new Date('2030-01-01T12:03:10Z'));
    expect(clock.next.toISOString()).toBe('2030-01-01T12:05:00.000Z');
    expect(clock.tick(new Date('2030-01-01T12:05:00.310Z')).toISOString()).toBe('2030-01-01T12:05:00.000Z');
    expect(clock.next.toISOString()).toBe('2030-01-01T12:10:00.000Z');
    // A timer that fires a little early still stands for its slot, and the next slot moves on.
    expect(clock.tick(new Date('2030-01-01T12:09:59.990Z')).toISOString()).toBe('2030-01-01T12:10:00.000Z');
    expect(clock.next.toISOString()).toBe('2030-01-01T12:15:00.000Z');
    // Far from any expected time (a suspended process): the tick's own second.
    expect(clock.tick(new Date('2030-01-01T14:02:03.456Z')).toISOString()).toBe('2030-01-01T14:02:03.000Z');
    expect(clock.next.toISOString()).toBe('2030-01-01T14:05:00.000Z');
  });

  it('evaluates cron expressions in UTC', () => {
    const clock = new SlotClock('30 3 * * *', new Date('2030-06-01T04:00:00Z'));
    expect(clock.next.toISOString()).toBe('2030-06-02T03:30:00.000Z');
    expect(truncateToSecond(new Date('2030-06-01T04:00:00.999Z')).toISOString()).toBe('2030-06-01T04:00:00.000Z');
  });
});

describe('scheduler', () => {
  let db: TestDb;
  let api: TestApp;
  let registry: SchedulerRegistry;

  beforeAll(async () => {
    db = await createTestDatabase(testConfig({ SCHEDULER_ENABLED: 'true' }));
    api = await startApp(db);
    registry = api.app.get(SchedulerRegistry);
  });
  afterAll(async () => {
    await api?.close();
    await db?.close();
  });

  it('registers every job once, running, under job:<name>', () => {
    const crons = registry.getCronJobs();
    expect([...crons.keys()].sort()).toEqual([
      'job:analyze-tables',
      'job:archive-audit-logs',
      'job:evaluate-monitoring-rules',
      'job:expire-notifications',
      'job:export-audit-archive',
      'job:purge-expired-credentials',
      'job:release-order-holds',
      'job:weekly-insights',
    ]);
    for (const cron of crons.values()) expect(cron.isActive).toBe(true);
    expect(crons.get('job:archive-audit-logs')!.cronTime.source).toBe('30 3 * * *');
  });

  it('a tick claims the slot and runs the job through the runner', async () => {
    const cron = registry.getCronJob('job:purge-expired-credentials');
    await cron.fireOnTick();
    let rows: { status: string; attempt: number }[] = [];
    for (let i = 0; i < 250 && !rows.some((r) => r.status !== 'running'); i++) {
      rows = (await db.owner.query(`SELECT status, attempt FROM public.job_runs WHERE job = 'purge-expired-credentials'`)).rows;
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(rows).toEqual([{ status: 'succeeded', attempt: 1 }]);
  });

  it('a function another module has not installed fails the run with a clear message', async () => {
    await expect(
      db.tx.asService('test', () => callMaintenanceFunction(sql(), 'no_such_maintenance_function', [90])),
    ).rejects.toThrow(MissingFunctionError);
    await expect(db.tx.asService('test', () => callMaintenanceFunction(sql(), 'no_such_maintenance_function'))).rejects.toThrow(
      /public\.no_such_maintenance_function\(\) is not installed/,
    );
  });

  it('stops the crons on shutdown', async () => {
    const crons = [...registry.getCronJobs().values()];
    await api.close();
    for (const cron of crons) expect(cron.isActive).toBe(false);
    api = undefined as unknown as TestApp;
  });
});
