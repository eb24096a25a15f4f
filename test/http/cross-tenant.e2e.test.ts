// The BOLA sweep: every operation of /openapi.json whose path has a {param} is called by members of org B
// with ids of org A's rows (cross-tenant.ids.ts says where each id comes from). The answer must be 404, or
// 403 where the route's declared access excludes the caller, and never a 2xx. List routes (GET without
// params) must not mention any id of org A. A {param} without an IdSource fails the sweep.
import { randomUUID } from 'node:crypto';
import type { OpenAPIObject } from '@nestjs/swagger';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type TestApp } from '../support/app';
import { createTestDatabase, type TestDb } from '../support/db';
import { oauthScopeDecision } from '../../src/common/guards/oauth-scopes';
import {
  addMembership,
  newOAuthAccessToken,
  newOAuthClient,
  newOrg,
  newUser,
  type TestUser,
} from '../support/factories';
import { BODIES, ID_SOURCES, PUBLIC_TABLES, QUERIES, sourceFor, type SweepWorld } from './cross-tenant.ids';
import { listedContent, operations, type Access, type Operation } from './openapi-routes';

interface Caller {
  name: string;
  role: string;
  apiKey: boolean;
  headers: Record<string, string>;
  /** Ids of org A this caller may legitimately see (its own membership of A). */
  mayKnow: Set<string>;
  /** An OAuth access token's granted scopes (a third-party app of org B acting for a member of B). */
  oauthScopes?: string[];
}

let db: TestDb;
let api: TestApp;
let doc: OpenAPIObject;
let world: SweepWorld;
let callers: Caller[];

const bearer = (u: TestUser) => ({ authorization: `Bearer ${u.token}` });

beforeAll(async () => {
  db = await createTestDatabase();
  api = await startApp(db);
  doc = (await api.request('GET', '/openapi.json')).body;
  const orgA = await newOrg(db, 'Org A');
  const orgB = await newOrg(db, 'Org B');
  world = {
    db,
    orgA,
    orgB,
    a: {
      admin: await newUser(db, orgA, 'admin'),
      provider: await newUser(db, orgA, 'provider'),
      patient: await newUser(db, orgA, 'patient'),
      member: await newUser(db, orgA, 'developer'),
    },
  };
  const bAdmin = await newUser(db, orgB, 'admin');
  const bProvider = await newUser(db, orgB, 'provider');
  // An admin of B who is also a patient of A, calling with a token for B.
  const dual = await newUser(db, orgB, 'admin');
  await addMembership(db, dual, orgA, 'patient');
  const key = await api.request('POST', '/api/api-keys', {
    token: bAdmin.token,
    body: { name: 'sweep', scope: ['read', 'write'], role: 'admin' },
  });
  expect(key.status).toBe(201);
  // Third-party apps of B with narrow OAuth scopes: one for a patient of B, one reading as B's admin.
  const bPatient = await newUser(db, orgB, 'patient');
  const app = await newOAuthClient(db, orgB);
  const patientApp = await newOAuthAccessToken(db, app, {
    userId: bPatient.id,
    grantId: 'sweep-patient',
    scopes: ['patient/*.rs'],
  });
  const adminApp = await newOAuthAccessToken(db, app, {
    userId: bAdmin.id,
    grantId: 'sweep-admin',
    scopes: ['user/Observation.rs', 'user/Patient.rs'],
  });
  callers = [
    {
      name: 'OAuth app of B, patient/*.rs for a patient of B',
      role: 'patient',
      apiKey: false,
      headers: { authorization: `Bearer ${patientApp.token}` },
      mayKnow: new Set(),
      oauthScopes: patientApp.scopes,
    },
    {
      name: "OAuth app of B, user/Observation.rs user/Patient.rs for B's admin",
      role: 'admin',
      apiKey: false,
      headers: { authorization: `Bearer ${adminApp.token}` },
      mayKnow: new Set(),
      oauthScopes: adminApp.scopes,
    },
    { name: 'admin of B', role: 'admin', apiKey: false, headers: bearer(bAdmin), mayKnow: new Set() },
    {
      name: 'provider of B',
      role: 'provider',
      apiKey: false,
      headers: bearer(bProvider),
      mayKnow: new Set(),
    },
    {
      name: 'admin API key of B',
      role: 'admin',
      apiKey: true,
      headers: { 'x-api-key': key.body.key },
      mayKnow: new Set(),
    },
    {
      name: 'admin of B, patient of A',
      role: 'admin',
      apiKey: false,
      headers: bearer(dual),
      mayKnow: new Set([orgA.id]),
    },
  ];
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});

