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
  Unique,
} from 'typeorm';
import type { Organization, User } from '../../../identity/entities';
import { BOOKING_STATUSES, type BookingStatus } from '../scheduling.enums';
import { Chamber } from './chamber.entity';
import { Patient } from './patient.entity';
import { Provider } from './provider.entity';

/**
 * A patient's reservation of a chamber, optionally with a provider. Only confirmed bookings hold the chamber
 * (the exclusion constraint, whoever inserts); opening hours and maintenance are checked by a definer
 * trigger; confirmed_at and cancelled_at follow the status (triggers).
 */
@Entity({ name: 'bookings' })
@Unique('bookings_org_id_id_key', ['orgId', 'id'])
@Exclusion(
  'bookings_no_overlap',
  `USING gist (org_id WITH =, chamber_id WITH =, tstzrange(starts_at, ends_at) WITH &&) WHERE (status = 'confirmed')`,
)
@Index('bookings_patient_idx', ['orgId', 'patientId', 'startsAt'])
@Index('bookings_provider_patient_idx', ['providerId', 'patientId'], { where: `status <> 'cancelled'` })
@Index('bookings_chamber_start_idx', ['chamberId', 'startsAt'])
@Index('bookings_created_idx', { synchronize: false }) // (org_id, created_at DESC, id DESC)
@Index('bookings_provider_window_idx', { synchronize: false }) // gist (provider_id, tstzrange(starts_at, ends_at)) WHERE confirmed
@Check('bookings_window_check', `ends_at > starts_at AND ends_at - starts_at <= interval '12 hours'`)
@Check('bookings_notes_check', `length(notes) <= 4000`)
@Check('bookings_cancellation_reason_check', `length(cancellation_reason) <= 1000`)
export class Booking {
  /** gen_random_uuid(); the request roles may not insert it. */
  @PrimaryColumn({ type: 'uuid', insert: false, update: false })
  @Generated('uuid')
  id!: string;
  @Column({ name: 'org_id', type: 'uuid', default: () => 'auth_org_id()', insert: false, update: false })
  orgId!: string;
  @ManyToOne('Organization', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'bookings_org_id_fkey' })
  org?: Organization;
  @Column({ name: 'patient_id', type: 'uuid', update: false }) patientId!: string;
  /** Clinical history is retained: RESTRICT. */
  @ManyToOne(() => Patient, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'org_id', referencedColumnName: 'orgId', foreignKeyConstraintName: 'bookings_patient_fkey' },
    { name: 'patient_id', referencedColumnName: 'id' },
  ])
  patient?: Patient;
  @Column({ name: 'chamber_id', type: 'uuid' }) chamberId!: string;
  @ManyToOne(() => Chamber, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'org_id', referencedColumnName: 'orgId', foreignKeyConstraintName: 'bookings_chamber_fkey' },
    { name: 'chamber_id', referencedColumnName: 'id' },
  ])
  chamber?: Chamber;
  @Column({ name: 'provider_id', type: 'uuid', nullable: true }) providerId!: string | null;
  /** ON DELETE SET NULL (provider_id). */
  @ManyToOne(() => Provider, { onDelete: 'SET NULL' })
  @JoinColumn([
    { name: 'org_id', referencedColumnName: 'orgId', foreignKeyConstraintName: 'bookings_provider_fkey' },
    { name: 'provider_id', referencedColumnName: 'id' },
  ])
  provider?: Provider;
  @Column({ name: 'starts_at', type: 'timestamptz' }) startsAt!: Date;
  @Column({ name: 'ends_at', type: 'timestamptz' }) endsAt!: Date;
  @Column({ type: 'enum', enum: BOOKING_STATUSES, enumName: 'booking_status', default: 'pending' })
  status!: BookingStatus;
  @Column({ type: 'text', nullable: true }) notes!: string | null;
  @Column({ name: 'cancellation_reason', type: 'text', nullable: true, insert: false })
  cancellationReason!: string | null;
  /** Set by trigger when the booking becomes confirmed. */
  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true, insert: false, update: false })
  confirmedAt!: Date | null;
  /** Set by trigger when the booking is cancelled. */
  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true, insert: false, update: false })
  cancelledAt!: Date | null;
  /** The caller (auth.uid()) by default. */
  @Column({
    name: 'created_by',
    type: 'uuid',
    nullable: true,
    default: () => 'auth.uid()',
    insert: false,
    update: false,
  })
  createdBy!: string | null;
  @ManyToOne('User', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'bookings_created_by_fkey' })
  creator?: User;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  createdAt!: Date;
  /** Kept by the updated_at trigger. */
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  updatedAt!: Date;
}
