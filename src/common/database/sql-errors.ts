import { DatabaseError } from 'pg';
import { QueryFailedError } from 'typeorm';

/**
 * The PostgreSQL error behind `err`, whichever way the query was sent: raw pg (sql() helper) raises
 * pg's DatabaseError, TypeORM wraps it in QueryFailedError.driverError.
 */
export function pgError(err: unknown): { code: string; message: string; constraint?: string } | undefined {
  if (err instanceof DatabaseError && err.code)
    return { code: err.code, message: err.message, constraint: err.constraint };
  if (err instanceof QueryFailedError) {
    const driver = (
      err as QueryFailedError & { driverError?: { code?: string; message?: string; constraint?: string } }
    ).driverError;
    if (driver?.code)
      return { code: driver.code, message: String(driver.message ?? ''), constraint: driver.constraint };
  }
  return undefined;
}

/** The SQLSTATE of a database error, if `err` is one. */
export function sqlState(err: unknown): string | undefined {
  return pgError(err)?.code;
}
