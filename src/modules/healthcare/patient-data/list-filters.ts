// Filters the list queries of this module share. Column names are code (property paths of the query's
// alias), never input; values are bound parameters.
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** `from` (inclusive) and `to` (exclusive) on the entry's time column. */
export function inTimeRange<E extends ObjectLiteral>(
  qb: SelectQueryBuilder<E>,
  column: string,
  range: { from?: string; to?: string },
): SelectQueryBuilder<E> {
  if (range.from) qb.andWhere(`${column} >= :rangeFrom`, { rangeFrom: range.from });
  if (range.to) qb.andWhere(`${column} < :rangeTo`, { rangeTo: range.to });
  return qb;
}

/** Case-insensitive substring search; % and _ in the text match themselves. */
export function containsText<E extends ObjectLiteral>(
  qb: SelectQueryBuilder<E>,
  column: string,
  text: string | undefined,
): SelectQueryBuilder<E> {
  if (text)
    qb.andWhere(`${column} ILIKE :containsText`, {
      containsText: `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
    });
  return qb;
}
