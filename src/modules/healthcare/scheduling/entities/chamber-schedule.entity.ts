import {
  Check,
  Column,
  Entity,
  Generated,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  Unique,
} from 'typeorm';
import type { Organization } from '../../../identity/entities';
import type { ScheduleStatus } from '../scheduling.enums';
import { Booking } from './booking.entity';
import { Provider } from './provider.entity';

/** A step of a booked session's plan (pressure profile, duration, who operates). Read through the booking. */
@Entity({ name: 'chamber_schedules' })
@Unique('chamber_schedules_booking_sequence_key', ['orgId', 'bookingId', 'sequence'])
@Index('chamber_schedules_org_idx', { synchronize: false }) // (org_id, created_at DESC, id DESC)
@Check('chamber_schedules_sequence_check', `sequence BETWEEN 1 AND 100`)
@Check('chamber_schedules_pressure_ata_check', `pressure_ata > 0 AND pressure_ata <= 10`)
@Check('chamber_schedules_duration_minutes_check', `duration_minutes BETWEEN 1 AND 720`)
@Check('chamber_schedules_status_check', `status IN ('planned', 'in_progress', 'completed', 'aborted')`)
@Check('chamber_schedules_notes_check', `length(notes) <= 4000`)
export class ChamberSchedule {
  /** gen_random_uuid(); the request roles may not insert it. */
  @PrimaryColumn({ type: 'uuid', insert: false, update: false })
  @Generated('uuid')
  id!: string;
  @Column({ name: 'org_id', type: 'uuid', default: () => 'auth_org_id()', insert: false, update: false })
  orgId!: string;
  @ManyToOne('Organization', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'chamber_schedules_org_id_fkey' })
  org?: Organization;
  @Column({ name: 'booking_id', type: 'uuid', update: false }) bookingId!: string;
  @ManyToOne(() => Booking, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'org_id',
      referencedColumnName: 'orgId',
      foreignKeyConstraintName: 'chamber_schedules_booking_fkey',
    },
    { name: 'booking_id', referencedColumnName: 'id' },
  ])
  booking?: Booking;
  @Column({ type: 'smallint', default: 1 }) sequence!: number;
  /** numeric(4,2): a string, as every numeric read from PostgreSQL. */
  @Column({ name: 'pressure_ata', type: 'numeric', precision: 4, scale: 2, nullable: true }) pressureAta!:
    string | null;
  @Column({ name: 'duration_minutes', type: 'integer' }) durationMinutes!: number;
  @Column({ name: 'operator_provider_id', type: 'uuid', nullable: true }) operatorProviderId!: string | null;
  /** ON DELETE SET NULL (operator_provider_id). */
  @ManyToOne(() => Provider, { onDelete: 'SET NULL' })
  @JoinColumn([
    {
      name: 'org_id',
      referencedColumnName: 'orgId',
      foreignKeyConstraintName: 'chamber_schedules_operator_fkey',
    },
    { name: 'operator_provider_id', referencedColumnName: 'id' },
  ])
  operator?: Provider;
  @Column({ type: 'text', default: 'planned' }) status!: ScheduleStatus;
  @Column({ name: 'started_at', type: 'timestamptz', nullable: true }) startedAt!: Date | null;
  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true }) endedAt!: Date | null;
  @Column({ type: 'text', nullable: true }) notes!: string | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  createdAt!: Date;
  /** Kept by the updated_at trigger. */
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  updatedAt!: Date;
}
