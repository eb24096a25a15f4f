// Explicit SQL inside the current RLS transaction, with results in one shape: rows for reads and
// RETURNING, the affected count for writes. Statements go straight to the transaction's pg connection as
// named (prepared) statements: under RLS, planning is a large share of a small query's cost, and a
// prepared statement is planned once per connection.
import { createHash } from 'node:crypto';
import type { PoolClient, QueryResult } from 'pg';
import type { QueryRunner } from 'typeorm';
import { currentTransaction, transactionStorage } from '../context/request-context';
import { usesPreparedStatements } from './prepared-statements';

/** A row of unknown shape: callers name the row type they expect (`rows<BookingRow>(...)`). */
export type AnyRow = Record<string, unknown>;

export interface Sql {
  rows<T = AnyRow>(text: string, params?: unknown[]): Promise<T[]>;
  one<T = AnyRow>(text: string, params?: unknown[]): Promise<T | undefined>;
  /** An INSERT/UPDATE ... RETURNING that must produce a row. */
  returning<T = AnyRow>(text: string, params?: unknown[]): Promise<T>;
  /** Runs a write; answers how many rows it touched. */
  exec(text: string, params?: unknown[]): Promise<number>;
}

/**
 * At most this many SQL texts become named statements. Each lives as long as its pooled connection, on every
 * connection that ran it, so the bound is what keeps a connection's memory flat: the code's own (static) texts
 * fit with room to spare, and any text past the bound runs unnamed (parsed and planned each time, kept nowhere).
 */
export const MAX_NAMED_STATEMENTS = 256;
const names = new Map<string, string>();

/** A stable statement name per SQL text (pg prepares it once per connection), or none past the bound. */
function statementName(text: string): string | undefined {
  let name = names.get(text);
  if (!name && names.size < MAX_NAMED_STATEMENTS) {
    name = `cb_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    names.set(text, name);
  }
  return name;
}

export function sqlFor(runner: QueryRunner): Sql {
  const client = (runner as QueryRunner & { databaseConnection: PoolClient }).databaseConnection;
  const named = usesPreparedStatements(runner.connection);
  const run = (text: string, params: unknown[] = []): Promise<QueryResult> => {
    const name = named ? statementName(text) : undefined;
    const ctx = transactionStorage.getStore();
    ctx?.beforeStatement?.(client);
    const result = name
      ? client.query({ name, text, values: params as unknown[] })
      : client.query(text, params as unknown[]);
    ctx?.afterStatement?.(client);
    // The first statement joins the transaction's opening ones in a single write.
    ctx?.flush?.();
    return result;
  };
  return {
    async rows(text, params) {
      return (await run(text, params)).rows;
    },
    async one(text, params) {
      return (await run(text, params)).rows[0];
    },
    async returning(text, params) {
      const res = await run(text, params);
      if (!res.rows.length) throw new Error('expected a row from RETURNING');
      return res.rows[0];
    },
    async exec(text, params) {
      const res = await run(text, params);
      return res.rowCount ?? res.rows.length;
    },
  };
}

/** SQL in the current request's or job's transaction. Throws when there is none. */
export function sql(): Sql {
  const { manager } = currentTransaction();
  return sqlFor(manager.queryRunner!);
}
