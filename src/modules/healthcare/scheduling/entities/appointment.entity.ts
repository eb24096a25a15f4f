import {
  Check,
  Column,
  Entity,
  Exclusion,
  Generated,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';
import type { Organization } from '../../../identity/entities';
import { APPOINTMENT_STATUSES, type AppointmentStatus } from '../scheduling.enums';
import { Contact } from './contact.entity';
import { Provider } from './provider.entity';

/**
 * A CRM appointment (seed V): staff schedule a contact with a provider. ends_at is derived from the duration by
 * a trigger (timestamptz + interval is not immutable, so it cannot be a generated column); a provider cannot
 * hold two overlapping appointments that are not cancelled.
 */
@Entity({ name: 'appointments' })
@Exclusion(
  'appointments_provider_no_overlap',
  `USING gist (org_id WITH =, provider_id WITH =, tstzrange(scheduled_at, ends_at) WITH &&) WHERE (status <> 'cancelled' AND provider_id IS NOT NULL)`,
)
@Index('appointments_org_scheduled_idx', ['orgId', 'scheduledAt'])
@Index('appointments_contact_idx', ['orgId', 'contactId'])
@Index('appointments_provider_contact_idx', ['providerId', 'contactId'], { where: `status <> 'cancelled'` })
@Index('appointments_created_idx', { synchronize: false }) // (org_id, created_at DESC, id DESC)
@Index('appointments_provider_window_idx', { synchronize: false }) // gist (provider_id, tstzrange(scheduled_at, ends_at)) WHERE not cancelled
@Check('appointments_service_type_check', `length(service_type) BETWEEN 1 AND 100`)
@Check('appointments_duration_minutes_check', `duration_minutes BETWEEN 5 AND 480`)
@Check('appointments_notes_check', `length(notes) <= 4000`)
export class Appointment {
  /** gen_random_uuid(); the request roles may not insert it. */
  @PrimaryColumn({ type: 'uuid', insert: false, update: false })
  @Generated('uuid')
  id!: string;
  @Column({ name: 'org_id', type: 'uuid', default: () => 'auth_org_id()', insert: false, update: false })
  orgId!: string;
  @ManyToOne('Organization', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'appointments_org_id_fkey' })
  org?: Organization;
  @Column({ name: 'contact_id', type: 'uuid', update: false }) contactId!: string;
  @ManyToOne(() => Contact, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'org_id', referencedColumnName: 'orgId', foreignKeyConstraintName: 'appointments_contact_fkey' },
    { name: 'contact_id', referencedColumnName: 'id' },
  ])
  contact?: Contact;
  @Column({ name: 'provider_id', type: 'uuid', nullable: true }) providerId!: string | null;
  /** ON DELETE SET NULL (provider_id). */
  @ManyToOne(() => Provider, { onDelete: 'SET NULL' })
  @JoinColumn([
    { name: 'org_id', referencedColumnName: 'orgId', foreignKeyConstraintName: 'appointments_provider_fkey' },
    { name: 'provider_id', referencedColumnName: 'id' },
  ])
  provider?: Provider;
  @Column({ name: 'service_type', type: 'text' }) serviceType!: string;
  @Column({ name: 'scheduled_at', type: 'timestamptz' }) scheduledAt!: Date;
  @Column({ name: 'duration_minutes', type: 'integer', default: 30 }) durationMinutes!: number;
  /** scheduled_at + duration, kept by trigger. */
  @Column({ name: 'ends_at', type: 'timestamptz', insert: false, update: false }) endsAt!: Date;
  @Column({ type: 'enum', enum: APPOINTMENT_STATUSES, enumName: 'appointment_status', default: 'pending' })
  status!: AppointmentStatus;
  @Column({ name: 'confirmation_sent', type: 'boolean', default: false }) confirmationSent!: boolean;
  @Column({ type: 'text', nullable: true }) notes!: string | null;
  /** Set by trigger when the appointment is cancelled. */
  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true, insert: false, update: false })
  cancelledAt!: Date | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  createdAt!: Date;
  /** Kept by the updated_at trigger. */
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  updatedAt!: Date;
}
