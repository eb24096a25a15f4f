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
import type { ChamberKind } from '../scheduling.enums';
import { Facility } from './facility.entity';

/** A bookable treatment chamber of a facility, with its weekly opening hours (facility time). Public catalog. */
@Entity({ name: 'chambers' })
@Unique('chambers_org_id_id_key', ['orgId', 'id'])
@Index('chambers_facility_idx', ['orgId', 'facilityId'])
@Index('chambers_created_idx', { synchronize: false }) // (created_at DESC, id DESC)
@Check('chambers_name_check', `length(name) BETWEEN 1 AND 200`)
@Check('chambers_kind_check', `kind IN ('monoplace', 'multiplace', 'room')`)
@Check('chambers_capacity_check', `capacity BETWEEN 1 AND 100`)
@Check('chambers_max_pressure_ata_check', `max_pressure_ata > 0 AND max_pressure_ata <= 10`)
@Check('chambers_description_check', `length(description) <= 4000`)
@Check('chambers_open_days_check', `open_days <@ '{1,2,3,4,5,6,7}'::smallint[]`)
@Check('chambers_hours_check', `closes_at > opens_at OR closes_at = '00:00'`)
export class Chamber {
  /** gen_random_uuid(); the request roles may not insert it. */
  @PrimaryColumn({ type: 'uuid', insert: false, update: false })
  @Generated('uuid')
  id!: string;
  @Column({ name: 'org_id', type: 'uuid', default: () => 'auth_org_id()', insert: false, update: false })
  orgId!: string;
  @ManyToOne('Organization', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'chambers_org_id_fkey' })
  org?: Organization;
  @Column({ name: 'facility_id', type: 'uuid' }) facilityId!: string;
  @ManyToOne(() => Facility, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'org_id', referencedColumnName: 'orgId', foreignKeyConstraintName: 'chambers_facility_fkey' },
    { name: 'facility_id', referencedColumnName: 'id' },
  ])
  facility?: Facility;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text', default: 'monoplace' }) kind!: ChamberKind;
  @Column({ type: 'smallint', default: 1 }) capacity!: number;
  /** numeric(4,2): a string, as every numeric read from PostgreSQL. */
  @Column({ name: 'max_pressure_ata', type: 'numeric', precision: 4, scale: 2, nullable: true })
  maxPressureAta!: string | null;
  @Column({ type: 'text', nullable: true }) description!: string | null;
  /** 'HH:MM:SS', facility time. */
  @Column({ name: 'opens_at', type: 'time', default: '08:00:00' }) opensAt!: string;
  /** 'HH:MM:SS', facility time; 00:00 is midnight. */
  @Column({ name: 'closes_at', type: 'time', default: '18:00:00' }) closesAt!: string;
  /** ISO weekdays (1 = Monday). */
  @Column({ name: 'open_days', type: 'smallint', array: true, default: () => `'{1,2,3,4,5}'` })
  openDays!: number[];
  @Column({ name: 'is_active', type: 'boolean', default: true }) isActive!: boolean;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  createdAt!: Date;
  /** Kept by the updated_at trigger. */
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  updatedAt!: Date;
}
