// Mass assignment (OWASP API3, BOPLA): every write route of /openapi.json gets, one at a time, fields the
// caller must not set (tenant, owner, ids, roles, statuses, balances, plans, audit stamps) on top of a body
// that is otherwise valid. Each must be refused (400 naming the field: unknown properties are rejected
// globally) or ignored: never stored. Stored is checked as the owner, by looking for the sentinel values in
// every public table, and in the answered resource.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startApp, type TestApp } from '../support/app';
import { createTestDatabase, testConfig, type TestDb } from '../support/db';
import { newOrg, newUser } from '../support/factories';
import {
  allOperations,
  bodySchema,
  callerRole,
  fillPath,
  makeWorld,
  send,
  validBody,
  type World,
} from './support/openapi-kit';

let db: TestDb;
let api: TestApp;
let w: World;

beforeAll(async () => {
  // The Stripe webhook configured, so it checks its input instead of answering 503 (not configured).
  db = await createTestDatabase(testConfig({ STRIPE_WEBHOOK_SECRET: 'whsec_assurance' }));
  api = await startApp(db);
  w = await makeWorld(db, api);
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});

/** Every public table: rows whose text contains one of the sentinels. */
async function sentinelRows(patterns: string[]): Promise<Record<string, number>> {
  const { rows: tables } = await db.owner.query(
    `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition ORDER BY 1`,
  );
  // A function takes at most 100 arguments: one object per 40 tables, merged.
  const pairs = tables.map(
    (t) => `'${t.relname}', (SELECT count(*) FROM public."${t.relname}" x WHERE x::text ~ $1)`,
  );
  const objects: string[] = [];
  for (let i = 0; i < pairs.length; i += 40)
    objects.push(`jsonb_build_object(${pairs.slice(i, i + 40).join(', ')})`);
  const { rows } = await db.owner.query(`SELECT ${objects.join(' || ')} AS counts`, [
    patterns.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
  ]);
  return rows[0].counts;
}

it('no write route stores a field the caller must not set', async () => {
  // The sentinels: an organization and a user nobody here belongs to, an id nobody has, odd amounts and dates.
  const orgC = await newOrg(db, 'Sentinel C');
  const userC = await newUser(db, orgC, 'admin');
  const idSentinel = randomUUID();
  const stamp = '2001-02-03T04:05:06.000Z';
  const FORBIDDEN: Record<string, unknown> = {
    org_id: orgC.id,
    orgId: orgC.id,
    organizationId: orgC.id,
    organization_id: orgC.id,
    user_id: userC.id,
    userId: userC.id,
    owner_id: userC.id,
    ownerId: userC.id,
    created_by: userC.id,
    createdBy: userC.id,
    id: idSentinel,
    role: 'admin',
    app_role: 'admin',
    status: 'approved',
    balance: '987654321',
    balanceMinor: 987654321,
    amountPaidMinor: 987654321,
    plan: 'enterprise-sentinel',
    isAdmin: true,
    emailVerifiedAt: stamp,
    createdAt: stamp,
    updatedAt: stamp,
    deletedAt: stamp,
  };
  const patterns = [orgC.id, userC.id, idSentinel, '987654321', 'enterprise-sentinel', '2001-02-03'];
  const baseline = await sentinelRows(patterns);

  const writes = allOperations(w.doc).filter((o) => ['POST', 'PUT', 'PATCH'].includes(o.method));
  expect(writes.length).toBeGreaterThan(50);
  let tried = 0;
  let refused = 0;
  let ignored = 0;
  const stored: string[] = [];
  const failures: string[] = [];
  for (const op of writes) {
    const schema = bodySchema(w.doc, op);
    const declared = new Set(Object.keys(schema?.properties ?? {}));
    const role = callerRole(op);
    const caller = role ? await w.member(role) : undefined;
    const headers: Record<string, string> = {};
    if (rawHasIdempotency(op)) headers['idempotency-key'] = randomUUID();
    let ignoredHere = false;
    for (const [field, value] of Object.entries(FORBIDDEN)) {
      if (declared.has(field)) continue; // the route lets callers set it, by its own rules
      tried++;
      const base = validBody(w.doc, op);
      const body = {
        ...(base && typeof base === 'object' && !Array.isArray(base) ? base : {}),
        [field]: value,
      };
      const path = await fillPath(w, op);
      if (headers['idempotency-key']) headers['idempotency-key'] = randomUUID();
      const res = await send(w, op.method, path, { token: caller?.token, body, headers });
      const where = `${op.method} ${op.path} + ${field}`;
      if (res.status >= 500) {
        failures.push(`${where}: ${res.status}`);
        continue;
      }
      const named = Array.isArray((res.body as any)?.errors)
        ? (res.body as any).errors.some((e: any) => e.field === field && /not allowed/.test(e.message))
        : false;
      if (res.status === 400 && named) {
        refused++;
        continue;
      }
      if (schema && res.status === 400) {
        // A route with a body DTO must name the unknown field among its errors.
        failures.push(`${where}: 400 without naming ${field}: ${JSON.stringify(res.body)}`);
        continue;
      }
      if (schema && res.status < 300)
        failures.push(`${where}: accepted (${res.status}) where a body DTO should refuse it`);
      // Accepted or refused for another reason: the field must not be in the answer nor in any table.
      ignored++;
      const answer = res.body as any;
      if (
        res.status < 300 &&
        answer &&
        typeof answer === 'object' &&
        field in answer &&
        answer[field] === value
      )
        stored.push(`${where}: echoed in the response`);
      ignoredHere = true;
    }
    if (!ignoredHere) continue;
    // One look per route at every table (the fields of a route are tried in a row).
    const now = await sentinelRows(patterns);
    for (const t of Object.keys(now))
      if (now[t] !== baseline[t]) {
        stored.push(`${op.method} ${op.path}: a sentinel stored in ${t}`);
        baseline[t] = now[t];
      }
  }
  const after = await sentinelRows(patterns);
  for (const t of Object.keys(after)) if (after[t] !== baseline[t]) stored.push(`sentinel stored in ${t}`);
  process.stdout.write(
    `mass assignment: ${tried} fields tried on ${writes.length} routes, ${stored.length} stored ` +
      `(${refused} refused with a 400 naming the field, ${ignored} ignored by routes without a body)\n`,
  );
  expect(failures).toEqual([]);
  expect(stored).toEqual([]);
  expect(tried).toBeGreaterThan(writes.length * 10);
}, 180_000);

function rawHasIdempotency(op: { method: string; path: string }): boolean {
  const raw = (w.doc.paths as any)[op.path][op.method.toLowerCase()];
  return (raw.parameters ?? []).some((p: any) => p.in === 'header' && /idempotency-key/i.test(p.name));
}
