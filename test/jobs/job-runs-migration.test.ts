// The JobRuns migration's down() undoes its up(), and up() applies again on top.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { ownerDataSourceOptions } from '../../src/common/database/data-source';
import { JobRuns1763900300000 } from '../../src/migrations/1763900300000-JobRuns';
import { createTestDatabase, type TestDb } from '../support/db';

let db: TestDb;
let owner: DataSource;
beforeAll(async () => {
  db = await createTestDatabase();
  owner = new DataSource(ownerDataSourceOptions(db.ownerUrl));
  await owner.initialize();
});
afterAll(async () => {
  await owner?.destroy();
  await db?.close();
});

const present = async () =>
  (
    await db.owner.query(
      `SELECT to_regclass('public.job_runs') IS NOT NULL AS t, to_regtype('public.job_run_status') IS NOT NULL AS e,
              to_regprocedure('app_private.analyze_app_tables()') IS NOT NULL AS f`,
    )
  ).rows[0];

describe('JobRuns migration', () => {
  it('down() removes the table, enum and function; up() restores them', async () => {
    expect(await present()).toEqual({ t: true, e: true, f: true });
    const m = new JobRuns1763900300000();
    const q = owner.createQueryRunner();
    try {
      await m.down(q);
      expect(await present()).toEqual({ t: false, e: false, f: false });
      await m.up(q);
      expect(await present()).toEqual({ t: true, e: true, f: true });
      const { rows } = await db.owner.query(
        `SELECT relrowsecurity AS enabled, relforcerowsecurity AS forced FROM pg_class WHERE oid = 'public.job_runs'::regclass`,
      );
      expect(rows[0]).toEqual({ enabled: true, forced: true });
    } finally {
      await q.release();
    }
  });
});
