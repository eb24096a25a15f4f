import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Organization } from '../../identity/entities';

/**
 * The processed mark of a webhook event, unique per organization and event id; written in the transaction that
 * applies the event, so effect and mark commit together. Service role only, insert and read.
 */
@Entity({ name: 'processed_webhook_events' })
@Index('idx_processed_webhook_events_org_event', ['orgId', 'eventId'], { unique: true })
@Check('processed_webhook_events_event_id_check', `length(event_id) BETWEEN 1 AND 255`)
@Check('processed_webhook_events_provider_check', `provider IN ('stripe')`)
@Check('processed_webhook_events_event_type_check', `length(event_type) <= 255`)
export class ProcessedWebhookEvent {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'org_id', type: 'uuid', update: false }) orgId!: string;
  @ManyToOne('Organization', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'processed_webhook_events_org_id_fkey' })
  org?: Organization;
  @Column({ name: 'event_id', type: 'text', update: false }) eventId!: string;
  @Column({ type: 'text', default: 'stripe', update: false }) provider!: 'stripe';
  @Column({ name: 'event_type', type: 'text', nullable: true, update: false }) eventType!: string | null;
  @Column({ name: 'processed_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  processedAt!: Date;
}
