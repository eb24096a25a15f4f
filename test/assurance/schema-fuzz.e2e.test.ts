// Schema fuzzing and the response contract. For every operation of /openapi.json, fast-check generates
// requests from the operation's own schemas (a fixed seed, a bounded number of runs): valid and broken
// bodies (wrong types, missing fields, huge strings, unicode, extreme numbers, bad UUIDs and dates, deep
// JSON), path parameters and query strings, with and without credentials. Every answer must be below 500,
// every 4xx a problem-details body, a refused request must leave every public table's row count unchanged,
// and every answer (and one happy-path call per operation before the fuzzing) must match the document.
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startApp, type TestApp } from '../support/app';
import { createTestDatabase, testConfig, type TestDb } from '../support/db';
import { fakeStripeConfig, startFakeStripe, type FakeStripe } from '../support/fake-stripe';
import { startFakeOpenAi, type FakeOpenAi } from '../support/fake-openai';
import type { Operation } from '../http/openapi-routes';
import {
  allOperations,
  bodySchema,
  callerRole,
  ContractChecker,
  countDiff,
  fillPath,
  flatten,
  makeWorld,
  problemGaps,
  publicRowCounts,
  rawOperation,
  send,
  validBody,
  type ApiCall,
  type Schema,
  type World,
} from './support/openapi-kit';

/**
 * Runs per operation and the seed: about 1,800 requests, well under a minute on two cores. FUZZ_RUNS and
 * FUZZ_SEED override them; FUZZ_REPORT=<file> writes every finding (5xx, problem gaps, partial writes,
 * contract mismatches) there as JSON.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 8);
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_123);

/**
 * Tables a refused request may legitimately write: the abuse-limit counters count refused sign-ins, and
 * the audit trail records security events such as a failed sign-in. Every other table keeps its row count.
 */
const WRITTEN_ON_REFUSAL = new Set(['rate_limit_counters', 'audit_logs']);

let db: TestDb;
let api: TestApp;
let w: World;
let contract: ContractChecker;
// Companion billing calls Stripe: the fuzz runs against the local fake Stripe API.
let fakeStripe: FakeStripe;
// The AI module's chat answers 503 without a model: the fuzz runs against the local fake model server.
let fakeModel: FakeOpenAi;

beforeAll(async () => {
  fakeModel = await startFakeOpenAi();
  fakeStripe = await startFakeStripe();
  db = await createTestDatabase(
    testConfig({
      STRIPE_WEBHOOK_SECRET: 'whsec_assurance',
      ...fakeStripeConfig(fakeStripe),
      AI_BASE_URL: fakeModel.url,
      AI_CHAT_MODEL: 'fake-chat',
    }),
  );
  api = await startApp(db);
  w = await makeWorld(db, api);
  contract = new ContractChecker(w.doc);
});
afterAll(async () => {
  await api?.close();
  await db?.close();
  await fakeStripe?.close();
  await fakeModel?.close();
});

function deep(depth: number): unknown {
  let v: unknown = 'bottom';
  for (let i = 0; i < depth; i++) v = { a: v, b: [v === 'bottom' ? 1 : 0] };
  return v;
}

const NASTY: unknown[] = [
  null,
  -1,
  0,
  -2_147_483_649,
  2_147_483_648,
  9_007_199_254_740_993,
  1e308,
  -1e308,
  0.1,
  '',
  ' ',
  '\u0000',
  'x'.repeat(20_000),
  '😀\u202e𝕏 ünïcödé \ud83d',
  'not-a-uuid',
  '00000000-0000-0000-0000-00000000000g',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '2024-02-30',
  '2024-13-45T25:61:00Z',
  '+275760-09-13T00:00:00.001Z',
  '1e400',
  "'; DROP TABLE users; --",
  '../../etc/passwd',
  true,
  [],
  {},
  [[[[]]]],
  { $gt: '' },
  deep(300),
];

const nasty = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.integer() },
);

