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
import type { Organization, User } from '../../../identity/entities';
import { Facility } from './facility.entity';

/**
 * The organization's clinician directory; each entry is a member (user). A provider may change only their own
 * display data and hours (trigger); licence, facility and status are for admins.
 */
@Entity({ name: 'providers' })
@Unique('providers_org_id_id_key', ['orgId', 'id'])
@Unique('providers_org_user_key', ['orgId', 'userId'])
@Index('providers_user_idx', ['userId'])
@Check('providers_display_name_check', `length(display_name) BETWEEN 1 AND 200`)
@Check('providers_specialty_check', `length(specialty) <= 200`)
@Check('providers_license_number_check', `length(license_number) <= 100`)
@Check('providers_bio_check', `length(bio) <= 4000`)
@Check('providers_phone_check', `length(phone) <= 40`)
@Check('providers_email_check', `length(email) <= 320`)
@Check('providers_timezone_check', `length(timezone) BETWEEN 1 AND 64`)
@Check('providers_work_days_check', `work_days <@ '{1,2,3,4,5,6,7}'::smallint[]`)
@Check('providers_hours_check', `works_until > works_from`)
export class Provider {
  /** gen_random_uuid(); the request roles may not insert it. */
  @PrimaryColumn({ type: 'uuid', insert: false, update: false })
  @Generated('uuid')
  id!: string;
  @Column({ name: 'org_id', type: 'uuid', default: () => 'auth_org_id()', insert: false, update: false })
  orgId!: string;
  @ManyToOne('Organization', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'providers_org_id_fkey' })
  org?: Organization;
  @Column({ name: 'user_id', type: 'uuid', update: false }) userId!: string;
  @ManyToOne('User', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'providers_user_id_fkey' })
  user?: User;
  @Column({ name: 'facility_id', type: 'uuid', nullable: true }) facilityId!: string | null;
  /** ON DELETE SET NULL (facility_id): only the facility column is cleared. */
  @ManyToOne(() => Facility, { onDelete: 'SET NULL' })
  @JoinColumn([
    { name: 'org_id', referencedColumnName: 'orgId', foreignKeyConstraintName: 'providers_facility_fkey' },
    { name: 'facility_id', referencedColumnName: 'id' },
  ])
  facility?: Facility;
  @Column({ name: 'display_name', type: 'text' }) displayName!: string;
  @Column({ type: 'text', nullable: true }) specialty!: string | null;
  /** Not selectable by the request roles: read through app_private.provider_private_fields(). */
  @Column({ name: 'license_number', type: 'text', nullable: true, select: false }) licenseNumber!:
    string | null;
  @Column({ type: 'text', nullable: true }) bio!: string | null;
  @Column({ type: 'text', nullable: true, select: false }) phone!: string | null;
  @Column({ type: 'text', nullable: true }) email!: string | null;
  @Column({ type: 'text', default: 'UTC' }) timezone!: string;
  /** 'HH:MM:SS', in the provider's timezone. */
  @Column({ name: 'works_from', type: 'time', default: '09:00:00' }) worksFrom!: string;
  @Column({ name: 'works_until', type: 'time', default: '17:00:00' }) worksUntil!: string;
  /** ISO weekdays (1 = Monday). */
  @Column({ name: 'work_days', type: 'smallint', array: true, default: () => `'{1,2,3,4,5}'` })
  workDays!: number[];
  @Column({ name: 'is_active', type: 'boolean', default: true }) isActive!: boolean;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  createdAt!: Date;
  /** Kept by the updated_at trigger. */
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  updatedAt!: Date;
}
