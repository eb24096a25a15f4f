import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Organization } from '../../identity/entities';

export const WEBHOOK_OUTCOMES = ['received', 'processed', 'duplicate', 'ignored'] as const;
export type WebhookEventOutcome = (typeof WEBHOOK_OUTCOMES)[number];

/** Every verified inbound webhook delivery, with what became of it. Service role only. */
@Entity({ name: 'webhook_events' })
@Index('webhook_events_org_event_idx', ['orgId', 'eventId'])
@Index('webhook_events_received_idx', ['receivedAt'])
@Check('webhook_events_provider_check', `provider IN ('stripe')`)
@Check('webhook_events_event_id_check', `length(event_id) BETWEEN 1 AND 255`)
@Check('webhook_events_event_type_check', `length(event_type) BETWEEN 1 AND 255`)
@Check('webhook_events_outcome_check', `outcome IN ('received', 'processed', 'duplicate', 'ignored')`)
export class WebhookEvent {
  @PrimaryGeneratedColumn('uuid') id!: string;
  /** Immutable (trigger). */
  @Column({ name: 'org_id', type: 'uuid', update: false }) orgId!: string;
  @ManyToOne('Organization', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'webhook_events_org_id_fkey' })
  org?: Organization;
  @Column({ type: 'text', default: 'stripe' }) provider!: 'stripe';
  @Column({ name: 'event_id', type: 'text' }) eventId!: string;
  @Column({ name: 'event_type', type: 'text' }) eventType!: string;
  @Column({ type: 'boolean', default: false }) livemode!: boolean;
  /** The event as the provider sent it. */
  @Column({ type: 'jsonb' }) payload!: object;
  @Column({ type: 'text', default: 'received' }) outcome!: WebhookEventOutcome;
  @Column({ name: 'received_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  receivedAt!: Date;
}
