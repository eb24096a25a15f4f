// Commerce: products (EUR, 12 in stock unless told), cart lines, prescriptions and orders as the owner writes
// them. Orders are written by checkout in the app; the factory writes a consistent one (items at the
// product's price and lot, stock taken) without money moving: a Stripe order pending payment unless told.
import { randomBytes } from 'node:crypto';
import type {
  CartItem,
  Order,
  OrderItem,
  Prescription,
  Product,
} from '../../../src/modules/commerce/entities';
import type { TestDb } from '../db';
import { insertRow, loadRow, type OrgRef, type Overrides, type UserRef } from './rows';

const hex = (bytes = 4) => randomBytes(bytes).toString('hex');
const DAY = 24 * 3_600_000;

/** An active product of the organization: 15.00 EUR, 12 in stock, lot LOT-<random>, a SKU of its own. */
export function newProduct(db: TestDb, org: OrgRef, o: Overrides<Product> = {}): Promise<Product> {
  return insertRow<Product>(db, 'products', {
    orgId: org.id,
    name: 'Vitamin D 1000 IU',
    sku: `SKU-${hex()}`,
    price: '1500',
    currency: 'EUR',
    inventoryCount: 12,
    batchLotInfo: `LOT-${hex(3)}`,
    ...o,
  });
}

/** A line of the member's cart (quantity 1 unless told). */
export function newCartItem(
  db: TestDb,
  patient: UserRef,
  product: Product,
  o: Overrides<CartItem> = {},
): Promise<CartItem> {
  return insertRow<CartItem>(db, 'cart_items', {
    orgId: patient.orgId,
    patientId: patient.id,
    productId: product.id,
    quantity: 1,
    ...o,
  });
}

/** A prescription of the product for the patient (login id) by the provider (providers.id): 10, 30 days. */
export function newPrescription(
  db: TestDb,
  patient: UserRef,
  providerId: string,
  product: Product,
  o: Overrides<Prescription> = {},
): Promise<Prescription> {
  return insertRow<Prescription>(db, 'prescriptions', {
    orgId: patient.orgId,
    patientId: patient.id,
    providerId,
    productId: product.id,
    quantity: 10,
    expiresAt: new Date(Date.now() + 30 * DAY),
    ...o,
  });
}

export interface NewOrder extends Overrides<Order> {
  /** The lines (quantity 1 of each unless told); stock is taken from each product. */
  lines?: Array<{ product: Product; quantity?: number }>;
}

/** An order of the patient with its items (a pending Stripe order unless told), stock taken. */
export async function newOrder(
  db: TestDb,
  patient: UserRef,
  o: NewOrder & { lines: Array<{ product: Product; quantity?: number }> },
): Promise<Order & { items: OrderItem[] }> {
  const { lines, ...columns } = o;
  const total = lines.reduce((s, l) => s + BigInt(l.product.price) * BigInt(l.quantity ?? 1), 0n);
  const order = await insertRow<Order>(db, 'orders', {
    orgId: patient.orgId,
    patientId: patient.id,
    status: 'pending_payment',
    totalAmount: total.toString(),
    currency: lines[0].product.currency,
    paymentMethod: 'stripe',
    holdExpiresAt: new Date(Date.now() + DAY),
    ...columns,
  });
  const items: OrderItem[] = [];
  for (const { product, quantity = 1 } of lines) {
    await db.owner.query(`UPDATE public.products SET inventory_count = inventory_count - $2 WHERE id = $1`, [
      product.id,
      quantity,
    ]);
    items.push(
      await insertRow<OrderItem>(db, 'order_items', {
        orgId: patient.orgId,
        orderId: order.id,
        productId: product.id,
        productName: product.name,
        sku: product.sku,
        quantity,
        pricePerUnit: product.price,
        currency: product.currency,
        batchLotInfo: product.batchLotInfo,
      }),
    );
  }
  return { ...(await loadRow<Order>(db, 'orders', order.id)), items };
}
