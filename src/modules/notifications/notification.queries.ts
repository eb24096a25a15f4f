// The notification SQL. The measured reads, in one place so tests can EXPLAIN exactly what the service runs
// (the list must stay an index-ordered scan of notifications_org_user_created_idx, no Sort node; the unread
// count reads notifications_unread_idx), and the definer functions that create and expire notifications.
import type { Sql } from '../../common/database/sql';
import { cursorColumn, type Cursor } from '../../common/pagination';
import type {
  NotificationChannel,
  NotificationPriority,
  NotificationStatus,
  NotificationType,
} from './notification.enums';

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
export function listQuery(
  f: ListFilter,
  shape: 'rows' | 'json' = 'rows',
): { text: string; params: unknown[] } {
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

/** The list route's statement: pages as JSON texts (NotificationsService.list; the benchmark's pgbench peers). */
export function listPageQuery(f: ListFilter): { text: string; params: unknown[] } {
  return listQuery(f, 'json');
}

export const UNREAD_COUNT_SQL = `SELECT count(*)::int AS count FROM public.notifications n
  WHERE n.org_id = $1 AND n.user_id = $2 AND n.status = 'unread'`;

export async function unreadCount(db: Sql, orgId: string, userId: string): Promise<number> {
  const row = await db.one<{ count: number }>(UNREAD_COUNT_SQL, [orgId, userId]);
  return row?.count ?? 0;
}

export interface SendNotificationParams {
  orgId: string;
  userId: string;
  type: NotificationType;
  title: string;
  message: string;
  metadata: Record<string, unknown> | null;
  expiresAt: Date | null;
  link: string | null;
  priority: NotificationPriority | null;
  channels: NotificationChannel[] | null;
}

/**
 * create_notification() through app_private.send_notification (definer): the new id, and the recipient's
 * address when email was asked for and it is verified (the sender cannot read users rows).
 */
export function sendNotification(
  db: Sql,
  p: SendNotificationParams,
): Promise<{ id: string; email: string | null }> {
  return db.returning<{ id: string; email: string | null }>(
    `SELECT id, email FROM app_private.send_notification($1, $2, $3::public.notification_type, $4, $5, $6::jsonb,
       $7::timestamptz, $8, $9::public.notification_priority, $10::jsonb)`,
    [
      p.orgId,
      p.userId,
      p.type,
      p.title,
      p.message,
      p.metadata === null ? null : JSON.stringify(p.metadata),
      p.expiresAt,
      p.link,
      p.priority,
      p.channels === null ? null : JSON.stringify(p.channels),
    ],
  );
}

/** expire_old_notifications() (definer, service role): answers how many expired. */
export async function expireOldNotifications(db: Sql): Promise<number> {
  const row = await db.returning<{ count: number }>(`SELECT public.expire_old_notifications() AS count`);
  return row.count;
}
