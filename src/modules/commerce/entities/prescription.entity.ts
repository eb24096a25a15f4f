import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';
import type { Organization, Profile } from '../../identity/entities';
import type { Provider } from '../../healthcare/scheduling/entities';
import { Product } from './product.entity';

/**
 * A prescription (new, issue 12): a provider on the patient's care team prescribes a quantity of a product
 * until an expiry; checkout consumes quantity_used in the order's transaction. Read by the patient and the
 * issuing provider.
 */
@Entity({ name: 'prescriptions' })
@Unique('prescriptions_org_id_id_key', ['orgId', 'id'])
@Index('prescriptions_patient_idx', { synchronize: false }) // (patient_id, created_at DESC)
@Index('prescriptions_provider_idx', { synchronize: false }) // (provider_id, created_at DESC)
@Index('prescriptions_org_created_idx', { synchronize: false }) // (org_id, created_at DESC, id DESC)
@Check('prescriptions_quantity_check', `quantity BETWEEN 1 AND 1000`)
@Check('prescriptions_notes_check', `length(notes) <= 2000`)
@Check('prescriptions_used_check', `quantity_used >= 0 AND quantity_used <= quantity`)
export class Prescription {
  @PrimaryColumn({ type: 'uuid', generated: 'uuid', insert: false, update: false }) id!: string;
  @Column({ name: 'org_id', type: 'uuid', default: () => 'auth_org_id()', insert: false, update: false })
  orgId!: string;
  @ManyToOne('Organization', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'prescriptions_org_id_fkey' })
  org?: Organization;
  /** The patient's login (profiles.id), as the patient-data tables key it. */
  @Column({ name: 'patient_id', type: 'uuid', update: false }) patientId!: string;
  @ManyToOne('Profile', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'patient_id', foreignKeyConstraintName: 'prescriptions_patient_id_fkey' })
  patient?: Profile;
  @Column({ name: 'provider_id', type: 'uuid', update: false }) providerId!: string;
  @ManyToOne('Provider')
  @JoinColumn([
    {
      name: 'org_id',
      referencedColumnName: 'orgId',
      foreignKeyConstraintName: 'prescriptions_provider_fkey',
    },
    { name: 'provider_id', referencedColumnName: 'id' },
  ])
  provider?: Provider;
  @Column({ name: 'product_id', type: 'uuid', update: false }) productId!: string;
  @ManyToOne(() => Product)
  @JoinColumn([
    { name: 'org_id', referencedColumnName: 'orgId', foreignKeyConstraintName: 'prescriptions_product_fkey' },
    { name: 'product_id', referencedColumnName: 'id' },
  ])
  product?: Product;
  @Column({ type: 'integer', update: false }) quantity!: number;
  /** Consumed by checkout (definer), never written by a caller. */
  @Column({ name: 'quantity_used', type: 'integer', default: 0, insert: false, update: false })
  quantityUsed!: number;
  @Column({ name: 'expires_at', type: 'timestamptz', update: false }) expiresAt!: Date;
  @Column({ type: 'text', nullable: true, update: false }) notes!: string | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  createdAt!: Date;
  /** Kept by the updated_at trigger. */
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  updatedAt!: Date;
}
