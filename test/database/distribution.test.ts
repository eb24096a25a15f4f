// Distribution by org_id (docs/scaling.md): every object of the migrated schema that would block it has a
// plan in the document, and every row of the plan still covers something.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distributionBlockers, type Blocker } from '../../src/common/database/distribution';
import { createTestDatabase, type TestDb } from '../support/db';

interface PlanRow {
  kind: string;
  patterns: string[];
  plan: string;
}

/** The rows between the distribution-plan markers: `| kind | pattern, pattern | plan |`. */
export function readPlan(markdown: string): PlanRow[] {
  const start = markdown.indexOf('<!-- distribution-plan:start -->');
  const end = markdown.indexOf('<!-- distribution-plan:end -->');
  if (start < 0 || end < start) throw new Error('docs/scaling.md has no distribution-plan markers');
  return markdown
    .slice(start, end)
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| kind ') && !line.startsWith('|---'))
    .map((line) => {
      const [kind, objects, plan] = line
        .slice(1, -1)
        .split(' | ')
        .map((c) => c.trim());
      return { kind, patterns: objects.split(',').map((o) => o.trim()), plan };
    });
}

const matches = (pattern: string, object: string) =>
  new RegExp(
    `^${pattern
      .split('*')
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  ).test(object);

const covers = (row: PlanRow, b: Blocker) =>
  row.kind === b.kind && row.patterns.some((p) => matches(p, b.object));

let db: TestDb;
let blockers: Blocker[];
const plan = readPlan(readFileSync(path.join(__dirname, '../../docs/scaling.md'), 'utf8'));

beforeAll(async () => {
  db = await createTestDatabase();
  const client = await db.owner.connect();
  try {
    blockers = await distributionBlockers(client);
  } finally {
    client.release();
  }
});
afterAll(async () => {
  await db?.close();
});

describe('distribution by org_id', () => {
  it('finds what blocks it (the lint itself can fail)', () => {
    // Known shapes of each kind, so a broken query that finds nothing cannot pass the next test.
    const objects = blockers.map((b) => `${b.kind} ${b.object}`);
    expect(objects).toContain('no-org-id organizations');
    expect(objects).toContain('unique-without-org-id users.users_email_key');
    expect(objects).toContain('fk-without-org-id sessions.sessions_user_id_fkey -> users');
    expect(objects.some((o) => o.startsWith('unique-without-org-id') && o.endsWith('_pkey'))).toBe(true);
    // A unique that includes org_id is not listed.
    expect(objects).not.toContain('unique-without-org-id users_roles.users_roles_org_user_key');
  });

  it('has a plan in docs/scaling.md for every blocker', () => {
    const unplanned = blockers.filter((b) => !plan.some((row) => covers(row, b)));
    expect(unplanned, 'add a row to the plan in docs/scaling.md for each').toEqual([]);
  });

  it('has no plan row that covers nothing (stale)', () => {
    const stale = plan.flatMap((row) =>
      row.patterns
        .filter((p) => !blockers.some((b) => b.kind === row.kind && matches(p, b.object)))
        .map((p) => `${row.kind} ${p}`),
    );
    expect(stale).toEqual([]);
    for (const row of plan) expect(row.plan.length, row.patterns.join(', ')).toBeGreaterThan(20);
  });
});
