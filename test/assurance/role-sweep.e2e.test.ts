// Extends the cross-tenant sweep (test/http/cross-tenant.e2e.test.ts, same id map) to every role: for
// every route of /openapi.json that takes an id, with org A's ids and every method,
//   - a member of org B in each of the six roles, and
//   - each member of org A whose role the route's declared access (x-access) denies
// must never get a 2xx (except the public catalog reads catalog.md allows). A's denied roles must get 403.
// And no list route shows any of A's ids to any role of B. Prints routes x roles tried and leaks.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { APP_ROLES, type AppRole } from '../../src/common/context/claims';
import { startApp, type TestApp } from '../support/app';
import { createTestDatabase, testConfig, type TestDb } from '../support/db';
import { oauthScopeDecision } from '../../src/common/guards/oauth-scopes';
import { newOAuthAccessToken, newOAuthClient, newUser, type TestUser } from '../support/factories';
import { ID_SOURCES, PUBLIC_TABLES, QUERIES, sourceFor } from '../http/cross-tenant.ids';
import { listedContent, type Operation } from '../http/openapi-routes';
import { allOperations, fillPath, makeWorld, send, validBody, type World } from './support/openapi-kit';

let db: TestDb;
let api: TestApp;
let w: World;

beforeAll(async () => {
  db = await createTestDatabase(testConfig({ STRIPE_WEBHOOK_SECRET: 'whsec_assurance' }));
  api = await startApp(db);
  w = await makeWorld(db, api);
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});

function allows(op: Operation, role: AppRole): boolean {
  const access = op.access;
  if (!access || 'public' in access) return true;
  return access.roles === 'any' || access.roles.includes(role);
}

