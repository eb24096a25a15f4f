import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';
import type { Organization } from '../../identity/entities';
import { Order } from './order.entity';
import { Prescription } from './prescription.entity';
import { Product } from './product.entity';

/** A line of an order (seed H): name, SKU, price and batch/lot of the moment of sale. Written by checkout. */
@Entity({ name: 'order_items' })
@Unique('order_items_org_id_id_key', ['orgId', 'id'])
@Unique('order_items_order_product_key', ['orderId', 'productId'])
@Index('order_items_recall_idx', ['orgId', 'productId', 'batchLotInfo'])
@Index('order_items_prescription_idx', ['prescriptionId'], { where: 'prescription_id IS NOT NULL' })
@Check('order_items_quantity_check', `quantity > 0`)
@Check('order_items_price_per_unit_check', `price_per_unit > 0`)
@Check('order_items_currency_check', `currency ~ '^[A-Z]{3}$'`)
export class OrderItem {
  @PrimaryColumn({ type: 'uuid', generated: 'uuid', insert: false, update: false }) id!: string;
  @Column({ name: 'org_id', type: 'uuid', default: () => 'auth_org_id()', insert: false, update: false })
  orgId!: string;
  @ManyToOne('Organization', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'order_items_org_id_fkey' })
  org?: Organization;
  @Column({ name: 'order_id', type: 'uuid', insert: false, update: false }) orderId!: string;
  @ManyToOne(() => Order, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'org_id', referencedColumnName: 'orgId', foreignKeyConstraintName: 'order_items_order_fkey' },
    { name: 'order_id', referencedColumnName: 'id' },
  ])
  order?: Order;
  @Column({ name: 'product_id', type: 'uuid', insert: false, update: false }) productId!: string;
  @ManyToOne(() => Product, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'org_id', referencedColumnName: 'orgId', foreignKeyConstraintName: 'order_items_product_fkey' },
    { name: 'product_id', referencedColumnName: 'id' },
  ])
  product?: Product;
  @Column({ name: 'product_name', type: 'text', insert: false, update: false }) productName!: string;
  @Column({ type: 'text', insert: false, update: false }) sku!: string;
  @Column({ type: 'integer', insert: false, update: false }) quantity!: number;
  /** Minor units (bigint: a string). */
  @Column({
    name: 'price_per_unit',
    type: 'bigint',
    comment: 'minor units of currency (ISO 4217)',
    insert: false,
    update: false,
  })
  pricePerUnit!: string;
  @Column({ type: 'char', length: 3, insert: false, update: false }) currency!: string;
  @Column({ name: 'batch_lot_info', type: 'text', nullable: true, insert: false, update: false })
  batchLotInfo!: string | null;
  @Column({ name: 'prescription_id', type: 'uuid', nullable: true, insert: false, update: false })
  prescriptionId!: string | null;
  @ManyToOne(() => Prescription)
  @JoinColumn([
    {
      name: 'org_id',
      referencedColumnName: 'orgId',
      foreignKeyConstraintName: 'order_items_prescription_fkey',
    },
    { name: 'prescription_id', referencedColumnName: 'id' },
  ])
  prescription?: Prescription;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  createdAt!: Date;
}
