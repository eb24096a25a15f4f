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
import type { ResourceType } from '../patient-data.enums';
import { Condition } from './condition.entity';
import { Treatment } from './treatment.entity';

/** Public catalog (seed H): articles, videos and courses, optionally about a condition or a treatment. */
@Entity({ name: 'learning_resources' })
@Unique('learning_resources_org_id_id_key', ['orgId', 'id'])
@Index('learning_resources_org_id_idx', ['orgId'])
@Index('learning_resources_condition_idx', ['orgId', 'relatedConditionId'])
@Index('learning_resources_treatment_idx', ['orgId', 'relatedTreatmentId'])
@Index('learning_resources_created_idx', { synchronize: false }) // (created_at DESC, id DESC)
@Check('learning_resources_title_check', `length(title) BETWEEN 1 AND 300`)
@Check('learning_resources_description_check', `length(description) <= 10000`)
@Check(
  'learning_resources_resource_type_check',
  `resource_type IN ('article', 'video', 'audio', 'course', 'guide', 'infographic', 'other')`,
)
@Check('learning_resources_content_url_check', `length(content_url) <= 2000`)
@Check('learning_resources_content_check', `length(content) <= 200000`)
export class LearningResource {
  /** gen_random_uuid(); not in the INSERT grant. */
  @PrimaryColumn({ type: 'uuid', insert: false, update: false })
  @Generated('uuid')
  id!: string;
  /** The caller's org by default; immutable (trigger). */
  @Column({ name: 'org_id', type: 'uuid', default: () => 'auth_org_id()', insert: false, update: false })
  orgId!: string;
  @ManyToOne('Organization', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'learning_resources_org_id_fkey' })
  org?: Organization;
  @Column({ type: 'text' }) title!: string;
  @Column({ type: 'text', nullable: true }) description!: string | null;
  @Column({ name: 'resource_type', type: 'text' }) resourceType!: ResourceType;
  @Column({ name: 'content_url', type: 'text', nullable: true }) contentUrl!: string | null;
  @Column({ type: 'text', nullable: true }) content!: string | null;
  @Column({ name: 'related_condition_id', type: 'uuid', nullable: true }) relatedConditionId!: string | null;
  @ManyToOne(() => Condition)
  @JoinColumn([
    {
      name: 'org_id',
      referencedColumnName: 'orgId',
      foreignKeyConstraintName: 'learning_resources_condition_fkey',
    },
    { name: 'related_condition_id', referencedColumnName: 'id' },
  ])
  relatedCondition?: Condition;
  @Column({ name: 'related_treatment_id', type: 'uuid', nullable: true }) relatedTreatmentId!: string | null;
  @ManyToOne(() => Treatment)
  @JoinColumn([
    {
      name: 'org_id',
      referencedColumnName: 'orgId',
      foreignKeyConstraintName: 'learning_resources_treatment_fkey',
    },
    { name: 'related_treatment_id', referencedColumnName: 'id' },
  ])
  relatedTreatment?: Treatment;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  createdAt!: Date;
  /** Kept by the updated_at trigger. */
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  updatedAt!: Date;
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
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'learning_resources_created_by_fkey' })
  creator?: Profile;
}