/** 403 when the declared access excludes the caller, else `otherwise`. */
/** Routes of the platform organization's operators (jobs are instance-wide), refused to every tenant. */
const PLATFORM_ONLY = new Set([
  '/api/jobs',
  '/api/jobs/runs',
  '/api/instance/settings',
  '/api/instance/modules',
  '/api/instance/network',
  '/api/instance/monitoring-rules',
  '/api/instance/system-config',
]);
/** A plan's features (long-term memory: pro) answer 403 naming the plan to callers on another plan. */
const PLAN_GATED = new Set(['/api/user-memories']);

function expectedStatus(
  access: Access | undefined,
  caller: Caller,
  otherwise: number,
  op?: { method: string; path: string },
): number {
  if (!access || 'public' in access) return otherwise;
  if (caller.apiKey && !access.apiKeys) return 403;
  let role = caller.role;
  if (caller.oauthScopes) {
    // The scope's context, resource type and permission first; a request only a patient/ scope allows acts
    // in the patient role.
    const route = (op?.path ?? '').replace(/\{([^}]+)\}/g, ':$1');
    const decision = oauthScopeDecision(caller.oauthScopes, op?.method ?? 'GET', route, 'user');
    if (!decision.ok) return 403;
    if (decision.confined) role = 'patient';
  }
  if (access.roles !== 'any' && !access.roles.includes(role)) return 403;
  return otherwise;
}

type Schema = any;

/** A minimal valid-looking value for a JSON schema (required properties only), following $refs. */
function sample(schema: Schema): unknown {
  if (!schema) return undefined;
  if (schema.$ref) return sample(doc.components?.schemas?.[schema.$ref.split('/').pop()]);
  if (schema.allOf) return Object.assign({}, ...schema.allOf.map(sample));
  if (schema.example !== undefined) return schema.example;
  if (schema.enum) return schema.enum[0];
  switch (schema.type) {
    case 'object': {
      // The required properties; for a patch (nothing required), the one property likeliest to be valid,
      // so that the route gets past "nothing to update" to the row lookup.
      const names: string[] = schema.required?.length
        ? schema.required
        : [easiest(schema.properties ?? {})].filter(Boolean);
      const out: Record<string, unknown> = {};
      for (const name of names) out[name] = sample(schema.properties?.[name]);
      return out;
    }
    case 'array':
      return [sample(schema.items)];
    case 'boolean':
      return false;
    case 'integer':
    case 'number':
      return schema.minimum ?? 1;
    default:
      if (schema.format === 'uuid') return randomUUID();
      if (schema.format === 'date-time') return new Date(Date.now() + 86_400_000).toISOString();
      if (schema.format === 'date') return new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
      if (schema.format === 'email') return 'sweep@example.test';
      return 'sweep';
  }
}

/** The property whose sample is likeliest to pass validation: an example, an enum, a boolean, plain text. */
function easiest(properties: Record<string, Schema>): string | undefined {
  const resolve = (p: Schema): Schema => (p?.$ref ? doc.components?.schemas?.[p.$ref.split('/').pop()] : p);
  const rank = (p: Schema): number => {
    p = resolve(p);
    if (p?.example !== undefined) return 0;
    if (p?.enum) return 1;
    if (p?.type === 'boolean') return 2;
    if (p?.type === 'string' && !p.pattern && !p.format) return 3;
    return 9;
  };
  return Object.entries(properties).sort(([, a], [, b]) => rank(a) - rank(b))[0]?.[0];
}

/** The query string: QUERIES by route, else the route's required query parameters, sampled. */
function queryFor(op: Operation): string {
  const key = `${op.method} ${op.path}`;
  if (key in QUERIES) return QUERIES[key];
  const pairs = op.query.map((p): [string, string] => [p.name, String(p.example ?? sample(p.schema))]);
  return pairs.length ? `?${new URLSearchParams(pairs).toString()}` : '';
}

function bodyFor(op: Operation): unknown {
  const key = `${op.method} ${op.path}`;
  if (key in BODIES) return BODIES[key];
  const schema = op.requestBody?.content?.['application/json']?.schema;
  return schema ? sample(schema) : undefined;
}

