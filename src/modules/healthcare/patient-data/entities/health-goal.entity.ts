import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  VirtualColumn,
} from 'typeorm';
import type { Organization, Profile } from '../../../identity/entities';
import type { GoalStatus } from '../patient-data.enums';

/**
 * Goal progress in percent, 0..100 with two decimals, as text (never a float): with a baseline,
 * (current - baseline) / (target - baseline), which also works for goals that go down (weight 90 -> 80);
 * without one, current / target. NULL when a value is missing or the span is zero. Computed by PostgreSQL
 * (numeric division and rounding), so the API answers exactly what the database computes.
 */
export const goalProgressSql = (t: string) => `CASE
  WHEN ${t}.target_value IS NULL OR ${t}.current_value IS NULL THEN NULL
  WHEN ${t}.baseline_value IS NOT NULL THEN
    CASE WHEN ${t}.target_value = ${t}.baseline_value THEN NULL
         ELSE round(greatest(0, least(100, (${t}.current_value - ${t}.baseline_value) * 100 / (${t}.target_value - ${t}.baseline_value))), 2)::text END
  WHEN ${t}.target_value = 0 THEN NULL
  ELSE round(greatest(0, least(100, ${t}.current_value * 100 / ${t}.target_value)), 2)::text
END`;

/** A patient's health goal (seed H) with its progress. The patient owns it; a treating provider reads it. */
@Entity({ name: 'patient_health_goals' })
@Index('patient_health_goals_org_patient_id_idx', ['orgId', 'patientId'])
@Index('patient_health_goals_patient_id_idx', ['patientId'])
@Index('patient_health_goals_patient_status_idx', ['patientId', 'status'])
@Check('patient_health_goals_title_check', `length(title) BETWEEN 1 AND 200`)
@Check('patient_health_goals_description_check', `length(description) <= 2000`)
@Check(
  'patient_health_goals_target_value_check',
  `target_value IS NULL OR (target_value > -1e12 AND target_value < 1e12)`,
)
@Check(
  'patient_health_goals_current_value_check',
  `current_value IS NULL OR (current_value > -1e12 AND current_value < 1e12)`,
)
@Check(
  'patient_health_goals_baseline_value_check',
  `baseline_value IS NULL OR (baseline_value > -1e12 AND baseline_value < 1e12)`,
)
@Check('patient_health_goals_unit_check', `length(unit) <= 32`)
@Check('patient_health_goals_status_check', `status IN ('active', 'paused', 'completed', 'abandoned')`)
@Check('patient_health_goals_dates_check', `target_date IS NULL OR target_date >= start_date`)
export class HealthGoal {
  @PrimaryGeneratedColumn('uuid') id!: string;
  /** The caller's org by default; immutable (trigger). */
  @Column({ name: 'org_id', type: 'uuid', default: () => 'auth_org_id()', insert: false, update: false })
  orgId!: string;
  @ManyToOne('Organization', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'patient_health_goals_org_id_fkey' })
  org?: Organization;
  @Column({ name: 'patient_id', type: 'uuid', update: false }) patientId!: string;
  @ManyToOne('Profile', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'patient_id', foreignKeyConstraintName: 'patient_health_goals_patient_id_fkey' })
  patient?: Profile;
  @Column({ type: 'text' }) title!: string;
  @Column({ type: 'text', nullable: true }) description!: string | null;
  @Column({ name: 'target_value', type: 'numeric', nullable: true }) targetValue!: string | null;
  @Column({ name: 'current_value', type: 'numeric', nullable: true }) currentValue!: string | null;
  /** The starting value: gives goals that go down (weight 90 -> 80) a progress. */
  @Column({ name: 'baseline_value', type: 'numeric', nullable: true }) baselineValue!: string | null;
  @Column({ type: 'text', nullable: true }) unit!: string | null;
  @Column({ name: 'start_date', type: 'timestamptz', default: () => 'now()' }) startDate!: Date;
  @Column({ name: 'target_date', type: 'timestamptz', nullable: true }) targetDate!: Date | null;
  @Column({ type: 'text', default: 'active' }) status!: GoalStatus;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  createdAt!: Date;
  /** Kept by the updated_at trigger. */
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  updatedAt!: Date;
  /** Not a column: read with every select (goalProgressSql). */
  @VirtualColumn({ type: 'text', query: goalProgressSql }) progressPercent!: string | null;
}
