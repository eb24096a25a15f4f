// What a create or update writes: the fields the body names, typed as the entity's columns.
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

/**
 * An entity's writable values. Timestamps may be the ISO 8601 text the client sent: TypeORM passes text through
 * to PostgreSQL for timestamptz columns, which parses it (time zone, microseconds) as it always has.
 */
export type RowValues<E> = { [K in keyof E]?: Date extends E[K] ? E[K] | string : E[K] };

/** The values without the fields the body left out (a DTO instance carries every field, absent ones undefined). */
export function defined<T extends object>(values: T): T {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as T;
}

/** The values as TypeORM's insert and update take them (they pass timestamp text through unchanged). */
export function writable<E>(values: RowValues<E>): QueryDeepPartialEntity<E> {
  return values as QueryDeepPartialEntity<E>;
}
