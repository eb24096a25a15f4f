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

/** A clinic site. Public catalog; opening hours of its chambers are read in its timezone. */
@Entity({ name: 'facilities' })
@Unique('facilities_org_id_id_key', ['orgId', 'id'])
@Index('facilities_created_idx', { synchronize: false }) // (created_at DESC, id DESC)
@Check('facilities_name_check', `length(name) BETWEEN 1 AND 200`)
@Check('facilities_address_line1_check', `length(address_line1) <= 200`)
@Check('facilities_address_line2_check', `length(address_line2) <= 200`)
@Check('facilities_city_check', `length(city) <= 100`)
@Check('facilities_region_check', `length(region) <= 100`)
@Check('facilities_postal_code_check', `length(postal_code) <= 20`)
@Check('facilities_country_check', `country ~ '^[A-Z]{2}$'`)
@Check('facilities_phone_check', `length(phone) <= 40`)
@Check('facilities_email_check', `length(email) <= 320`)
@Check('facilities_timezone_check', `length(timezone) BETWEEN 1 AND 64`)
export class Facility {
  /** gen_random_uuid(); the request roles may not insert it. */
  @PrimaryColumn({ type: 'uuid', insert: false, update: false })
  @Generated('uuid')
  id!: string;
  /** The caller's org by default; immutable (trigger). */
  @Column({ name: 'org_id', type: 'uuid', default: () => 'auth_org_id()', insert: false, update: false })
  orgId!: string;
  @ManyToOne('Organization', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'facilities_org_id_fkey' })
  org?: Organization;
  @Column({ type: 'text' }) name!: string;
  @Column({ name: 'address_line1', type: 'text', nullable: true }) addressLine1!: string | null;
  @Column({ name: 'address_line2', type: 'text', nullable: true }) addressLine2!: string | null;
  @Column({ type: 'text', nullable: true }) city!: string | null;
  @Column({ type: 'text', nullable: true }) region!: string | null;
  @Column({ name: 'postal_code', type: 'text', nullable: true }) postalCode!: string | null;
  @Column({ type: 'text', nullable: true }) country!: string | null;
  @Column({ type: 'text', nullable: true }) phone!: string | null;
  @Column({ type: 'text', nullable: true }) email!: string | null;
  @Column({ type: 'text', default: 'UTC' }) timezone!: string;
  @Column({ name: 'is_active', type: 'boolean', default: true }) isActive!: boolean;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  createdAt!: Date;
  /** Kept by the updated_at trigger. */
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  updatedAt!: Date;
}
