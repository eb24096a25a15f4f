// The notification reads, in one place so tests can EXPLAIN exactly what the service runs: the list must
// stay an index-ordered scan of notifications_org_user_created_idx (no Sort node).
import { cursorColumn, type Cursor } from '../../common/pagination';
import type { NotificationStatus, NotificationType } from './notification.enums';

export const NOTIFICATION_COLUMNS = `n.id, n.type, n.title, n.message, n.status, n.read, n.priority, n.channels,
  n.link, n.metadata, n.read_at AS "readAt", n.expires_at AS "expiresAt", n.created_by AS "createdBy",
  n.created_at AS "createdAt"`;

const iso = (col: string) => `to_char(${col} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * The same fields as NOTIFICATION_COLUMNS, as one JSON text per row built by PostgreSQL (timestamps in the
 * format JSON.stringify gives a Date). The list, the hot path, sends these texts as they are: no row parsing,
 * no Date objects, no re-serialization in Node.
 */
export const NOTIFICATION_JSON = `json_build_object('id', n.id, 'type', n.type, 'title', n.title, 'message', n.message,
  'status', n.status, 'read', n.read, 'priority', n.priority, 'channels', n.channels, 'link', n.link,
  'metadata', n.metadata, 'readAt', ${iso('n.read_at')}, 'expiresAt', ${iso('n.expires_at')},
  'createdBy', n.created_by, 'createdAt', ${iso('n.created_at')})::text AS json`;

export interface ListFilter {
  orgId: string;
  userId: string;
  status?: NotificationStatus;
  type?: NotificationType;
  after?: Cursor;
  /** Rows to fetch (the page size plus one, to know whether another page follows). */
  take: number;
}

/**
 * Newest first over (created_at, id). Optional predicates are added only when present, so the keyset
 * condition is an index condition rather than a filter behind `$x IS NULL OR ...`.
 */
export function listQuery(f: ListFilter, shape: 'rows' | 'json' = 'rows'): { text: string; params: unknown[] } {
  const params: unknown[] = [f.orgId, f.userId];
  const where = ['n.org_id = $1', 'n.user_id = $2'];
  if (f.status) {
    params.push(f.status);
    where.push(`n.status = $${params.length}::public.notification_status`);
  }
  if (f.type) {
    params.push(f.type);
    where.push(`n.type = $${params.length}::public.notification_type`);
  }
  if (f.after) {
    params.push(f.after.createdAt, f.after.id);
    where.push(`(n.created_at, n.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
  }
  params.push(f.take);
  return {
    text: `SELECT ${shape === 'json' ? `${NOTIFICATION_JSON}, n.id` : NOTIFICATION_COLUMNS}, ${cursorColumn('n.created_at')}
           FROM public.notifications n WHERE ${where.join(' AND ')}
           ORDER BY n.created_at DESC, n.id DESC LIMIT $${params.length}`,
    params,
  };
}

export const UNREAD_COUNT_SQL = `SELECT count(*)::int AS count FROM public.notifications n
  WHERE n.org_id = $1 AND n.user_id = $2 AND n.status = 'unread'`;
