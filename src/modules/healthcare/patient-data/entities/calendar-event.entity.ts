import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Organization, User } from '../../../identity/entities';

/** Companion app (seed C): a member's own calendar. Only its owner reads it. */
@Entity({ name: 'calendar_events' })
@Index('calendar_events_org_user_id_idx', ['orgId', 'userId'])
@Index('calendar_events_user_id_idx', ['userId'])
@Index('calendar_events_date_idx', ['date'])
@Index('calendar_events_user_date_idx', ['userId', 'date'])
@Check('calendar_events_title_check', `length(title) BETWEEN 1 AND 200`)
@Check('calendar_events_description_check', `length(description) <= 5000`)
@Check('calendar_events_location_name_check', `length(location_name) <= 200`)
@Check('calendar_events_location_address_check', `length(location_address) <= 500`)
@Check('calendar_events_location_lat_check', `location_lat BETWEEN -90 AND 90`)
@Check('calendar_events_location_lng_check', `location_lng BETWEEN -180 AND 180`)
@Check('calendar_events_emotion_check', `length(emotion) <= 50`)
@Check('calendar_events_intensity_check', `intensity BETWEEN 1 AND 10`)
@Check('calendar_events_times_check', `end_time IS NULL OR start_time IS NULL OR end_time >= start_time`)
export class CalendarEvent {
  @PrimaryGeneratedColumn('uuid') id!: string;
  /** The caller's org by default; immutable (trigger). */
  @Column({ name: 'org_id', type: 'uuid', default: () => 'auth_org_id()', insert: false, update: false })
  orgId!: string;
  @ManyToOne('Organization', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'calendar_events_org_id_fkey' })
  org?: Organization;
  @Column({ name: 'user_id', type: 'uuid', default: () => 'auth.uid()', update: false }) userId!: string;
  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'calendar_events_user_id_fkey' })
  user?: User;
  /** 'YYYY-MM-DD'. */
  @Column({ type: 'date' }) date!: string;
  /** 'HH:MM:SS'. */
  @Column({ name: 'start_time', type: 'time', nullable: true }) startTime!: string | null;
  /** 'HH:MM:SS'. */
  @Column({ name: 'end_time', type: 'time', nullable: true }) endTime!: string | null;
  @Column({ type: 'text' }) title!: string;
  @Column({ type: 'text', nullable: true }) description!: string | null;
  @Column({ name: 'location_name', type: 'text', nullable: true }) locationName!: string | null;
  @Column({ name: 'location_address', type: 'text', nullable: true }) locationAddress!: string | null;
  @Column({ name: 'location_lat', type: 'numeric', precision: 9, scale: 6, nullable: true }) locationLat!:
    string | null;
  @Column({ name: 'location_lng', type: 'numeric', precision: 9, scale: 6, nullable: true }) locationLng!:
    string | null;
  @Column({ type: 'text', nullable: true }) emotion!: string | null;
  @Column({ type: 'integer', nullable: true }) intensity!: number | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  createdAt!: Date;
  /** Kept by the updated_at trigger. */
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  updatedAt!: Date;
}
