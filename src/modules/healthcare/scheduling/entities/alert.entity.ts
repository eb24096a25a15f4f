import { Check, Column, Entity, Generated, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Organization, User } from '../../../identity/entities';
import type { AlertSeverity } from '../scheduling.enums';

/**
 * A message to one user (a booking confirmed, cancelled or moved). Written only by definer triggers and the
 * service role: the request roles insert nothing and update only read_at.
 */
@Entity({ name: 'alerts' })
@Index('alerts_user_idx', { synchronize: false }) // (user_id, org_id, created_at DESC, id DESC)
@Check('alerts_kind_check', `kind ~ '^[a-z][a-z0-9_]{0,62}$'`)
@Check('alerts_severity_check', `severity IN ('info', 'warning', 'critical')`)
@Check('alerts_title_check', `length(title) BETWEEN 1 AND 200`)
@Check('alerts_message_check', `length(message) <= 4000`)
export class Alert {
  /** gen_random_uuid(); the request roles may not insert it. */
  @PrimaryColumn({ type: 'uuid', insert: false, update: false })
  @Generated('uuid')
  id!: string;
  @Column({ name: 'org_id', type: 'uuid', default: () => 'auth_org_id()', insert: false, update: false })
  orgId!: string;
  @ManyToOne('Organization', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'alerts_org_id_fkey' })
  org?: Organization;
  @Column({ name: 'user_id', type: 'uuid', insert: false, update: false }) userId!: string;
  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'alerts_user_id_fkey' })
  user?: User;
  @Column({ type: 'text', insert: false, update: false }) kind!: string;
  @Column({ type: 'text', default: 'info', insert: false, update: false }) severity!: AlertSeverity;
  @Column({ type: 'text', insert: false, update: false }) title!: string;
  @Column({ type: 'text', insert: false, update: false }) message!: string;
  @Column({ type: 'jsonb', default: () => `'{}'`, insert: false, update: false }) data!: Record<
    string,
    unknown
  >;
  @Column({ name: 'read_at', type: 'timestamptz', nullable: true, insert: false }) readAt!: Date | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  createdAt!: Date;
}
