import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDb } from '../support/db';
import { aiMatrix } from './ai.matrix';
import { auditMatrix } from './audit.matrix';
import { commerceMatrix } from './commerce.matrix';
import { CALLERS, OPS, expected, probe, type TableCase, type World } from './harness';
import { healthcareCareTeamMatrix } from './healthcare-care-team.matrix';
import { healthcarePatientDataMatrix } from './healthcare-patient-data.matrix';
import { healthcareSchedulingMatrix } from './healthcare-scheduling.matrix';
import { identityMatrix } from './identity.matrix';
import { instanceConfigMatrix } from './instance-config.matrix';
import { platformMatrix } from './platform.matrix';
import { jobsMatrix } from './jobs.matrix';
import { notificationsMatrix } from './notifications.matrix';
import { oauthMatrix } from './oauth.matrix';
import { paymentsMatrix } from './payments.matrix';
import { buildWorld } from './world';

/** Every table's rows. Modules append theirs. */
export const MATRIX: TableCase[] = [...identityMatrix, ...notificationsMatrix, ...auditMatrix, ...jobsMatrix, ...healthcareSchedulingMatrix, ...healthcarePatientDataMatrix, ...healthcareCareTeamMatrix, ...paymentsMatrix, ...platformMatrix, ...aiMatrix, ...commerceMatrix, ...instanceConfigMatrix, ...oauthMatrix];

let db: TestDb;
let world: World;
const seeded = new Map<string, string>();

beforeAll(async () => {
  db = await createTestDatabase();
  world = await buildWorld(db);
  for (const t of MATRIX) seeded.set(t.table, await t.seed(world));
});
afterAll(async () => db?.close());

describe('policy matrix', () => {
  it('covers every table in the public schema', async () => {
    const { rows } = await db.owner.query(
      `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> 'migrations' ORDER BY 1`,
    );
    const missing = rows.map((r) => r.relname).filter((name: string) => !MATRIX.some((t) => t.table === name));
    expect(missing).toEqual([]);
  });

  for (const t of MATRIX) {
    describe(t.table, () => {
      for (const caller of CALLERS) {
        it(`${caller}: ${t.allow[caller] || 'nothing'}`, async () => {
          const got: Record<string, string> = {};
          const want: Record<string, string> = {};
          for (const op of OPS) {
            got[op] = await probe(world, t, seeded.get(t.table)!, caller, op);
            want[op] = expected(t, caller, op);
          }
          expect(got).toEqual(want);
        });
      }
    });
  }
});
