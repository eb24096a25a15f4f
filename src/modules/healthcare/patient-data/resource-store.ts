// One table-driven store for the simple resources of this module (catalogs, the patient's own logs, the
// companion app's tables): list with filters and keyset pagination, get, create, update, delete. Every query
// runs in the request's RLS transaction through sql(); the policies decide which rows exist for the caller,
// and the owner (or org) is still named in the WHERE where it filters, so RLS is the second lock.
// Column and table names come from the specs below (code constants), never from input.
import { currentTransaction } from '../../../common/context/request-context';
import { sql } from '../../../common/database/sql';
import { notFound } from '../../../common/errors/domain-error';
import { cursorColumn, decodeCursor, page } from '../../../common/pagination';

export interface ResourceSpec {
  /** For messages: "The measurement does not exist or is not visible to you." */
  noun: string;
  table: string;
  /** The column naming the row's owner; absent for public catalogs (which are per org). */
  owner?: 'patient_id' | 'user_id';
  /** Writable fields: API key -> column. */
  fields: Record<string, string>;
  /** Read expressions that differ from the column (dates as text, computed values), by API key. */
  selectAs?: Record<string, string>;
  /** Query filters: API key -> SQL with `$?` for the bound value (default: `<column> = $?`). */
  filters?: Record<string, string>;
  /** The column `from` / `to` filter on. */
  timeColumn?: string;
  /** A text column `q` searches (case-insensitive substring). */
  searchColumn?: string;
  /** Columns the read expressions need beyond the fields (for RETURNING, which names its columns). */
  extraColumns?: string[];
}

export type Values = Record<string, unknown>;

export interface ListOptions {
  limit: number;
  cursor?: string;
  from?: string;
  to?: string;
  q?: string;
  [filter: string]: unknown;
}

const quoteKey = (k: string) => `"${k}"`;

export function selectList(spec: ResourceSpec, alias = 't'): string {
  const parts = [`${alias}.id`, `${alias}.org_id AS "orgId"`];
  if (spec.owner) parts.push(`${alias}.${spec.owner} AS ${quoteKey(spec.owner === 'patient_id' ? 'patientId' : 'userId')}`);
  for (const [key, col] of Object.entries(spec.fields)) {
    const expr = spec.selectAs?.[key] ?? `${alias}.${col}`;
    parts.push(`${expr.replaceAll('{t}', alias)} AS ${quoteKey(key)}`);
  }
  for (const [key, expr] of Object.entries(spec.selectAs ?? {}))
    if (!(key in spec.fields)) parts.push(`${expr.replaceAll('{t}', alias)} AS ${quoteKey(key)}`);
  parts.push(`${alias}.created_at AS "createdAt"`, `${alias}.updated_at AS "updatedAt"`);
  return parts.join(', ');
}

/** What writes return: only named columns, so tables with unreadable columns work too. */
function returningList(spec: ResourceSpec): string {
  const cols = ['id', 'org_id', ...(spec.owner ? [spec.owner] : []), ...Object.values(spec.fields)];
  return [...new Set([...cols, ...(spec.extraColumns ?? []), 'created_at', 'updated_at'])].join(', ');
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export class ResourceStore {
  constructor(readonly spec: ResourceSpec) {}

  private get claims() {
    return currentTransaction().claims;
  }

  /** The caller's own rows (owner = the caller), or, with `ownerId`, another person's rows RLS lets through. */
  async list(opts: ListOptions, ownerId?: string) {
    const { spec } = this;
    const where: string[] = [];
    const params: unknown[] = [];
    const bind = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    if (spec.owner) {
      where.push(`t.${spec.owner} = ${bind(ownerId ?? this.claims.sub)}`);
      where.push(`t.org_id = ${bind(this.claims.org_id)}`);
    }
    for (const [key, expr] of Object.entries(spec.filters ?? {})) {
      const v = opts[key];
      if (v === undefined || v === null || v === '') continue;
      const sqlExpr = expr.includes('$?') ? expr : `${expr} = $?`;
      where.push(sqlExpr.replaceAll('{t}', 't').replace('$?', bind(v)));
    }
    if (spec.timeColumn && opts.from) where.push(`t.${spec.timeColumn} >= ${bind(opts.from)}`);
    if (spec.timeColumn && opts.to) where.push(`t.${spec.timeColumn} < ${bind(opts.to)}`);
    if (spec.searchColumn && opts.q) where.push(`t.${spec.searchColumn} ILIKE ${bind(`%${escapeLike(opts.q)}%`)}`);
    const after = decodeCursor(opts.cursor);
    if (after) where.push(`(t.created_at, t.id) < (${bind(after.createdAt)}::timestamptz, ${bind(after.id)}::uuid)`);
    const rows = await sql().rows<{ cursorAt: string; id: string }>(
      `SELECT ${selectList(spec)}, ${cursorColumn('t.created_at')} FROM public.${spec.table} t
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY t.created_at DESC, t.id DESC LIMIT ${bind(opts.limit + 1)}`,
      params,
    );
    return page(rows, opts.limit);
  }

  async get(id: string) {
    const row = await sql().one(`SELECT ${selectList(this.spec)} FROM public.${this.spec.table} t WHERE t.id = $1`, [id]);
    if (!row) throw notFound(this.spec.noun);
    return row;
  }

  /** Inserts the given fields; the owner is always the caller and org_id defaults to the caller's org. */
  async create(values: Values, extra: Record<string, unknown> = {}) {
    const { spec } = this;
    const cols: string[] = [];
    const params: unknown[] = [];
    if (spec.owner) {
      cols.push(spec.owner);
      params.push(this.claims.sub);
    }
    for (const [col, v] of Object.entries(extra)) {
      cols.push(col);
      params.push(v);
    }
    for (const [key, col] of Object.entries(spec.fields)) {
      if (values[key] === undefined) continue;
      cols.push(col);
      params.push(values[key]);
    }
    const row = await sql().returning(
      `WITH t AS (INSERT INTO public.${spec.table} (${cols.join(', ')})
                  VALUES (${params.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING ${returningList(spec)})
       SELECT ${selectList(spec)} FROM t`,
      params,
    );
    return row;
  }

  /** Updates the given fields (null clears a nullable one); 404 when the row is not visible or not writable. */
  async update(id: string, values: Values, extra: Record<string, unknown> = {}) {
    const { spec } = this;
    const sets: string[] = [];
    const params: unknown[] = [id];
    for (const [col, v] of Object.entries(extra)) {
      params.push(v);
      sets.push(`${col} = $${params.length}`);
    }
    for (const [key, col] of Object.entries(spec.fields)) {
      if (values[key] === undefined) continue;
      params.push(values[key]);
      sets.push(`${col} = $${params.length}`);
    }
    // An empty patch changes nothing: answer the row as it is (404 when it is not visible).
    if (!sets.length) return this.get(id);
    const rows = await sql().rows(
      `WITH t AS (UPDATE public.${spec.table} SET ${sets.join(', ')} WHERE id = $1 RETURNING ${returningList(spec)})
       SELECT ${selectList(spec)} FROM t`,
      params,
    );
    if (!rows.length) throw notFound(spec.noun);
    return rows[0];
  }

  async remove(id: string): Promise<void> {
    const n = await sql().exec(`DELETE FROM public.${this.spec.table} WHERE id = $1`, [id]);
    if (!n) throw notFound(this.spec.noun);
  }
}
