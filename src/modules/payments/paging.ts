// Keyset pages over (created_at, id), newest first. The cursor carries created_at with microseconds (a JS
// Date would cut it to milliseconds and skip rows created in the same millisecond as a page's last row).
import { encodeCursor } from '../../common/pagination';

export const CURSOR_AT = `to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "cursorAt"`;

export function keysetPage<T extends { cursorAt: string; id: string }>(rows: T[], limit: number) {
  const items = rows.slice(0, limit).map(({ cursorAt: _cursorAt, ...item }) => item);
  const last = rows[limit - 1];
  return { items, nextCursor: rows.length > limit ? encodeCursor({ createdAt: last.cursorAt, id: last.id }) : null };
}
