import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';
import type { Organization } from '../../identity/entities';
import type { Treatment } from '../../healthcare/patient-data/entities';

export const PRODUCT_STATUSES = ['active', 'archived'] as const;
export type ProductStatus = (typeof PRODUCT_STATUSES)[number];

/**
 * A product of an organization's shop (seed H): public read, admins write. Price in minor units of its ISO 4217
 * currency; stock never below zero (CHECK). Ever ordered: archived, not deleted (order_items restricts).
 */
@Entity({ name: 'products' })
@Unique('products_org_id_id_key', ['orgId', 'id'])
@Unique('products_org_sku_key', ['orgId', 'sku'])
@Index('products_org_created_idx', { synchronize: false }) // (org_id, created_at DESC, id DESC)
@Index('products_treatment_idx', ['orgId', 'treatmentId'])
@Check('products_name_check', `length(name) BETWEEN 1 AND 200`)
@Check('products_description_check', `length(description) <= 10000`)
@Check('products_manufacturer_check', `length(manufacturer) <= 200`)
@Check('products_batch_lot_info_check', `length(batch_lot_info) BETWEEN 1 AND 200`)
@Check('products_sku_check', `sku ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$'`)
@Check('products_price_check', `price > 0 AND price <= 100000000000`)
@Check('products_currency_check', `currency ~ '^[A-Z]{3}$'`)
@Check('products_status_check', `status IN ('active', 'archived')`)
@Check('products_inventory_count_check', `inventory_count >= 0`)
export class Product {
  @PrimaryColumn({ type: 'uuid', generated: 'uuid', insert: false, update: false }) id!: string;
  @Column({ name: 'org_id', type: 'uuid', default: () => 'auth_org_id()', insert: false, update: false })
  orgId!: string;
  @ManyToOne('Organization', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'products_org_id_fkey' })
  org?: Organization;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text', nullable: true }) description!: string | null;
  @Column({ name: 'treatment_id', type: 'uuid', nullable: true }) treatmentId!: string | null;
  @ManyToOne('Treatment')
  @JoinColumn([
    { name: 'org_id', referencedColumnName: 'orgId', foreignKeyConstraintName: 'products_treatment_fkey' },
    { name: 'treatment_id', referencedColumnName: 'id' },
  ])
  treatment?: Treatment;
  @Column({ type: 'text', nullable: true }) manufacturer!: string | null;
  @Column({ name: 'batch_lot_info', type: 'text', nullable: true }) batchLotInfo!: string | null;
  @Column({ type: 'text' }) sku!: string;
  /** Minor units (bigint: a string). */
  @Column({ type: 'bigint', comment: 'minor units of currency (ISO 4217)' }) price!: string;
  @Column({ type: 'char', length: 3 }) currency!: string;
  @Column({ name: 'inventory_count', type: 'integer', default: 0 }) inventoryCount!: number;
  @Column({ name: 'is_prescription_required', type: 'boolean', default: false })
  isPrescriptionRequired!: boolean;
  @Column({ type: 'text', default: 'active', insert: false }) status!: ProductStatus;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  createdAt!: Date;
  /** Kept by the updated_at trigger. */
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  updatedAt!: Date;
}
