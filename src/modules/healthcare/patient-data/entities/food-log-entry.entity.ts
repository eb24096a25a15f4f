import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Organization, Profile } from '../../../identity/entities';

/** One entry of a patient's food log (seed H). The patient owns it; a treating provider reads it. */
@Entity({ name: 'patient_food_log' })
@Index('patient_food_log_org_patient_id_idx', ['orgId', 'patientId'])
@Index('patient_food_log_patient_id_idx', ['patientId'])
@Index('patient_food_log_patient_time_idx', { synchronize: false }) // (patient_id, "timestamp" DESC)
@Check('patient_food_log_food_name_check', `length(food_name) BETWEEN 1 AND 200`)
@Check('patient_food_log_quantity_check', `quantity IS NULL OR (quantity >= 0 AND quantity < 1e12)`)
@Check('patient_food_log_unit_check', `length(unit) <= 32`)
@Check('patient_food_log_calories_check', `calories BETWEEN 0 AND 100000`)
@Check('patient_food_log_protein_check', `protein IS NULL OR (protein >= 0 AND protein < 1e12)`)
@Check('patient_food_log_carbs_check', `carbs IS NULL OR (carbs >= 0 AND carbs < 1e12)`)
@Check('patient_food_log_fat_check', `fat IS NULL OR (fat >= 0 AND fat < 1e12)`)
@Check('patient_food_log_notes_check', `length(notes) <= 2000`)
export class FoodLogEntry {
  @PrimaryGeneratedColumn('uuid') id!: string;
  /** The caller's org by default; immutable (trigger). */
  @Column({ name: 'org_id', type: 'uuid', default: () => 'auth_org_id()', insert: false, update: false })
  orgId!: string;
  @ManyToOne('Organization', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'patient_food_log_org_id_fkey' })
  org?: Organization;
  @Column({ name: 'patient_id', type: 'uuid', update: false }) patientId!: string;
  @ManyToOne('Profile', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'patient_id', foreignKeyConstraintName: 'patient_food_log_patient_id_fkey' })
  patient?: Profile;
  @Column({ type: 'timestamptz', default: () => 'now()' }) timestamp!: Date;
  @Column({ name: 'food_name', type: 'text' }) foodName!: string;
  @Column({ type: 'numeric', nullable: true }) quantity!: string | null;
  @Column({ type: 'text', nullable: true }) unit!: string | null;
  @Column({ type: 'integer', nullable: true }) calories!: number | null;
  @Column({ type: 'numeric', nullable: true }) protein!: string | null;
  @Column({ type: 'numeric', nullable: true }) carbs!: string | null;
  @Column({ type: 'numeric', nullable: true }) fat!: string | null;
  @Column({ type: 'text', nullable: true }) notes!: string | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  createdAt!: Date;
  /** Kept by the updated_at trigger. */
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  updatedAt!: Date;
}
