// A table-driven store for the clinic resources: list (filters, keyset pagination), get, insert, update,
// delete, each in the request's RLS transaction through sql(). Policies decide which rows exist for the
// caller; the caller's org is still named in the WHERE of tenant reads, so RLS is the second lock.
// Table and column names come from the specs (code constants), never from input.
import { currentTransaction } from '../../../common/context/request-context';
import { sql } from '../../../common/database/sql';
import { DomainError, notFound } from '../../../common/errors/domain-error';
import { decodeCursor, encodeCursor } from '../../../common/pagination';

export interface TableSpec {
  table: string;
  /** For messages: "The booking does not exist or is not visible to you." */
  noun: string;
  /** API key -> read expression (a column, or SQL over the table's columns). */
  read: Record<string, string>;
  /** API key -> column, for create. */
  insert: Record<string, string>;
  /** API key -> column, for update. */
  update: Record<string, string>;
  /** Query key -> SQL with `$?` for the bound value. */
  filters: Record<string, string>;
  /** Public catalogs are listed across organizations (filtered by organizationId when given). */
  publicCatalog?: boolean;
}

export type Values = Record<string, unknown>;

export interface ListQuery {
  limit: number;
  cursor?: string;
  [filter: string]: unknown;
}

/** created_at to the microsecond: a millisecond cursor would skip rows created in the same millisecond. */
const CURSOR_AT = `to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "cursorAt"`;

export function selectList(spec: TableSpec): string {
  return Object.entries(spec.read)
    .map(([key, expr]) => `${expr} AS "${key}"`)
    .join(', ');
}

export class TableStore {
  constructor(readonly spec: TableSpec) {}

  protected get claims() {
    return currentTransaction().claims;
  }

  async list(query: ListQuery, extra?: { where: string; params: unknown[] }) {
    const { spec } = this;
    const params: unknown[] = [];
    const bind = (v: unknown) => `$${params.push(v)}`;
    const where: string[] = [];
    if (!spec.publicCatalog) where.push(`org_id = ${bind(this.claims.org_id)}`);
    for (const [key, cond] of Object.entries(spec.filters)) {
      const v = query[key];
      if (v === undefined || v === null || v === '') continue;
      where.push(cond.replaceAll('$?', bind(v)));
    }
    if (extra) {
      let cond = extra.where;
      for (const p of extra.params) cond = cond.replace('$?', bind(p));
      where.push(cond);
    }
    const after = decodeCursor(query.cursor);
    if (after) where.push(`(created_at, id) < (${bind(after.createdAt)}::timestamptz, ${bind(after.id)}::uuid)`);
    const rows = await sql().rows<Values & { cursorAt: string; id: string }>(
      `SELECT ${selectList(spec)}, ${CURSOR_AT} FROM public.${spec.table}
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY created_at DESC, id DESC LIMIT ${bind(query.limit + 1)}`,
      params,
    );
    const items = rows.slice(0, query.limit).map(({ cursorAt: _c, ...item }) => item);
    const last = rows[query.limit - 1];
    return {
      items,
      nextCursor: rows.length > query.limit ? encodeCursor({ createdAt: last.cursorAt, id: last.id }) : null,
    };
  }

  async get(id: string): Promise<Values> {
    const { spec } = this;
    const row = await sql().one(
      `SELECT ${selectList(spec)} FROM public.${spec.table} WHERE id = $1${spec.publicCatalog ? '' : ' AND org_id = $2'}`,
      spec.publicCatalog ? [id] : [id, this.claims.org_id],
    );
    if (!row) throw notFound(spec.noun);
    return row;
  }

  async create(dto: Values, extra: Values = {}): Promise<Values> {
    const { spec } = this;
    const entries = [
      ...Object.entries(spec.insert)
        .filter(([key]) => dto[key] !== undefined)
        .map(([key, col]) => [col, dto[key]] as const),
      ...Object.entries(extra),
    ];
    const row = await sql().returning<{ id: string }>(
      `INSERT INTO public.${spec.table} (${entries.map(([c]) => c).join(', ')})
       VALUES (${entries.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING id`,
      entries.map(([, v]) => v),
    );
    return this.get(row.id);
  }

  /** Updates the fields present in the DTO (null clears a nullable field); 404 when the row is not writable. */
  async update(id: string, dto: Values, extra: Values = {}): Promise<Values> {
    const { spec } = this;
    const entries = [
      ...Object.entries(spec.update)
        .filter(([key]) => dto[key] !== undefined)
        .map(([key, col]) => [col, dto[key]] as const),
      ...Object.entries(extra),
    ];
    if (!entries.length) throw new DomainError('invalid-input', 'Nothing to update.');
    await this.updateWhere(id, entries, 'true', []);
    return this.get(id);
  }

  /** An UPDATE of one visible row of the caller's org, with an extra condition; answers whether it matched. */
  async updateWhere(id: string, entries: ReadonlyArray<readonly [string, unknown]>, cond: string, condParams: unknown[]) {
    const { spec } = this;
    const params: unknown[] = [id, this.claims.org_id];
    const sets = entries.map(([col, v]) => `${col} = $${params.push(v)}`);
    let where = cond;
    for (const p of condParams) where = where.replace('$?', `$${params.push(p)}`);
    const count = await sql().exec(
      `UPDATE public.${spec.table} SET ${sets.join(', ')} WHERE id = $1 AND org_id = $2 AND (${where})`,
      params,
    );
    if (!count) throw notFound(spec.noun);
  }

  async remove(id: string): Promise<void> {
    const count = await sql().exec(`DELETE FROM public.${this.spec.table} WHERE id = $1 AND org_id = $2`, [
      id,
      this.claims.org_id,
    ]);
    if (!count) throw notFound(this.spec.noun);
  }
}
