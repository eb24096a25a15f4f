// The notification reads, in one place so tests can EXPLAIN exactly what the service runs: the list must
// stay an index-ordered scan of notifications_org_user_created_idx (no Sort node).
import { cursorColumn, type Cursor } from '../../common/pagination';
import type { NotificationStatus, NotificationType } from './notification.enums';

export const NOTIFICATION_COLUMNS = `n.id, n.type, n.title, n.message, n.status, n.read, n.priority, n.channels,
  n.link, n.metadata, n.read_at AS "readAt", n.expires_at AS "expiresAt", n.created_by AS "createdBy",
  n.created_at AS "createdAt"`;

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
export function listQuery(f: ListFilter): { text: string; params: unknown[] } {
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
    text: `SELECT ${NOTIFICATION_COLUMNS}, ${cursorColumn('n.created_at')} FROM public.notifications n WHERE ${where.join(' AND ')}
           ORDER BY n.created_at DESC, n.id DESC LIMIT $${params.length}`,
    params,
  };
}

export const UNREAD_COUNT_SQL = `SELECT count(*)::int AS count FROM public.notifications n
  WHERE n.org_id = $1 AND n.user_id = $2 AND n.status = 'unread'`;
