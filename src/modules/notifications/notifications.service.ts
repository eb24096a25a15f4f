// Notifications: the recipient's inbox (list, count, read, archive), sending to a member of the caller's org
// through create_notification(), and the expiry job's entry point. Reads and writes run in the request's RLS
// transaction; the org and user are still passed explicitly, so the policies are the second lock.
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type ResolvedConfig } from '../../common/config/config';
import { currentTransaction } from '../../common/context/request-context';
import { RlsTransactions } from '../../common/database/rls-transactions';
import { sql } from '../../common/database/sql';
import { DomainError, notFound } from '../../common/errors/domain-error';
import { Mailer } from '../../common/mail/mailer';
import { decodeCursor, page } from '../../common/pagination';
import type { ListNotificationsQueryDto } from './dto/list-notifications.query.dto';
import type { NotificationDto } from './dto/notification.response.dto';
import type { Notification } from './entities';
import type {
  NotificationChannel,
  NotificationPriority,
  NotificationStatus,
  NotificationType,
} from './notification.enums';
import { expireOldNotifications, listPageQuery, sendNotification, unreadCount } from './notification.queries';
import { NotificationsRepository } from './notifications.repository';

export interface NotifyInput {
  orgId: string;
  userId: string;
  type: NotificationType;
  title: string;
  message: string;
  metadata?: Record<string, unknown>;
  expiresAt?: Date;
  link?: string;
  priority?: NotificationPriority;
  channels?: NotificationChannel[];
}

function toDto(n: Notification): NotificationDto {
  return {
    id: n.id,
    type: n.type,
    title: n.title,
    message: n.message,
    status: n.status,
    read: n.read,
    priority: n.priority,
    channels: n.channels,
    link: n.link,
    metadata: n.metadata,
    readAt: n.readAt,
    expiresAt: n.expiresAt,
    createdBy: n.createdBy,
    createdAt: n.createdAt,
  };
}

@Injectable()
export class NotificationsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: ResolvedConfig,
    private readonly mailer: Mailer,
    private readonly transactions: RlsTransactions,
    private readonly notifications: NotificationsRepository,
  ) {}

  /** The signed-in recipient: their user id and active org. */
  private get me(): { userId: string; orgId: string } {
    const { claims } = currentTransaction();
    if (!claims.sub || !claims.org_id)
      throw new DomainError('forbidden', 'Notifications belong to a signed-in user.');
    return { userId: claims.sub, orgId: claims.org_id };
  }

  async list(q: ListNotificationsQueryDto) {
    const { userId, orgId } = this.me;
    const { text, params } = listPageQuery({
      orgId,
      userId,
      status: q.status,
      type: q.type,
      after: decodeCursor(q.cursor),
      take: q.limit + 1,
    });
    const rows = await sql().rows<{ json: string; id: string; cursorAt: string }>(text, params);
    const { items, nextCursor } = page(rows, q.limit);
    // The page as JSON text: PostgreSQL built each item, so Node neither parses nor re-serializes them.
    return `{"items":[${items.map((r) => r.json).join(',')}],"nextCursor":${JSON.stringify(nextCursor)}}`;
  }

  async unreadCount(): Promise<{ count: number }> {
    const { userId, orgId } = this.me;
    return { count: await unreadCount(sql(), orgId, userId) };
  }

  async get(id: string): Promise<NotificationDto> {
    const row = await this.notifications.find(this.me, id);
    if (!row) throw notFound('notification');
    return toDto(row);
  }

  markRead(id: string): Promise<NotificationDto> {
    return this.moveTo(id, 'read', ['unread']);
  }

  archive(id: string): Promise<NotificationDto> {
    return this.moveTo(id, 'archived', ['unread', 'read']);
  }

  /** Moves a live notification on; already there (or past it) is a no-op; expired ones are final. */
  private async moveTo(
    id: string,
    to: NotificationStatus,
    from: NotificationStatus[],
  ): Promise<NotificationDto> {
    const moved = await this.notifications.moveStatus(this.me, id, to, from);
    const current = await this.get(id);
    if (!moved && current.status === 'expired')
      throw new DomainError('conflict', 'The notification has expired.');
    return current;
  }

  async readAll(): Promise<{ updated: number }> {
    return { updated: await this.notifications.readAll(this.me) };
  }

  /**
   * Creates a notification through create_notification() (which checks the caller: the service, or staff of
   * `orgId`; a recipient outside the org is not found) and, when email is among the channels, mails the
   * recipient after the transaction commits. Other modules call this inside their own transaction.
   */
  async notify(input: NotifyInput): Promise<{ id: string; emailQueued: boolean }> {
    const row = await sendNotification(sql(), {
      orgId: input.orgId,
      userId: input.userId,
      type: input.type,
      title: input.title,
      message: input.message,
      metadata: input.metadata ?? null,
      expiresAt: input.expiresAt ?? null,
      link: input.link ?? null,
      priority: input.priority ?? null,
      channels: input.channels ?? null,
    });
    if (row.email) {
      const link = input.link?.startsWith('/') ? `${this.config.PUBLIC_BASE_URL}${input.link}` : input.link;
      this.mailer.sendAfterCommit({
        to: row.email,
        subject: input.title,
        kind: 'notification',
        text: link ? `${input.message}\n\n${link}` : input.message,
        data: { notificationId: row.id, type: input.type, ...(link ? { link } : {}) },
      });
    }
    return { id: row.id, emailQueued: row.email !== null };
  }

  /** Staff (or a staff API key) sending to a member of their own (active) organization. */
  send(input: Omit<NotifyInput, 'orgId'>): Promise<{ id: string; emailQueued: boolean }> {
    const orgId = currentTransaction().claims.org_id;
    if (!orgId) throw new DomainError('forbidden', 'Sending needs an active organization.');
    return this.notify({ ...input, orgId });
  }

  /**
   * The expiry job: live notifications past their expires_at become expired. Runs in its own service_role
   * transaction (the scheduler calls it hourly); answers how many expired.
   */
  expireOld(): Promise<number> {
    return this.transactions.asService('notifications.expire', () => expireOldNotifications(sql()));
  }
}
