// Keyset (cursor) pagination over (created_at, id), newest first. The cursor is opaque to clients.
// The one pagination helper: paginate() for TypeORM query builders (every list route), cursorColumn() + page()
// for the measured raw queries (*.queries.ts).
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { DomainError } from './errors/domain-error';

export class PageQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit: number = 20;

  @ApiPropertyOptional({ description: 'The nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;
}

export interface Cursor {
  createdAt: string;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function decodeCursor(cursor: string | undefined): Cursor | undefined {
  if (!cursor) return undefined;
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];
    if (typeof createdAt === 'string' && !Number.isNaN(Date.parse(createdAt)) && UUID.test(id))
      return { createdAt, id };
  } catch {
    /* fall through */
  }
  throw new DomainError('invalid-input', 'The cursor is not valid.', [
    { field: 'cursor', message: 'invalid cursor' },
  ]);
}

/** createdAt is the ISO text cursorColumn() reads (microseconds), never a Date (milliseconds). */
function encodeCursor(row: { createdAt: string; id: string }): string {
  return Buffer.from(JSON.stringify([row.createdAt, row.id])).toString('base64url');
}

/**
 * The select item every paginated query adds next to its columns: created_at as an ISO string with
 * microseconds. A JS Date keeps only milliseconds, and a cursor cut to milliseconds skips the rows created
 * later in the same millisecond as the last row of a page.
 */
export function cursorColumn(createdAt = 'created_at'): string {
  return `to_char(${createdAt} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "cursorAt"`;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Given limit+1 rows selected with cursorColumn(), the page (without cursorAt) and the cursor of the next one. */
export function page<T extends { cursorAt: string; id: string }>(
  rows: T[],
  limit: number,
): Page<Omit<T, 'cursorAt'>> {
  const items = rows.slice(0, limit).map(({ cursorAt: _cursorAt, ...item }) => item);
  const last = rows[limit - 1];
  const nextCursor = rows.length > limit ? encodeCursor({ createdAt: last.cursorAt, id: last.id }) : null;
  return { items, nextCursor };
}

/**
 * The audit log pages by its chain position (seq: unique, append-only) instead of (created_at, id): the
 * cursor is the seq of the last row, and the next page is the rows with a lower seq.
 */
export function decodeSeqCursor(cursor: string | undefined): string | null {
  if (!cursor) return null;
  const match = /^s:(\d{1,19})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match)
    throw new DomainError('invalid-input', 'The cursor is not valid.', [
      { field: 'cursor', message: 'invalid cursor' },
    ]);
  return match[1];
}

/** Given limit+1 rows in descending seq, the page and the cursor of the next one. */
export function seqPage<T extends { seq: string }>(rows: T[], limit: number): Page<T> {
  const items = rows.slice(0, limit);
  const nextCursor =
    rows.length > limit ? Buffer.from(`s:${items[limit - 1].seq}`).toString('base64url') : null;
  return { items, nextCursor };
}

/**
 * One page of a TypeORM query, newest first: adds the cursor condition, the order and limit+1, and reads
 * created_at to the microsecond beside the entities (see cursorColumn). The query must select one entity per
 * row (no to-many joins) and its entity must have `id` and `created_at` columns.
 */
export async function paginate<E extends ObjectLiteral & { id: string }>(
  qb: SelectQueryBuilder<E>,
  query: { limit: number; cursor?: string },
): Promise<Page<E>> {
  const a = `"${qb.alias}"`;
  const after = decodeCursor(query.cursor);
  if (after)
    qb.andWhere(
      `(${a}.created_at, ${a}.id) < (CAST(:pageCursorAt AS timestamptz), CAST(:pageCursorId AS uuid))`,
      {
        pageCursorAt: after.createdAt,
        pageCursorId: after.id,
      },
    );
  qb.addSelect(
    `to_char(${a}.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
    'page_cursor_at',
  )
    .orderBy(`${a}.created_at`, 'DESC')
    .addOrderBy(`${a}.id`, 'DESC')
    .limit(query.limit + 1);
  const { entities, raw } = await qb.getRawAndEntities<{ page_cursor_at: string }>();
  const items = entities.slice(0, query.limit);
  const nextCursor =
    entities.length > query.limit
      ? encodeCursor({ createdAt: raw[query.limit - 1].page_cursor_at, id: items[query.limit - 1].id })
      : null;
  return { items, nextCursor };
}
