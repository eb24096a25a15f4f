// Small pieces the scheduling repositories, services and mappers share.
import { currentTransaction } from '../../../common/context/request-context';
import { DomainError } from '../../../common/errors/domain-error';

/** A list filter applies when given: absent, null and '' leave it out. */
export const given = <T>(value: T | null | undefined | ''): value is T =>
  value !== undefined && value !== null && value !== '';

/** The fields present in a write (undefined leaves a column alone; null clears it). */
export function presentValues<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** The caller's organization, named in every tenant query so RLS is the second lock, not the only one. */
export const callerOrgId = (): string | null => currentTransaction().claims.org_id ?? null;

export const nothingToUpdate = () => new DomainError('invalid-input', 'Nothing to update.');

export function assertWindow(startsAt: Date, endsAt: Date, field = 'endsAt'): void {
  if (endsAt.getTime() <= startsAt.getTime())
    throw new DomainError('invalid-input', `${field} must be after the start.`, [
      { field, message: 'must be after the start' },
    ]);
}

export function assertFuture(at: Date, field: string): void {
  if (at.getTime() <= Date.now())
    throw new DomainError('unprocessable', `${field} must be in the future.`, [
      { field, message: 'must be in the future' },
    ]);
}

/**
 * A response DTO as it is sent: every field present, optional ones as null when unset (the DTO classes type
 * them as `?:` because they double as request bodies).
 */
export type ResponseBody<T> = {
  [K in keyof T]-?: undefined extends T[K] ? Exclude<T[K], undefined> | null : T[K];
};

/** A time column ('HH:MM:SS') as the API shows it: 'HH:MM'. */
export const hhmm = (time: string): string => time.slice(0, 5);

/** A numeric column (a string from PostgreSQL) as the API shows it: a JSON number. */
export const numericOrNull = (value: string | null): number | null => (value === null ? null : Number(value));

/** A number from a request body for a numeric column: undefined and null pass through. */
export const toNumeric = (value: number | null | undefined): string | null | undefined =>
  value === undefined || value === null ? value : String(value);
