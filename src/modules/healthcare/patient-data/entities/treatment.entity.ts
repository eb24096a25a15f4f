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
import type { Organization, Profile } from '../../../identity/entities';
import { Condition } from './condition.entity';

/** Public catalog (seed H), with the traceability fields of seed H (manufacturer, verification, regulation). */
@Entity({ name: 'treatments' })
@Unique('treatments_org_id_id_key', ['orgId', 'id'])
@Index('treatments_org_id_idx', ['orgId'])
@Index('treatments_condition_idx', ['orgId', 'conditionId'])
@Index('treatments_created_idx', { synchronize: false }) // (created_at DESC, id DESC)
@Check('treatments_name_check', `length(name) BETWEEN 1 AND 200`)
@Check('treatments_description_check', `length(description) <= 10000`)
@Check('treatments_treatment_type_check', `length(treatment_type) <= 100`)
@Check('treatments_manufacturer_check', `length(manufacturer) <= 200`)
@Check('treatments_source_verification_method_check', `length(source_verification_method) <= 500`)
@Check('treatments_regulatory_status_check', `length(regulatory_status) <= 100`)
export class Treatment {
  /** gen_random_uuid(); not in the INSERT grant. */
  @PrimaryColumn({ type: 'uuid', insert: false, update: false })
  @Generated('uuid')
  id!: string;
  /** The caller's org by default; immutable (trigger). */
  @Column({ name: 'org_id', type: 'uuid', default: () => 'auth_org_id()', insert: false, update: false })
  orgId!: string;
  @ManyToOne('Organization', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'treatments_org_id_fkey' })
  org?: Organization;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text', nullable: true }) description!: string | null;
  @Column({ name: 'treatment_type', type: 'text', nullable: true }) treatmentType!: string | null;
  /** A condition of the same organization (composite key). */
  @Column({ name: 'condition_id', type: 'uuid', nullable: true }) conditionId!: string | null;
  @ManyToOne(() => Condition)
  @JoinColumn([
    { name: 'org_id', referencedColumnName: 'orgId', foreignKeyConstraintName: 'treatments_condition_fkey' },
    { name: 'condition_id', referencedColumnName: 'id' },
  ])
  condition?: Condition;
  @Column({ type: 'text', nullable: true }) manufacturer!: string | null;
  @Column({ name: 'source_verification_method', type: 'text', nullable: true })
  sourceVerificationMethod!: string | null;
  @Column({ name: 'regulatory_status', type: 'text', nullable: true }) regulatoryStatus!: string | null;
  /** The caller, set by the database. */
  @Column({
    name: 'created_by',
    type: 'uuid',
    nullable: true,
    default: () => 'auth.uid()',
    insert: false,
    update: false,
  })
  createdBy!: string | null;
  @ManyToOne('Profile', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'treatments_created_by_fkey' })
  creator?: Profile;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  createdAt!: Date;
  /** Kept by the updated_at trigger. */
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  updatedAt!: Date;
}
