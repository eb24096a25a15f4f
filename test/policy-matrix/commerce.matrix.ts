// Policy matrix rows for commerce. Products are a public catalog (admins of the selling org write); cart lines
// are their owner's; prescriptions are issued by a provider on the patient's care team (the scheduling
// fixtures' provider treats the world's patient) and read by the patient and the issuer; orders and their
// items are written only by checkout (a definer function): the patient reads their own, admins read the
// organization's and move the status.
import { randomBytes } from 'node:crypto';
import type { Product } from '../../src/modules/commerce/entities';
import { newCartItem, newOrder, newPrescription, newProduct } from '../support/factories';
import type { Caller, Statement, TableCase, World } from './harness';
import { schedulingFixtures } from './healthcare-scheduling.matrix';

interface CommerceFixtures {
  product: Product;
  /** Another product: what cart inserts name (the seeded line holds `product`). */
  other: Product;
  orderId: string;
  orderItemId: string;
  /** The world's provider (on the patient's care team): the one who may issue. */
  providerId: string;
  /** Another provider of org A: the seeded prescription's issuer. */
  otherProviderId: string;
}

const cache = new WeakMap<World, Promise<CommerceFixtures>>();
let fx: CommerceFixtures;

function commerceFixtures(w: World): Promise<CommerceFixtures> {
  let found = cache.get(w);
  if (!found) {
    found = (async () => {
      const s = await schedulingFixtures(w);
      const product = await newProduct(w.db, w.orgA, { inventoryCount: 50 });
      const other = await newProduct(w.db, w.orgA, { inventoryCount: 50 });
      const order = await newOrder(w.db, w.users.patient, { lines: [{ product, quantity: 2 }] });
      return {
        product,
        other,
        orderId: order.id,
        orderItemId: order.items[0].id,
        providerId: s.providerId,
        otherProviderId: s.otherProviderId,
      };
    })();
    cache.set(w, found);
  }
  return found;
}
const useFixtures = async (w: World) => (fx = await commerceFixtures(w));

/** Members insert into their own org (default org_id); the other org's admin and the service name org A. */
function tenantInsert(w: World, caller: Caller, table: string, cols: string[], values: unknown[]): Statement {
  const explicit = caller === 'service' || caller === 'other_org';
  const all = explicit ? ['org_id', ...cols] : cols;
  const params = explicit ? [w.orgA.id, ...values] : values;
  return {
    sql: `INSERT INTO public.${table} (${all.join(', ')}) VALUES (${all.map((_, i) => `$${i + 1}`).join(', ')})`,
    params,
  };
}

const DAY = 24 * 3_600_000;

export const commerceMatrix: TableCase[] = [
  {
    table: 'products',
    seed: async (w) => (await newProduct(w.db, w.orgA, { name: 'Matrix product' })).id,
    insert: (w, caller) =>
      tenantInsert(
        w,
        caller,
        'products',
        ['name', 'sku', 'price', 'currency', 'inventory_count'],
        ['Compression socks', `SKU-${randomBytes(4).toString('hex')}`, 990, 'EUR', 5],
      ),
    update: `UPDATE public.products SET name = name WHERE id = $1`,
    // Public read, anonymous included; the selling organization's admins write (the seeded product was
    // never ordered, so it may be deleted).
    allow: {
      anon: 'S',
      patient: 'S',
      provider: 'S',
      research_partner: 'S',
      developer: 'S',
      other_org: 'S',
      admin: 'SIUD',
      service: 'SIUD',
    },
  },
  {
    table: 'cart_items',
    seed: async (w) => {
      await useFixtures(w);
      return (await newCartItem(w.db, w.users.patient, fx.product, { quantity: 2 })).id;
    },
    insert: (w, caller) =>
      caller === 'service'
        ? {
            sql: `INSERT INTO public.cart_items (org_id, patient_id, product_id, quantity) VALUES ($1, $2, $3, 1)`,
            params: [w.orgA.id, w.users.provider.id, fx.other.id],
          }
        : tenantInsert(w, caller, 'cart_items', ['product_id', 'quantity'], [fx.other.id, 1]),
    update: `UPDATE public.cart_items SET quantity = 3 WHERE id = $1`,
    // Own lines only: every member of the org may fill their own cart (the API serves patients).
    allow: {
      patient: 'SIUD',
      provider: 'I',
      admin: 'I',
      research_partner: 'I',
      developer: 'I',
      service: 'SIUD',
    },
  },
  {
    table: 'prescriptions',
    seed: async (w) => {
      await useFixtures(w);
      // Issued by another provider: a prescription keeps its issuer (the foreign key restricts), and the
      // providers row the matrix deletes is the world's provider's.
      return (await newPrescription(w.db, w.users.patient, fx.otherProviderId, fx.product)).id;
    },
    insert: (w, caller) =>
      tenantInsert(
        w,
        caller,
        'prescriptions',
        ['patient_id', 'provider_id', 'product_id', 'quantity', 'expires_at'],
        [w.users.patient.id, fx.providerId, fx.product.id, 2, new Date(Date.now() + DAY)],
      ),
    update: `UPDATE public.prescriptions SET notes = 'changed' WHERE id = $1`,
    // The patient's care-team provider issues; the patient and the issuer read (the world's provider did not
    // issue the seeded one: its reading of its own is in test/commerce); checkout (definer) consumes.
    allow: { patient: 'S', provider: 'I', service: 'SIUD' },
  },
  {
    table: 'orders',
    seed: async (w) => (await useFixtures(w)).orderId,
    insert: (w, caller) =>
      tenantInsert(
        w,
        caller,
        'orders',
        ['patient_id', 'total_amount', 'currency', 'payment_method'],
        [w.users.patient.id, 100, 'EUR', 'stripe'],
      ),
    update: `UPDATE public.orders SET status = status WHERE id = $1`,
    // Written only by checkout; the patient reads their own; admins read and move the status.
    allow: { patient: 'S', admin: 'SU', service: 'SU' },
  },
  {
    table: 'order_items',
    seed: async (w) => (await useFixtures(w)).orderItemId,
    insert: (w, caller) =>
      tenantInsert(
        w,
        caller,
        'order_items',
        ['order_id', 'product_id', 'product_name', 'sku', 'quantity', 'price_per_unit', 'currency'],
        [fx.orderId, fx.other.id, fx.other.name, fx.other.sku, 1, 100, 'EUR'],
      ),
    update: `UPDATE public.order_items SET quantity = quantity WHERE id = $1`,
    // Through the order: its patient and the organization's admins read; nobody writes but checkout.
    allow: { patient: 'S', admin: 'S', service: 'S' },
  },
];
