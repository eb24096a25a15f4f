// Explicit SQL inside the current RLS transaction, with results in one shape: rows for reads and
// RETURNING, the affected count for writes. (TypeORM's manager.query answers UPDATE/DELETE as
// [rows, count] but SELECT as rows, an easy thing to get wrong.)
import type { QueryRunner } from 'typeorm';
import { currentTransaction } from '../context/request-context';

export interface Sql {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  rows<T = any>(text: string, params?: unknown[]): Promise<T[]>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  one<T = any>(text: string, params?: unknown[]): Promise<T | undefined>;
  /** An INSERT/UPDATE ... RETURNING that must produce a row. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  returning<T = any>(text: string, params?: unknown[]): Promise<T>;
  /** Runs a write; answers how many rows it touched. */
  exec(text: string, params?: unknown[]): Promise<number>;
}

export function sqlFor(runner: QueryRunner): Sql {
  return {
    async rows<T>(text: string, params: unknown[] = []) {
      const res = await runner.query(text, params, true);
      return res.records as T[];
    },
    async one<T>(text: string, params: unknown[] = []) {
      const res = await runner.query(text, params, true);
      return res.records[0] as T | undefined;
    },
    async returning<T>(text: string, params: unknown[] = []) {
      const res = await runner.query(text, params, true);
      if (!res.records.length) throw new Error('expected a row from RETURNING');
      return res.records[0] as T;
    },
    async exec(text: string, params: unknown[] = []) {
      const res = await runner.query(text, params, true);
      return res.affected ?? res.records.length;
    },
  };
}

/** SQL in the current request's or job's transaction. Throws when there is none. */
export function sql(): Sql {
  const { manager } = currentTransaction();
  return sqlFor(manager.queryRunner!);
}
