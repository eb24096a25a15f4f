import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { OrderItem } from '../../../commerce/entities';
import type { Organization, Profile } from '../../../identity/entities';
import type { MeasurementSource } from '../patient-data.enums';

/** A patient's reading (seed H). The patient owns it; a treating provider reads it. */
@Entity({ name: 'measurements' })
@Index('measurements_org_patient_id_idx', ['orgId', 'patientId'])
@Index('measurements_patient_id_idx', ['patientId'])
@Index('measurements_patient_time_idx', { synchronize: false }) // (patient_id, measured_at DESC)
@Index('measurements_order_item_idx', ['orderItemId'], { where: 'order_item_id IS NOT NULL' })
@Check('measurements_measurement_type_check', `measurement_type ~ '^[a-z][a-z0-9_]{0,63}$'`)
@Check('measurements_value_check', `value IS NULL OR (value > -1e12 AND value < 1e12)`)
@Check('measurements_unit_check', `length(unit) <= 32`)
@Check('measurements_source_check', `source IN ('manual', 'device', 'import', 'clinic')`)
@Check('measurements_notes_check', `length(notes) <= 2000`)
export class Measurement {
  @PrimaryGeneratedColumn('uuid') id!: string;
  /** The caller's org by default; immutable (trigger). */
  @Column({ name: 'org_id', type: 'uuid', default: () => 'auth_org_id()', insert: false, update: false })
  orgId!: string;
  @ManyToOne('Organization', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'measurements_org_id_fkey' })
  org?: Organization;
  @Column({ name: 'patient_id', type: 'uuid', update: false }) patientId!: string;
  @ManyToOne('Profile', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'patient_id', foreignKeyConstraintName: 'measurements_patient_id_fkey' })
  patient?: Profile;
  @Column({ name: 'measurement_type', type: 'text' }) measurementType!: string;
  /** numeric: a string, never a float. */
  @Column({ type: 'numeric' }) value!: string;
  @Column({ type: 'text', nullable: true }) unit!: string | null;
  @Column({ name: 'measured_at', type: 'timestamptz', default: () => 'now()' }) measuredAt!: Date;
  @Column({ type: 'text', default: 'manual' }) source!: MeasurementSource;
  @Column({ type: 'text', nullable: true }) notes!: string | null;
  /** The purchase the reading came from: an item of an order of this patient (trigger). */
  @Column({
    name: 'order_item_id',
    type: 'uuid',
    nullable: true,
    comment: "order_items(id): an item of an order of the measurement's patient",
  })
  orderItemId!: string | null;
  @ManyToOne('OrderItem')
  @JoinColumn([
    {
      name: 'org_id',
      referencedColumnName: 'orgId',
      foreignKeyConstraintName: 'measurements_order_item_fkey',
    },
    { name: 'order_item_id', referencedColumnName: 'id' },
  ])
  orderItem?: OrderItem;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  createdAt!: Date;
  /** Kept by the updated_at trigger. */
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  updatedAt!: Date;
}
