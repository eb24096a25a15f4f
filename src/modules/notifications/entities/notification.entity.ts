import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Organization } from '../../identity/entities/organization.entity';
import type { User } from '../../identity/entities/user.entity';
import {
  NOTIFICATION_PRIORITIES,
  NOTIFICATION_STATUSES,
  NOTIFICATION_TYPES,
  type NotificationChannel,
  type NotificationPriority,
  type NotificationStatus,
  type NotificationType,
} from '../notification.enums';

/**
 * A notification to one member. Rows are created only by create_notification() (no role may INSERT), read by
 * their recipient, who may move status to read or archived (read_at follows, kept by a trigger), expired by
 * expire_old_notifications(), and never deleted.
 */
@Entity({ name: 'notifications' })
// (org_id, user_id, created_at DESC, id DESC): the list's keyset order; TypeORM cannot express DESC.
@Index('notifications_org_user_created_idx', { synchronize: false })
// The same, WHERE status = 'unread' (the badge count and the unread view).
@Index('notifications_unread_idx', { synchronize: false })
@Index('notifications_expiry_idx', ['expiresAt'], {
  where: `expires_at IS NOT NULL AND status IN ('unread', 'read')`,
})
@Check('notifications_title_check', `length(title) BETWEEN 1 AND 200`)
@Check('notifications_message_check', `length(message) BETWEEN 1 AND 4000`)
@Check(
  'notifications_channels_check',
  `jsonb_typeof(channels) = 'array' AND channels <@ '["in_app", "email"]'::jsonb AND channels @> '["in_app"]'::jsonb`,
)
@Check(
  'notifications_link_check',
  `length(link) <= 2000 AND (link ~ '^/($|[^/\\\\])' OR link ~ '^https://[^/]')`,
)
@Check(
  'notifications_metadata_check',
  `jsonb_typeof(metadata) = 'object' AND octet_length(metadata::text) <= 8192`,
)
@Check('notifications_expiry_after_creation', `expires_at IS NULL OR expires_at > created_at`)
@Check(
  'notifications_read_at_matches_status',
  `status = 'expired' OR (status = 'unread') = (read_at IS NULL)`,
)
export class Notification {
  /** gen_random_uuid(); generated: 'uuid' with insert: false keeps it out of INSERT and the diff empty. */
  @PrimaryColumn({ type: 'uuid', generated: 'uuid', insert: false, update: false }) id!: string;
  @Column({ name: 'org_id', type: 'uuid', default: () => 'auth_org_id()', insert: false, update: false })
  orgId!: string;
  @ManyToOne('Organization', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'notifications_org_id_fkey' })
  org?: Organization;
  @Column({ name: 'user_id', type: 'uuid', insert: false, update: false }) userId!: string;
  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'notifications_user_id_fkey' })
  user?: User;
  @Column({
    type: 'enum',
    enum: NOTIFICATION_TYPES,
    enumName: 'notification_type',
    insert: false,
    update: false,
  })
  type!: NotificationType;
  @Column({ type: 'text', insert: false, update: false }) title!: string;
  @Column({ type: 'text', insert: false, update: false }) message!: string;
  @Column({
    type: 'enum',
    enum: NOTIFICATION_STATUSES,
    enumName: 'notification_status',
    default: 'unread',
    insert: false,
  })
  status!: NotificationStatus;
  /**
   * read_at IS NOT NULL: a stored generated column (the expression as PostgreSQL prints it). Declared without
   * NOT NULL, but never null.
   */
  @Column({
    type: 'boolean',
    nullable: true,
    generatedType: 'STORED',
    asExpression: '(read_at IS NOT NULL)',
    insert: false,
    update: false,
  })
  read!: boolean;
  @Column({
    type: 'enum',
    enum: NOTIFICATION_PRIORITIES,
    enumName: 'notification_priority',
    default: 'normal',
    insert: false,
    update: false,
  })
  priority!: NotificationPriority;
  @Column({ type: 'jsonb', default: () => `'["in_app"]'`, insert: false, update: false })
  channels!: NotificationChannel[];
  @Column({ type: 'text', nullable: true, insert: false, update: false }) link!: string | null;
  @Column({ type: 'jsonb', default: () => `'{}'`, insert: false, update: false })
  metadata!: Record<string, unknown>;
  /** Set once, by a trigger, when the notification is first read or archived. */
  @Column({ name: 'read_at', type: 'timestamptz', nullable: true, insert: false }) readAt!: Date | null;
  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true, insert: false, update: false })
  expiresAt!: Date | null;
  /** The sender; null for the system. */
  @Column({ name: 'created_by', type: 'uuid', nullable: true, insert: false, update: false })
  createdBy!: string | null;
  @ManyToOne('User', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'notifications_created_by_fkey' })
  creator?: User | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  createdAt!: Date;
}
