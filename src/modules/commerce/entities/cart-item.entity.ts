import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';
import type { Organization, UserRole } from '../../identity/entities';
import { Product } from './product.entity';

/** A line of a patient's cart (seed H): one per product, the patient's own. */
@Entity({ name: 'cart_items' })
@Unique('cart_items_patient_product_key', ['orgId', 'patientId', 'productId'])
@Index('cart_items_patient_idx', ['patientId'])
@Index('cart_items_product_idx', ['orgId', 'productId'])
@Check('cart_items_quantity_check', `quantity BETWEEN 1 AND 100`)
export class CartItem {
  @PrimaryColumn({ type: 'uuid', generated: 'uuid', insert: false, update: false }) id!: string;
  @Column({ name: 'org_id', type: 'uuid', default: () => 'auth_org_id()', insert: false, update: false })
  orgId!: string;
  @ManyToOne('Organization', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'cart_items_org_id_fkey' })
  org?: Organization;
  /** The caller (default). */
  @Column({ name: 'patient_id', type: 'uuid', default: () => 'auth.uid()', insert: false, update: false })
  patientId!: string;
  @ManyToOne('UserRole', { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'org_id', referencedColumnName: 'orgId', foreignKeyConstraintName: 'cart_items_member_fkey' },
    { name: 'patient_id', referencedColumnName: 'userId' },
  ])
  member?: UserRole;
  @Column({ name: 'product_id', type: 'uuid', update: false }) productId!: string;
  @ManyToOne(() => Product, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'org_id', referencedColumnName: 'orgId', foreignKeyConstraintName: 'cart_items_product_fkey' },
    { name: 'product_id', referencedColumnName: 'id' },
  ])
  product?: Product;
  @Column({ type: 'integer' }) quantity!: number;
  @Column({ name: 'added_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  addedAt!: Date;
  /** Kept by the updated_at trigger. */
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  updatedAt!: Date;
}