describe('cross-tenant sweep', () => {
  it('no member or key of org B reaches a row of org A through any route', async () => {
    const ops = operations(doc);
    const idRoutes = ops.filter((o) => o.params.length);
    const listRoutes = ops.filter((o) => !o.params.length && o.method === 'GET');
    expect(idRoutes.length).toBeGreaterThan(0);

    const unresolved: string[] = [];
    const skipped: string[] = [];
    const resolved = new Map<Operation, string>();
    const readers = new Map<Operation, TestUser>();
    const publicReads = new Set<Operation>();
    const ids = new Map<string, string>();
    for (const op of idRoutes) {
      let path = op.path;
      let skip: string | undefined;
      let missing = false;
      for (const param of op.params) {
        const source = sourceFor(op.path, param);
        if (!source) {
          unresolved.push(
            `${op.method} ${op.path}: no IdSource for {${param}} (add one to test/http/cross-tenant.ids.ts)`,
          );
          missing = true;
          continue;
        }
        if (source.notTenantScoped) {
          skip = `${op.method} ${op.path}: {${param}} ${source.notTenantScoped}`;
          continue;
        }
        const memo = `${source.under}:${param}`;
        if (!ids.has(memo)) ids.set(memo, await source.resolve!(world));
        path = path.replace(`{${param}}`, encodeURIComponent(ids.get(memo)!));
        readers.set(op, source.readBy?.(world) ?? world.a.admin);
        if (source.publicRead && op.method === 'GET') publicReads.add(op);
      }
      if (skip) skipped.push(skip);
      else if (!missing) resolved.set(op, `${path}${queryFor(op)}`);
    }

    // The ids are real: the member of A who may read the row reads it (GET routes their role may call).
    for (const [op, path] of resolved) {
      const reader = readers.get(op)!;
      if (
        op.method !== 'GET' ||
        expectedStatus(op.access, { role: reader.role, apiKey: false } as Caller, 200) !== 200
      )
        continue;
      const res = await api.request('GET', path, { token: reader.token });
      expect(res.status, `control: ${reader.role} of A on GET ${op.path}`).toBe(200);
    }

    const leaks: string[] = [];
    const unexpected: string[] = [];
    for (const [op, path] of resolved) {
      for (const caller of callers) {
        const res = await api.request(op.method, path, { headers: caller.headers, body: bodyFor(op) });
        const want = expectedStatus(op.access, caller, 404, op);
        if (publicReads.has(op) && res.status >= 200 && res.status < 300) continue;
        if (res.status >= 200 && res.status < 300)
          leaks.push(`${op.method} ${path} as ${caller.name}: ${res.status}`);
        else if (res.status !== want)
          unexpected.push(
            `${op.method} ${op.path} as ${caller.name}: ${res.status} (expected ${want}) ${JSON.stringify(res.body)}`,
          );
      }
    }

    // Every id of org A's rows, across every tenant table, plus the org itself.
    const { rows: tables } = await db.owner.query(
      `SELECT c.table_name FROM information_schema.columns c
       WHERE c.table_schema = 'public' AND c.column_name = 'org_id'
         AND EXISTS (SELECT 1 FROM information_schema.columns i
                     WHERE i.table_schema = 'public' AND i.table_name = c.table_name AND i.column_name = 'id')`,
    );
    const aIds = new Set<string>([world.orgA.id]);
    for (const { table_name } of tables) {
      if (PUBLIC_TABLES.includes(table_name)) continue;
      const { rows } = await db.owner.query(
        `SELECT id::text AS id FROM public."${table_name}" WHERE org_id = $1`,
        [world.orgA.id],
      );
      for (const r of rows) aIds.add(r.id);
    }
    expect(aIds.size).toBeGreaterThan(10);

    for (const op of listRoutes) {
      for (const caller of callers) {
        const res = await api.request('GET', `${op.path}${queryFor(op)}`, { headers: caller.headers });
        // Instance-wide routes serve only the platform organization (PLATFORM_ORG_ID, unset here): 403 for all.
        const want = PLATFORM_ONLY.has(op.path)
          ? 403
          : expectedStatus(op.access, caller, 200, { method: 'GET', path: op.path });
        // A singleton the caller's org lacks (404) shows nothing either.
        const fine =
          want === 403
            ? res.status === 403
            : (res.status >= 200 && res.status < 300) ||
              res.status === 404 ||
              // Only the plan's own refusal, not any 403.
              (PLAN_GATED.has(op.path) &&
                res.status === 403 &&
                /needs the pro plan/.test(String((res.body as { detail?: unknown })?.detail)));
        if (!fine) {
          unexpected.push(
            `GET ${op.path} as ${caller.name}: ${res.status} (expected ${want}) ${JSON.stringify(res.body)}`,
          );
          continue;
        }
        const text = listedContent(op.path, res.body);
        // A public row names its organization.
        const publicList = ID_SOURCES.some(
          (s) => s.publicRead && (op.path === s.under || op.path.startsWith(`${s.under}/`)),
        );
        const seen = [...aIds].filter(
          (id) => !caller.mayKnow.has(id) && !(publicList && id === world.orgA.id) && text.includes(id),
        );
        if (seen.length) leaks.push(`GET ${op.path} as ${caller.name}: mentions org A's ${seen.join(', ')}`);
      }
    }

    const routes = resolved.size + listRoutes.length;
    console.log(
      `cross-tenant sweep: ${routes} routes x ${callers.length} callers tried, ${leaks.length} leaks`,
    );
    if (skipped.length) console.log(`not tenant-scoped, left out:\n  ${skipped.join('\n  ')}`);
    expect(leaks).toEqual([]);
    expect(unexpected).toEqual([]);
    expect(unresolved, 'id routes the sweep cannot resolve').toEqual([]);
  }, 120_000); // a sweep of every id route for four callers: minutes on a loaded 2-core machine
});
