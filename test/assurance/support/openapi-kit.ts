// Shared by the assurance suites: the live OpenAPI document, a world to call it in (org A with members of
// every role and a row behind every path parameter, reusing the cross-tenant sweep's id sources), values
// sampled from request schemas, row counts of every public table, and a response-contract checker (ajv).
import type { OpenAPIObject } from '@nestjs/swagger';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { APP_ROLES, type AppRole } from '../../../src/common/context/claims';
import type { TestApp } from '../../support/app';
import type { TestDb } from '../../support/db';
import { newOrg, newUser, type TestOrg, type TestUser } from '../../support/factories';
import { BODIES, sourceFor, type IdSource, type SweepWorld } from '../../http/cross-tenant.ids';
import { operations, type Operation } from '../../http/openapi-routes';

export type Schema = any;

export interface World extends SweepWorld {
  api: TestApp;
  doc: OpenAPIObject;
  /** A fresh member of org A with the role (a new user and session each call). */
  member(role: AppRole): Promise<TestUser>;
}

export async function makeWorld(db: TestDb, api: TestApp): Promise<World> {
  const doc = (await api.request('GET', '/openapi.json')).body as OpenAPIObject;
  const orgA: TestOrg = await newOrg(db, 'Assurance A');
  const orgB: TestOrg = await newOrg(db, 'Assurance B');
  const world: World = {
    db,
    api,
    doc,
    orgA,
    orgB,
    a: {
      admin: await newUser(db, orgA, 'admin'),
      provider: await newUser(db, orgA, 'provider'),
      patient: await newUser(db, orgA, 'patient'),
      member: await newUser(db, orgA, 'developer'),
    },
    member: (role) => newUser(db, orgA, role),
  };
  // Every row behind a path parameter exists before the first request (sources build on each other, and a
  // request may change a parent, such as voiding the invoice a payment source would pay).
  for (const op of operations(doc)) await fillPath(world, op);
  return world;
}

export function allOperations(doc: OpenAPIObject): Operation[] {
  return operations(doc);
}

export function rawOperation(doc: OpenAPIObject, op: Operation): any {
  return (doc.paths as any)[op.path][op.method.toLowerCase()];
}

/** The role a member of A calls an operation with: admin where allowed, else the first declared role. */
export function callerRole(op: Operation): AppRole | undefined {
  const access = op.access;
  if (!access || 'public' in access) return undefined;
  if (access.roles === 'any' || access.roles.includes('admin')) return 'admin';
  return access.roles.find((r): r is AppRole => (APP_ROLES as readonly string[]).includes(r));
}

export function deref(doc: OpenAPIObject, schema: Schema): Schema {
  let s = schema;
  while (s?.$ref) s = (doc.components?.schemas as any)?.[s.$ref.split('/').pop()];
  return s;
}

/** The JSON request body schema of an operation, dereferenced, or undefined. */
export function bodySchema(doc: OpenAPIObject, op: Operation): Schema | undefined {
  const schema = op.requestBody?.content?.['application/json']?.schema;
  return schema ? flatten(doc, schema) : undefined;
}

/** Dereferences a schema and merges allOf into one object schema. */
export function flatten(doc: OpenAPIObject, schema: Schema): Schema {
  const s = deref(doc, schema);
  if (!s?.allOf) return s;
  const parts = s.allOf.map((p: Schema) => flatten(doc, p));
  return {
    ...s,
    allOf: undefined,
    type: 'object',
    properties: Object.assign({}, ...parts.map((p: Schema) => p.properties ?? {}), s.properties ?? {}),
    required: [...new Set([...parts.flatMap((p: Schema) => p.required ?? []), ...(s.required ?? [])])],
  };
}