/** A value the schema should accept. */
function validArb(schema: Schema, depth = 0): fc.Arbitrary<unknown> {
  const s = flatten(w.doc, schema);
  if (!s) return fc.constant('x');
  if (s.enum) return fc.constantFrom(...s.enum);
  if (s.type === 'object' || s.properties) {
    if (depth > 3) return fc.constant({});
    const props = Object.entries<Schema>(s.properties ?? {});
    const required: string[] = s.required ?? [];
    const model: Record<string, fc.Arbitrary<unknown>> = {};
    for (const [k, v] of props) model[k] = validArb(v, depth + 1);
    return fc.record(model, { requiredKeys: required.filter((k) => k in model) });
  }
  if (s.type === 'array')
    return fc.array(validArb(s.items, depth + 1), {
      minLength: s.minItems ?? 0,
      maxLength: Math.min(s.maxItems ?? 3, 3),
    });
  if (s.type === 'integer') return fc.integer({ min: s.minimum ?? -1000, max: s.maximum ?? 1_000_000 });
  if (s.type === 'number')
    return fc.double({ min: s.minimum ?? -1000, max: s.maximum ?? 1_000_000, noNaN: true });
  if (s.type === 'boolean') return fc.boolean();
  switch (s.format) {
    case 'uuid':
      return fc.uuid({ version: 4 });
    case 'date-time':
      return fc
        .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
        .map((d) => d.toISOString());
    case 'date':
      return fc
        .date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10));
    case 'email':
      return fc.emailAddress();
    default:
      break;
  }
  const example = s.example !== undefined ? [fc.constant(s.example)] : [];
  return fc.oneof(
    ...example,
    fc.string({ unit: 'grapheme', minLength: s.minLength ?? 1, maxLength: Math.min(s.maxLength ?? 40, 40) }),
  );
}

/** A body the schema should refuse (mostly): one field broken, one required field missing, or no object at all. */
function brokenBodyArb(schema: Schema): fc.Arbitrary<unknown> {
  const s = flatten(w.doc, schema);
  const valid = validArb(s) as fc.Arbitrary<Record<string, unknown>>;
  const props = Object.keys(s.properties ?? {});
  const required: string[] = s.required ?? [];
  const arbs: fc.Arbitrary<unknown>[] = [nasty];
  if (props.length)
    arbs.push(
      fc
        .tuple(valid, fc.constantFrom(...props), nasty)
        .map(([v, k, bad]) => ({ ...(v as object), [k]: bad })),
      fc.tuple(valid, fc.constantFrom(...props)).map(([v, k]) => ({ ...(v as object), [k]: deep(200) })),
    );
  if (required.length)
    arbs.push(
      fc.tuple(valid, fc.constantFrom(...required)).map(([v, k]) => {
        const copy = { ...(v as object) } as Record<string, unknown>;
        delete copy[k];
        return copy;
      }),
    );
  return fc.oneof(...arbs);
}

interface FuzzRequest {
  params: Record<string, string | undefined>;
  query: Array<[string, string]>;
  body: unknown;
  auth: 'caller' | 'none' | 'garbage';
  idempotencyKey: string;
}

function requestArb(op: Operation): fc.Arbitrary<FuzzRequest> {
  const raw = rawOperation(w.doc, op);
  const params: Record<string, fc.Arbitrary<string | undefined>> = {};
  for (const p of op.params)
    params[p] = fc.oneof(
      { weight: 3, arbitrary: fc.constant(undefined) }, // a row of org A
      { weight: 2, arbitrary: fc.uuid() },
      {
        weight: 2,
        arbitrary: nasty.map((v) => (typeof v === 'string' && v !== '' ? v : (JSON.stringify(v) ?? 'x'))),
      },
    );
  const queryParams: Array<{ name: string; schema: Schema }> = (raw.parameters ?? []).filter(
    (p: any) => p.in === 'query',
  );
  const query = fc
    .tuple(
      ...queryParams.map((p) =>
        fc.option(
          fc.oneof(
            validArb(p.schema ?? { type: 'string' }).map((v) => String(v)),
            nasty.map((v) => (typeof v === 'string' ? v : (JSON.stringify(v) ?? ''))),
          ),
          { freq: 2 },
        ),
      ),
    )
    .map((values) =>
      values.flatMap((v, i): Array<[string, string]> => (v === null ? [] : [[queryParams[i].name, v]])),
    );
  const schema = bodySchema(w.doc, op);
  const body = schema
    ? fc.oneof({ weight: 2, arbitrary: validArb(schema) }, { weight: 3, arbitrary: brokenBodyArb(schema) })
    : op.method === 'GET' || op.method === 'HEAD'
      ? fc.constant(undefined)
      : fc.option(nasty, { freq: 3 }).map((v) => (v === null ? undefined : v));
  return fc.record({
    params: fc.record(params),
    query: queryParams.length ? query : fc.constant([]),
    body,
    auth: fc.constantFrom<'caller' | 'none' | 'garbage'>(
      'caller',
      'caller',
      'caller',
      'caller',
      'caller',
      'caller',
      'none',
      'garbage',
    ),
    idempotencyKey: fc.oneof(fc.uuid(), fc.stringMatching(/^[A-Za-z0-9-]{0,300}$/)),
  });
}