it('no role of another org, and no role of the same org the route denies, reaches a row of org A', async () => {
  const ops = allOperations(w.doc);
  const idRoutes = ops.filter((o) => o.params.length);
  const listRoutes = ops.filter((o) => !o.params.length && o.method === 'GET');
  const bMembers = new Map<AppRole, TestUser>();
  for (const role of APP_ROLES) bMembers.set(role, await newUser(db, w.orgB, role));
  const aMembers = new Map<AppRole, TestUser>();
  for (const role of APP_ROLES) aMembers.set(role, await newUser(db, w.orgA, role));
  // Third-party apps of A with narrow OAuth scopes, acting for members of A: refused (403) wherever their
  // scope or the role they act in does not reach, and never a 2xx there.
  const aApp = await newOAuthClient(db, w.orgA);
  const oauthMembers: Array<{ who: string; user: TestUser; scopes: string[] }> = [];
  for (const [role, scopes] of [
    ['patient', ['patient/Observation.rs']],
    ['provider', ['patient/*.rs']],
    ['admin', ['user/Patient.rs']],
    ['provider', ['patient/*.cruds', 'user/*.rs']],
  ] as const) {
    const member = aMembers.get(role)!;
    const token = await newOAuthAccessToken(db, aApp, {
      userId: member.id,
      grantId: `sweep-${role}-${scopes.join('-')}`,
      scopes: [...scopes],
    });
    oauthMembers.push({
      who: `OAuth ${scopes.join(' ')} for the ${role} of A`,
      user: { ...member, token: token.token },
      scopes: [...scopes],
    });
  }

  const unresolved: string[] = [];
  const routes: Array<{ op: Operation; path: string; publicRead: boolean }> = [];
  for (const op of idRoutes) {
    const sources = op.params.map((p) => sourceFor(op.path, p));
    if (sources.some((s) => !s)) {
      unresolved.push(`${op.method} ${op.path}`);
      continue;
    }
    if (sources.some((s) => s!.notTenantScoped)) continue;
    routes.push({
      op,
      path: await fillPath(w, op),
      publicRead: op.method === 'GET' && sources.some((s) => s!.publicRead),
    });
  }

  let calls = 0;
  const leaks: string[] = [];
  const unexpected: string[] = [];
  // Destructive methods last, so every caller meets the rows.
  const order = (o: Operation) => (o.method === 'DELETE' ? 1 : 0);
  routes.sort((a, b) => order(a.op) - order(b.op));
  for (const { op, path, publicRead } of routes) {
    const tries: Array<{ who: string; user: TestUser; want: number[] }> = [];
    for (const [role, user] of bMembers) tries.push({ who: `${role} of B`, user, want: [] });
    for (const [role, user] of aMembers)
      if (!allows(op, role)) tries.push({ who: `${role} of A (denied)`, user, want: [403] });
    if (op.access && !('public' in op.access))
      for (const m of oauthMembers) {
        const route = op.path.replace(/\{([^}]+)\}/g, ':$1');
        // Per request: a user/ scope that allows it acts in the member's role, else a patient/ one as a patient.
        const decision = oauthScopeDecision(m.scopes, op.method, route, 'user');
        if (!decision.ok || !allows(op, decision.confined ? 'patient' : m.user.role))
          tries.push({ who: `${m.who} (outside its scope)`, user: m.user, want: [403] });
      }
    for (const t of tries) {
      calls++;
      const body = op.method === 'GET' || op.method === 'DELETE' ? undefined : (validBody(w.doc, op) ?? {});
      const res = await send(w, op.method, path, { token: t.user.token, body });
      if (res.status >= 200 && res.status < 300) {
        if (!publicRead) leaks.push(`${op.method} ${path} as ${t.who}: ${res.status}`);
      } else if (res.status >= 500 || (t.want.length && !t.want.includes(res.status)))
        unexpected.push(
          `${op.method} ${op.path} as ${t.who}: ${res.status} ${JSON.stringify(res.body)?.slice(0, 200)}`,
        );
    }
  }

  // Lists: no role of B sees any id of A's rows (tables catalog.md makes public aside).
  const { rows: tables } = await db.owner.query(
    `SELECT c.table_name FROM information_schema.columns c
      WHERE c.table_schema = 'public' AND c.column_name = 'org_id'
        AND EXISTS (SELECT 1 FROM information_schema.columns i
                     WHERE i.table_schema = 'public' AND i.table_name = c.table_name AND i.column_name = 'id')`,
  );
  const aIds = new Set<string>();
  for (const { table_name } of tables) {
    if (PUBLIC_TABLES.includes(table_name)) continue;
    const { rows } = await db.owner.query(
      `SELECT id::text AS id FROM public."${table_name}" WHERE org_id = $1`,
      [w.orgA.id],
    );
    for (const r of rows) aIds.add(r.id);
  }
  expect(aIds.size).toBeGreaterThan(10);
  for (const op of listRoutes) {
    const publicList = ID_SOURCES.some(
      (s) => s.publicRead && (op.path === s.under || op.path.startsWith(`${s.under}/`)),
    );
    for (const [role, user] of bMembers) {
      calls++;
      const res = await send(w, 'GET', `${op.path}${QUERIES[`GET ${op.path}`] ?? ''}`, { token: user.token });
      if (res.status >= 500) unexpected.push(`GET ${op.path} as ${role} of B: ${res.status}`);
      const text = listedContent(op.path, res.body);
      const seen = [...aIds].filter((id) => text.includes(id));
      if (!publicList && text.includes(w.orgA.id)) seen.push(w.orgA.id);
      if (seen.length) leaks.push(`GET ${op.path} as ${role} of B: mentions org A's ${seen.join(', ')}`);
    }
  }

  process.stdout.write(
    `role sweep: ${routes.length} id routes x (${APP_ROLES.length} roles of B + the roles of A each route denies) ` +
      `and ${listRoutes.length} list routes x ${APP_ROLES.length} roles of B: ${calls} calls, ${leaks.length} leaks\n`,
  );
  expect(unresolved, 'id routes without an IdSource in test/http/cross-tenant.ids.ts').toEqual([]);
  expect(leaks).toEqual([]);
  expect(unexpected).toEqual([]);
  expect(routes.length).toBeGreaterThan(50);
}, 240_000);