/** A deterministic value that should pass the schema: examples, enums, formats, bounds. */
export function sample(doc: OpenAPIObject, schema: Schema, all = false): unknown {
  const s = flatten(doc, schema);
  if (!s) return 'x';
  if (s.example !== undefined) return s.example;
  if (s.enum) return s.enum[0];
  switch (s.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      const names = all ? Object.keys(s.properties ?? {}) : (s.required ?? []);
      for (const name of names) out[name] = sample(doc, s.properties?.[name], false);
      return out;
    }
    case 'array':
      return s.minItems ? [sample(doc, s.items)] : [sample(doc, s.items)];
    case 'integer':
    case 'number':
      return s.minimum ?? (s.maximum !== undefined ? Math.min(1, s.maximum) : 1);
    case 'boolean':
      return true;
    default:
      break;
  }
  switch (s.format) {
    case 'uuid':
      return '00000000-0000-4000-8000-000000000000';
    case 'date-time':
      return new Date(Date.now() + 40 * 86_400_000).toISOString();
    case 'date':
      return '2030-01-15';
    case 'email':
      return `sample-${Math.random().toString(36).slice(2, 8)}@example.test`;
    case 'uri':
    case 'url':
      return 'https://example.test/x';
    default:
      break;
  }
  const min = s.minLength ?? 1;
  return 'sample'.padEnd(Math.max(min, 6), 'x').slice(0, s.maxLength ?? 64);
}

/** A body for a write operation: the cross-tenant sweep's hand-made body if any, else a sampled one. */
export function validBody(doc: OpenAPIObject, op: Operation): unknown {
  const key = `${op.method} ${op.path}`;
  if (key in BODIES) return structuredClone(BODIES[key]);
  const schema = bodySchema(doc, op);
  if (!schema) return undefined;
  const body = sample(doc, schema) as Record<string, unknown>;
  // A body with nothing required (a PATCH) gets one easy field, so the call is a real write attempt.
  if (body && typeof body === 'object' && !Object.keys(body).length) {
    const props = Object.entries<Schema>(schema.properties ?? {});
    const easy =
      props.find(([, p]) => flatten(doc, p)?.example !== undefined || flatten(doc, p)?.enum) ??
      props.find(([, p]) => flatten(doc, p)?.type === 'string' && !flatten(doc, p)?.format) ??
      props[0];
    if (easy) body[easy[0]] = sample(doc, easy[1]);
  }
  return body;
}

/** The path with every parameter filled with a row of A (or a harmless value when there is no source). */
export async function fillPath(
  w: World,
  op: Operation,
  override?: (param: string) => string | undefined,
): Promise<string> {
  let path = op.path;
  for (const param of op.params) {
    let value = override?.(param);
    if (value === undefined) {
      const source = sourceFor(op.path, param);
      value = source?.resolve
        ? await resolveOnce(w, source)
        : param === 'name'
          ? 'expire-notifications'
          : '00000000-0000-4000-8000-000000000000';
    }
    path = path.replace(`{${param}}`, encodePathValue(value));
  }
  return path;
}

const resolved = new WeakMap<World, Map<IdSource, Promise<string>>>();

/** A source's row, created once per world (some sources insert a new row on every call). */
function resolveOnce(w: World, source: IdSource): Promise<string> {
  let rows = resolved.get(w);
  if (!rows) resolved.set(w, (rows = new Map()));
  if (!rows.has(source)) rows.set(source, source.resolve!(w));
  return rows.get(source)!;
}

function encodePathValue(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    // A lone surrogate has no UTF-8 form: send the replacement character, as a browser would.
    return encodeURIComponent(value.replace(/[\ud800-\udfff]/g, '\ufffd'));
  }
}

let countSql: string | undefined;

/** Exact row counts of every table in schema public, in one round trip. */
export async function publicRowCounts(db: TestDb): Promise<Record<string, number>> {
  if (!countSql) {
    const { rows } = await db.owner.query(
      `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition ORDER BY 1`,
    );
    // A function takes at most 100 arguments: one object per 40 tables, merged.
    const pairs = rows.map((r) => `'${r.relname}', (SELECT count(*) FROM public."${r.relname}")`);
    const objects: string[] = [];
    for (let i = 0; i < pairs.length; i += 40)
      objects.push(`jsonb_build_object(${pairs.slice(i, i + 40).join(', ')})`);
    countSql = `SELECT ${objects.join(' || ')} AS counts`;
  }
  const { rows } = await db.owner.query(countSql);
  return rows[0].counts;
}

export function countDiff(before: Record<string, number>, after: Record<string, number>): string[] {
  return Object.keys({ ...before, ...after })
    .filter((t) => before[t] !== after[t])
    .map((t) => `${t}: ${before[t]} -> ${after[t]}`);
}