it('fuzzes every operation: no 5xx, problem details on every 4xx, no partial write, answers as documented', async () => {
  const ops = allOperations(w.doc);
  // Destructive operations last, so the rows the others act on exist while they run.
  const order = (o: Operation) => (o.method === 'DELETE' ? 2 : o.path.startsWith('/api/auth') ? 1 : 0);
  ops.sort((a, b) => order(a) - order(b));
  let tried = 0;
  let happy = 0;
  const fiveXX: string[] = [];
  const problems: string[] = [];
  const partial: string[] = [];
  const statuses = new Map<number, number>();
  let counts = await publicRowCounts(db);

  async function observe(op: Operation, call: ApiCall, label: string): Promise<void> {
    tried++;
    statuses.set(call.status, (statuses.get(call.status) ?? 0) + 1);
    if (call.status >= 500)
      fiveXX.push(`${label}: ${call.status} ${JSON.stringify(call.body)?.slice(0, 300)}`);
    if (call.status >= 400 && call.status < 500) {
      const gaps = problemGaps(call.status, call.body, call.contentType);
      if (gaps.length) problems.push(`${label}: ${call.status} ${gaps.join(', ')}`);
    }
    contract.check(op, call);
    const now = await publicRowCounts(db);
    if (call.status >= 400) {
      const diff = countDiff(counts, now).filter((d) => !WRITTEN_ON_REFUSAL.has(d.split(':')[0]));
      if (diff.length) partial.push(`${label}: ${call.status} changed ${diff.join(', ')}`);
    }
    counts = now;
  }

  // The happy path first: every operation once, as a member allowed to call it, with a sampled body.
  for (const op of ops) {
    const role = callerRole(op);
    const caller = role ? await w.member(role) : undefined;
    const schema = bodySchema(w.doc, op);
    const body = schema ? validBody(w.doc, op) : undefined;
    const path = await fillPath(w, op);
    counts = await publicRowCounts(db); // the caller and the path's rows were just created
    const call = await send(w, op.method, path, {
      token: caller?.token,
      body,
      headers: { 'idempotency-key': randomUUID() },
    });
    happy++;
    await observe(op, call, `happy ${op.method} ${op.path}`);
  }

  for (const [i, op] of ops.entries()) {
    const role = callerRole(op);
    const caller = role ? await w.member(role) : undefined;
    await fillPath(w, op); // creates the rows behind the path now, not during a request
    counts = await publicRowCounts(db);
    const result = await fc.check(
      fc.asyncProperty(requestArb(op), async (req) => {
        let path = await fillPath(w, op, (p) => req.params[p]);
        if (req.query.length) path += `?${new URLSearchParams(req.query).toString()}`;
        const headers: Record<string, string> = { 'idempotency-key': req.idempotencyKey };
        if (req.auth === 'garbage') headers.authorization = 'Bearer not.a.token';
        const token = req.auth === 'caller' ? caller?.token : undefined;
        const call = await send(w, op.method, path, { token, body: req.body, headers });
        await observe(
          op,
          call,
          `${op.method} ${path.slice(0, 200)} body=${JSON.stringify(req.body)?.slice(0, 200)}`,
        );
        return true;
      }),
      { seed: SEED + i, numRuns: RUNS },
    );
    if (result.failed)
      throw result.errorInstance ?? new Error(`fast-check stopped on ${op.method} ${op.path}`);
  }

  const byStatus = [...statuses.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([s, n]) => `${s}:${n}`)
    .join(' ');
  process.stdout.write(
    `schema fuzzing: ${tried} requests tried on ${ops.length} operations (${happy} happy path, ${RUNS} fuzz runs each, seed ${SEED}), ` +
      `${fiveXX.length} 5xx, ${problems.length} 4xx without problem details, ${partial.length} partial writes [${byStatus}]\n` +
      `response contract: ${contract.checked} responses checked, ${contract.mismatches.length} mismatches\n`,
  );
  if (process.env.FUZZ_REPORT)
    writeFileSync(
      process.env.FUZZ_REPORT,
      JSON.stringify({ fiveXX, problems, partial, mismatches: contract.mismatches }, null, 1),
    );
  expect(fiveXX).toEqual([]);
  expect(problems).toEqual([]);
  expect(partial).toEqual([]);
  expect([...new Set(contract.mismatches)]).toEqual([]);
}, 240_000);