export interface ApiCall {
  method: string;
  path: string;
  status: number;
  body: unknown;
  contentType: string | null;
}

/** Checks responses against the document: the status is documented and the body matches its schema. */
export class ContractChecker {
  private readonly ajv: Ajv;
  private readonly cache = new Map<string, ValidateFunction | null>();
  readonly mismatches: string[] = [];
  checked = 0;

  constructor(private readonly doc: OpenAPIObject) {
    this.ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
    addFormats(this.ajv);
    this.ajv.addSchema({ $id: 'openapi', components: nullableEnums(doc.components) }, 'openapi');
  }

  private validator(op: Operation, status: number): ValidateFunction | null | 'undocumented' {
    const raw = rawOperation(this.doc, op);
    const response =
      raw.responses?.[String(status)] ?? raw.responses?.[`${String(status)[0]}XX`] ?? raw.responses?.default;
    if (!response) return 'undocumented';
    const key = `${op.method} ${op.path} ${status}`;
    if (!this.cache.has(key)) {
      const schema =
        response.content?.['application/json']?.schema ??
        response.content?.['application/problem+json']?.schema;
      this.cache.set(key, schema ? this.ajv.compile(nullableEnums(rewriteRefs(schema))) : null);
    }
    return this.cache.get(key)!;
  }

  /** Records a mismatch (and returns its text) when the response does not follow the document. */
  check(op: Operation, call: ApiCall): string | undefined {
    this.checked++;
    const v = this.validator(op, call.status);
    let problem: string | undefined;
    if (v === 'undocumented') problem = `status ${call.status} is not documented`;
    else if (v === null) {
      if (call.status !== 204 && call.body !== undefined && call.body !== '')
        problem = `a body where the document declares none`;
    } else if (!v(call.body)) {
      problem = this.ajv.errorsText(v.errors, { dataVar: 'body' });
    }
    if (!problem) return undefined;
    const text = `${op.method} ${op.path} -> ${call.status}: ${problem}`;
    this.mismatches.push(text);
    return text;
  }
}

function rewriteRefs(schema: Schema): Schema {
  return JSON.parse(JSON.stringify(schema).replace(/"#\/components\//g, '"openapi#/components/'));
}

/**
 * OpenAPI 3.0 `nullable: true` next to an `enum` (as @nestjs/swagger writes it) means the value may also be
 * null; JSON Schema's enum needs null listed for that.
 */
function nullableEnums(node: any): any {
  if (Array.isArray(node)) return node.map(nullableEnums);
  if (!node || typeof node !== 'object') return node;
  const out: any = {};
  for (const [k, v] of Object.entries(node)) out[k] = nullableEnums(v);
  if (out.nullable === true && Array.isArray(out.enum) && !out.enum.includes(null))
    out.enum = [...out.enum, null];
  return out;
}

/** Problem-details members every 4xx must carry. */
export function problemGaps(status: number, body: any, contentType: string | null): string[] {
  const gaps: string[] = [];
  if (!contentType?.includes('application/problem+json')) gaps.push(`content-type ${contentType}`);
  if (!body || typeof body !== 'object') return [...gaps, 'no JSON body'];
  for (const k of ['type', 'title', 'detail', 'requestId'])
    if (typeof body[k] !== 'string' || !body[k]) gaps.push(`no ${k}`);
  if (body.status !== status) gaps.push(`status ${body.status} != ${status}`);
  return gaps;
}

/** Sends a request and keeps the raw status, parsed body and content type. */
export async function send(
  w: World,
  method: string,
  path: string,
  opts: { token?: string; body?: unknown; raw?: string; headers?: Record<string, string> } = {},
): Promise<ApiCall> {
  const headers: Record<string, string> = { ...(opts.headers ?? {}) };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  let payload = opts.raw;
  if (opts.body !== undefined) payload = JSON.stringify(opts.body);
  if (payload !== undefined) headers['content-type'] ??= 'application/json';
  const res = await fetch(`${w.api.url}${path}`, { method, headers, body: payload });
  const text = await res.text();
  let body: unknown = text || undefined;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    /* not JSON */
  }
  return { method, path, status: res.status, body, contentType: res.headers.get('content-type') };
}
