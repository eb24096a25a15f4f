// Commerce over HTTP through the typed client: the public catalog and its admin writes (archive once ordered,
// recall by lot), the patient's cart, prescriptions by the care team, checkout (wallet and Stripe paths, the
// Idempotency-Key, every bad input of the issue) and the order state machine with refunds.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, expectError, expectOk, type ApiClient } from '../support/api-client';
import { startApp, type TestApp } from '../support/app';
import { createTestDatabase, testConfig, type TestDb } from '../support/db';
import {
  newCareTeamMember,
  newPatient,
  newPrescription,
  newProduct,
  newProvider,
  newUser,
  newWallet,
  newOrg,
  type TestOrg,
  type TestUser,
} from '../support/factories';
import type { Product } from '../../src/modules/commerce/entities';
import type { Wallet } from '../../src/modules/payments/entities';

let db: TestDb;
let api: TestApp;
let org: TestOrg;
let orgB: TestOrg;
let admin: TestUser;
let doctor: TestUser;
let stranger: TestUser;
let patient: TestUser;
let otherPatient: TestUser;
let poorPatient: TestUser;
let adminB: TestUser;
let patientB: TestUser;
let doctorB: TestUser;
let wallet: Wallet;
let doctorProviderId: string;
let doctorBProviderId: string;

const as = (user?: TestUser): ApiClient => apiClient(api, user ? user.token : {});
const byId = (id: string) => ({ params: { path: { id } } });
const checkoutAs = (user: TestUser, body: object, key: string = randomUUID()) =>
  apiClient(api, { token: user.token, headers: { 'idempotency-key': key } }).POST('/api/orders/checkout', {
    body: body as never,
  });

async function stock(productId: string): Promise<number> {
  const { rows } = await db.owner.query(`SELECT inventory_count FROM public.products WHERE id = $1`, [
    productId,
  ]);
  return rows[0].inventory_count as number;
}
async function balance(walletId: string): Promise<string> {
  const { rows } = await db.owner.query(
    `SELECT trim_scale(balance)::text AS b FROM public.wallets WHERE id = $1`,
    [walletId],
  );
  return rows[0].b as string;
}
async function discrepancies(): Promise<unknown[]> {
  return (await db.owner.query(`SELECT * FROM app_private.ledger_discrepancies()`)).rows;
}
async function emptyCart(user: TestUser): Promise<void> {
  await db.owner.query(`DELETE FROM public.cart_items WHERE patient_id = $1`, [user.id]);
}
async function addToCart(user: TestUser, productId: string, quantity: number) {
  return expectOk(await as(user).POST('/api/cart/items', { body: { productId, quantity } }), 201);
}

beforeAll(async () => {
  const orgId = randomUUID();
  db = await createTestDatabase(testConfig({ PLATFORM_ORG_ID: orgId }));
  api = await startApp(db);
  org = await newOrg(db, 'Shop A', orgId);
  orgB = await newOrg(db, 'Shop B');
  admin = await newUser(db, org, 'admin');
  doctor = await newUser(db, org, 'provider');
  stranger = await newUser(db, org, 'provider');
  patient = await newUser(db, org, 'patient');
  otherPatient = await newUser(db, org, 'patient');
  poorPatient = await newUser(db, org, 'patient');
  adminB = await newUser(db, orgB, 'admin');
  patientB = await newUser(db, orgB, 'patient');
  doctorB = await newUser(db, orgB, 'provider');
  doctorProviderId = (await newProvider(db, doctor)).id;
  await newProvider(db, stranger);
  doctorBProviderId = (await newProvider(db, doctorB)).id;
  const record = await newPatient(db, org, { userId: patient.id });
  await newCareTeamMember(db, org, { patientId: record.id, providerId: doctorProviderId });
  const recordB = await newPatient(db, orgB, { userId: patientB.id });
  await newCareTeamMember(db, orgB, { patientId: recordB.id, providerId: doctorBProviderId });
  wallet = await newWallet(db, patient, { kind: 'fiat', currency: 'EUR', fund: '100000' });
  await newWallet(db, otherPatient, { kind: 'fiat', currency: 'EUR', fund: '100000' });
  await newWallet(db, poorPatient, { kind: 'fiat', currency: 'EUR', fund: '100' });
  await newWallet(db, patientB, { kind: 'fiat', currency: 'EUR', fund: '100000' });
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});

describe('products', () => {
  it('anyone reads the catalog (anonymous included); only admins of the org write', async () => {
    const created = expectOk(
      await as(admin).POST('/api/products', {
        body: {
          name: 'Thermometer',
          sku: 'THERM-1',
          price: '2599',
          currency: 'EUR',
          inventoryCount: 3,
          batchLotInfo: 'L1',
        },
      }),
      201,
    );
    expect(created).toMatchObject({
      price: '2599',
      currency: 'EUR',
      inventoryCount: 3,
      status: 'active',
      orgId: org.id,
    });
    const page = expectOk(await as().GET('/api/products', { params: { query: { orgId: org.id } } }), 200);
    expect(page.items.map((p) => p.id)).toContain(created.id);
    expectOk(await as().GET('/api/products/{id}', byId(created.id)), 200);
    expectOk(await as(patientB).GET('/api/products/{id}', byId(created.id)), 200);
    const body = { name: 'X', sku: 'X-1', price: '100', currency: 'EUR' };
    expectError(await as(patient).POST('/api/products', { body }), 403);
    expectError(await as(doctor).POST('/api/products', { body }), 403);
    expectError(await as().POST('/api/products', { body }), 401);
    // Another organization's admin cannot change it (not theirs: 404).
    expectError(
      await as(adminB).PATCH('/api/products/{id}', { ...byId(created.id), body: { price: '1' } }),
      404,
    );
  });

  it('SKU unique per organization; money as integer minor units with an ISO 4217 code; stock never negative', async () => {
    const body = { name: 'Mask', sku: 'MASK-1', price: '500', currency: 'EUR' };
    expectOk(await as(admin).POST('/api/products', { body }), 201);
    expectError(await as(admin).POST('/api/products', { body }), 409);
    expectOk(await as(adminB).POST('/api/products', { body }), 201);
    for (const bad of [
      { price: '5.00' },
      { price: '0' },
      { price: '-5' },
      { price: 500 },
      { currency: 'eur' },
      { currency: 'EURO' },
      { inventoryCount: -1 },
      { sku: 'bad sku' },
    ])
      expectError(
        await as(admin).POST('/api/products', {
          body: { ...body, sku: `S-${randomUUID().slice(0, 8)}`, ...bad } as never,
        }),
        400,
        JSON.stringify(bad),
      );
    const p = await newProduct(db, org, { inventoryCount: 1 });
    expectError(
      await as(admin).PATCH('/api/products/{id}', { ...byId(p.id), body: { inventoryCount: -1 } }),
      400,
    );
    // The CHECK holds even for the owner.
    await expect(
      db.owner.query(`UPDATE public.products SET inventory_count = -1 WHERE id = $1`, [p.id]),
    ).rejects.toThrow(/products_inventory_count_check/);
  });

  it('deletes a product never ordered and archives one that was', async () => {
    const never = await newProduct(db, org);
    expect(expectOk(await as(admin).DELETE('/api/products/{id}', byId(never.id)), 200)).toEqual({
      id: never.id,
      outcome: 'deleted',
    });
    expectError(await as().GET('/api/products/{id}', byId(never.id)), 404);

    const sold = await newProduct(db, org, { price: '700' });
    await emptyCart(otherPatient);
    await addToCart(otherPatient, sold.id, 1);
    expectOk(await checkoutAs(otherPatient, { paymentMethod: 'wallet' }), 201);
    expect(expectOk(await as(admin).DELETE('/api/products/{id}', byId(sold.id)), 200)).toEqual({
      id: sold.id,
      outcome: 'archived',
    });
    const read = expectOk(await as().GET('/api/products/{id}', byId(sold.id)), 200);
    expect(read.status).toBe('archived');
    const active = expectOk(await as().GET('/api/products', { params: { query: { orgId: org.id } } }), 200);
    expect(active.items.map((p) => p.id)).not.toContain(sold.id);
    const archived = expectOk(
      await as().GET('/api/products', { params: { query: { orgId: org.id, status: 'archived' } } }),
      200,
    );
    expect(archived.items.map((p) => p.id)).toContain(sold.id);
  });
});

describe('cart', () => {
  let product: Product;
  beforeAll(async () => {
    product = await newProduct(db, org, { price: '1000', inventoryCount: 20 });
  });

  it('refuses quantity zero, negative, above 100 or not an integer, and unknown, foreign or archived products', async () => {
    await emptyCart(patient);
    for (const quantity of [0, -1, 101, 1.5])
      expectError(
        await as(patient).POST('/api/cart/items', { body: { productId: product.id, quantity } }),
        400,
        String(quantity),
      );
    expectError(
      await as(patient).POST('/api/cart/items', { body: { productId: randomUUID(), quantity: 1 } }),
      404,
    );
    const foreign = await newProduct(db, orgB);
    expectError(
      await as(patient).POST('/api/cart/items', { body: { productId: foreign.id, quantity: 1 } }),
      404,
    );
    const archived = await newProduct(db, org, { status: 'archived' });
    expectError(
      await as(patient).POST('/api/cart/items', { body: { productId: archived.id, quantity: 1 } }),
      422,
    );
  });

  it('adds, changes the quantity and removes own lines; others see none of them', async () => {
    await emptyCart(patient);
    const line = await addToCart(patient, product.id, 2);
    expect(line).toMatchObject({ productId: product.id, quantity: 2, price: '1000', available: true });
    expectError(
      await as(patient).POST('/api/cart/items', { body: { productId: product.id, quantity: 1 } }),
      409,
    );
    expectOk(
      await as(patient).PATCH('/api/cart/items/{id}', { ...byId(line.id), body: { quantity: 3 } }),
      200,
    );
    expectError(
      await as(patient).PATCH('/api/cart/items/{id}', { ...byId(line.id), body: { quantity: 0 } }),
      400,
    );
    const cart = expectOk(await as(patient).GET('/api/cart'), 200);
    expect(cart.totals).toEqual([{ currency: 'EUR', amount: '3000' }]);
    expectError(
      await as(otherPatient).PATCH('/api/cart/items/{id}', { ...byId(line.id), body: { quantity: 1 } }),
      404,
    );
    expectError(await as(otherPatient).DELETE('/api/cart/items/{id}', byId(line.id)), 404);
    expect(expectOk(await as(otherPatient).GET('/api/cart'), 200).items.map((i) => i.id)).not.toContain(
      line.id,
    );
    expectError(await as(admin).GET('/api/cart'), 403);
    expect((await as(patient).DELETE('/api/cart/items/{id}', byId(line.id))).response.status).toBe(204);
    expect(expectOk(await as(patient).GET('/api/cart'), 200).items).toEqual([]);
  });
});

describe('prescriptions', () => {
  it("only a provider on the patient's care team issues; the patient and the issuer read", async () => {
    const rxProduct = await newProduct(db, org, { isPrescriptionRequired: true });
    const body = {
      patientId: patient.id,
      productId: rxProduct.id,
      quantity: 3,
      expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
    };
    expectError(await as(stranger).POST('/api/prescriptions', { body }), 403);
    expectError(await as(admin).POST('/api/prescriptions', { body }), 403);
    expectError(await as(patient).POST('/api/prescriptions', { body }), 403);
    expectError(
      await as(doctor).POST('/api/prescriptions', { body: { ...body, patientId: otherPatient.id } }),
      403,
    );
    expectError(
      await as(doctor).POST('/api/prescriptions', {
        body: { ...body, expiresAt: new Date(Date.now() - 1000).toISOString() },
      }),
      400,
    );
    expectError(await as(doctor).POST('/api/prescriptions', { body: { ...body, quantity: 0 } }), 400);
    const rx = expectOk(await as(doctor).POST('/api/prescriptions', { body }), 201);
    expect(rx).toMatchObject({
      providerId: doctorProviderId,
      quantity: 3,
      quantityUsed: 0,
      quantityRemaining: 3,
    });
    expectOk(await as(patient).GET('/api/prescriptions/{id}', byId(rx.id)), 200);
    expectOk(await as(doctor).GET('/api/prescriptions/{id}', byId(rx.id)), 200);
    expectError(await as(stranger).GET('/api/prescriptions/{id}', byId(rx.id)), 404);
    expectError(await as(otherPatient).GET('/api/prescriptions/{id}', byId(rx.id)), 404);
    expectError(await as(doctorB).GET('/api/prescriptions/{id}', byId(rx.id)), 404);
    expect(expectOk(await as(patient).GET('/api/prescriptions'), 200).items.map((r) => r.id)).toContain(
      rx.id,
    );
  });
});

describe('checkout with the wallet', () => {
  let plain: Product;
  let rxProduct: Product;
  let rxId: string;

  beforeAll(async () => {
    plain = await newProduct(db, org, { price: '1250', inventoryCount: 10, batchLotInfo: 'LOT-A1' });
    rxProduct = await newProduct(db, org, {
      price: '4000',
      inventoryCount: 5,
      isPrescriptionRequired: true,
      batchLotInfo: 'RX-7',
    });
    rxId = (await newPrescription(db, patient, doctorProviderId, rxProduct, { quantity: 2 })).id;
  });

  async function fillCart() {
    await emptyCart(patient);
    await addToCart(patient, plain.id, 2);
    await addToCart(patient, rxProduct.id, 1);
  }

  /** A refused checkout leaves stock, cart, wallet, prescription and the ledger as they were. */
  async function expectUntouched() {
    expect(await stock(plain.id)).toBe(10);
    expect(await stock(rxProduct.id)).toBe(5);
    expect(await balance(wallet.id)).toBe('100000');
    expect(expectOk(await as(patient).GET('/api/cart'), 200).items).toHaveLength(2);
    const { rows } = await db.owner.query(`SELECT quantity_used FROM public.prescriptions WHERE id = $1`, [
      rxId,
    ]);
    expect(rows[0].quantity_used).toBe(0);
    expect(
      expectOk(await as(patient).GET('/api/orders'), 200).items.filter((o) => o.totalAmount === '6500'),
    ).toEqual([]);
  }

  it('refuses every bad input and leaves nothing behind', async () => {
    await fillCart();
    // A different expected total: 409 that gives the current one.
    const mismatch = expectError(
      await checkoutAs(patient, { paymentMethod: 'wallet', expectedTotal: '6000', prescriptionIds: [rxId] }),
      409,
    );
    expect(mismatch.detail).toContain('6500 EUR');
    expect(mismatch.errors).toEqual([{ field: 'expectedTotal', message: 'the current total is 6500 EUR' }]);
    // A currency other than the order's (and so the wallet's): 422.
    expectError(
      await checkoutAs(patient, { paymentMethod: 'wallet', currency: 'USD', prescriptionIds: [rxId] }),
      422,
    );
    // No prescription presented, another patient's, another organization's, an expired one, too little left.
    expect(expectError(await checkoutAs(patient, { paymentMethod: 'wallet' }), 422).detail).toMatch(
      /needs a prescription/,
    );
    const others = await newPrescription(db, otherPatient, doctorProviderId, rxProduct);
    expectError(await checkoutAs(patient, { paymentMethod: 'wallet', prescriptionIds: [others.id] }), 404);
    const foreignProduct = await newProduct(db, orgB, { isPrescriptionRequired: true });
    const foreign = await newPrescription(db, patientB, doctorBProviderId, foreignProduct);
    expectError(await checkoutAs(patient, { paymentMethod: 'wallet', prescriptionIds: [foreign.id] }), 404);
    expectError(await checkoutAs(patient, { paymentMethod: 'wallet', prescriptionIds: [randomUUID()] }), 404);
    const expired = await newPrescription(db, patient, doctorProviderId, rxProduct, {
      expiresAt: new Date(Date.now() - 1000),
    });
    expect(
      expectError(await checkoutAs(patient, { paymentMethod: 'wallet', prescriptionIds: [expired.id] }), 422)
        .detail,
    ).toMatch(/expired/);
    const small = await newPrescription(db, patient, doctorProviderId, rxProduct, {
      quantity: 2,
      quantityUsed: 2,
    });
    expect(
      expectError(await checkoutAs(patient, { paymentMethod: 'wallet', prescriptionIds: [small.id] }), 422)
        .detail,
    ).toMatch(/covers 0 more/);
    // Bad bodies.
    for (const bad of [
      {},
      { paymentMethod: 'cash' },
      { paymentMethod: 'wallet', expectedTotal: '65.00' },
      { paymentMethod: 'wallet', prescriptionIds: ['x'] },
    ])
      expectError(await checkoutAs(patient, bad), 400, JSON.stringify(bad));
    await expectUntouched();
  });

  it('a balance too low is a 409 naming the reason; no wallet in the currency is a 422; an empty cart a 422', async () => {
    await emptyCart(poorPatient);
    await addToCart(poorPatient, plain.id, 1);
    const poor = expectError(await checkoutAs(poorPatient, { paymentMethod: 'wallet' }), 409);
    expect(poor.detail).toMatch(/available balance is insufficient/);
    expect(await stock(plain.id)).toBe(10);
    expect(expectOk(await as(poorPatient).GET('/api/cart'), 200).items).toHaveLength(1);
    const noWallet = await newUser(db, org, 'patient');
    await addToCart(noWallet, plain.id, 1);
    expect(expectError(await checkoutAs(noWallet, { paymentMethod: 'wallet' }), 422).detail).toMatch(
      /no wallet in EUR/,
    );
    await emptyCart(poorPatient);
    expectError(await checkoutAs(poorPatient, { paymentMethod: 'wallet' }), 422);
    const usd = await newProduct(db, org, { currency: 'USD', price: '100' });
    await addToCart(poorPatient, plain.id, 1);
    await addToCart(poorPatient, usd.id, 1);
    expect(expectError(await checkoutAs(poorPatient, { paymentMethod: 'wallet' }), 422).detail).toMatch(
      /mixes currencies/,
    );
    await emptyCart(poorPatient);
    await addToCart(poorPatient, plain.id, 11);
    expect(expectError(await checkoutAs(poorPatient, { paymentMethod: 'wallet' }), 409).detail).toMatch(
      /has 10 left/,
    );
    await emptyCart(poorPatient);
    expect(await stock(plain.id)).toBe(10);
  });

  it('in one transaction: stock taken, order and items at that price and lot, prescription consumed, cart cleared, wallet paid', async () => {
    await fillCart();
    const key = randomUUID();
    const body = {
      paymentMethod: 'wallet',
      expectedTotal: '6500',
      currency: 'EUR',
      prescriptionIds: [rxId],
      shippingAddress: { city: 'Basel' },
    };
    const first = await checkoutAs(patient, body, key);
    const order = expectOk(first, 201);
    expect(order).toMatchObject({
      status: 'paid',
      totalAmount: '6500',
      currency: 'EUR',
      paymentMethod: 'wallet',
      patientId: patient.id,
    });
    expect(order.paymentId).toBeTruthy();
    expect(order.shippingAddress).toEqual({ city: 'Basel' });
    expect(
      order.items.map((i) => [i.sku, i.quantity, i.pricePerUnit, i.batchLotInfo, i.prescriptionId]).sort(),
    ).toEqual(
      [
        [plain.sku, 2, '1250', 'LOT-A1', null],
        [rxProduct.sku, 1, '4000', 'RX-7', rxId],
      ].sort(),
    );
    expect(await stock(plain.id)).toBe(8);
    expect(await stock(rxProduct.id)).toBe(4);
    expect(await balance(wallet.id)).toBe('93500');
    expect(expectOk(await as(patient).GET('/api/cart'), 200).items).toEqual([]);
    expect(expectOk(await as(patient).GET('/api/prescriptions/{id}', byId(rxId)), 200).quantityUsed).toBe(1);
    const { rows } = await db.owner.query(
      `SELECT w.system_account, trim_scale(w.balance)::text AS balance FROM public.orders o
         JOIN public.transactions t ON t.transfer_id = o.transfer_id JOIN public.wallets w ON w.id = t.wallet_id
       WHERE o.id = $1 AND t.amount > 0`,
      [order.id],
    );
    expect(rows).toEqual([{ system_account: 'revenue', balance: expect.any(String) }]);
    // A later price or lot change does not touch the order.
    await as(admin).PATCH('/api/products/{id}', {
      ...byId(plain.id),
      body: { price: '9999', batchLotInfo: 'LOT-A2' },
    });
    expect(
      expectOk(await as(patient).GET('/api/orders/{id}', byId(order.id)), 200).items.find(
        (i) => i.productId === plain.id,
      ),
    ).toMatchObject({
      pricePerUnit: '1250',
      batchLotInfo: 'LOT-A1',
    });
    // The same key and body: the first answer again, nothing charged twice; the key with another body: 422.
    const replay = await checkoutAs(patient, body, key);
    expect(expectOk(replay, 201).id).toBe(order.id);
    expect(replay.response.headers.get('idempotent-replayed')).toBe('true');
    expect(await balance(wallet.id)).toBe('93500');
    expectError(await checkoutAs(patient, { ...body, expectedTotal: '1' }, key), 422);
    expect(await discrepancies()).toEqual([]);
  });
});

describe('orders', () => {
  let product: Product;
  beforeAll(async () => {
    product = await newProduct(db, org, { price: '2000', inventoryCount: 10, batchLotInfo: 'RECALL-9' });
  });

  async function buy(user: TestUser, quantity = 1) {
    await emptyCart(user);
    await addToCart(user, product.id, quantity);
    return expectOk(await checkoutAs(user, { paymentMethod: 'wallet' }), 201);
  }
  const move = (id: string, status: string, user = admin) =>
    as(user).POST('/api/orders/{id}/status', { ...byId(id), body: { status: status as never } });

  it('the patient reads their own; admins the organization’s; nobody else', async () => {
    const order = await buy(patient);
    expectOk(await as(patient).GET('/api/orders/{id}', byId(order.id)), 200);
    expectOk(await as(admin).GET('/api/orders/{id}', byId(order.id)), 200);
    expectError(await as(otherPatient).GET('/api/orders/{id}', byId(order.id)), 404);
    expectError(await as(adminB).GET('/api/orders/{id}', byId(order.id)), 404);
    expectError(await as(doctor).GET('/api/orders/{id}', byId(order.id)), 403);
    expect(expectOk(await as(otherPatient).GET('/api/orders'), 200).items.map((o) => o.id)).not.toContain(
      order.id,
    );
    expect(expectOk(await as(admin).GET('/api/orders'), 200).items.map((o) => o.id)).toContain(order.id);
    expectError(await move(order.id, 'fulfilled', patient), 403);
  });

  it('admins move the status through the state machine; invalid moves are 409', async () => {
    const order = await buy(patient);
    expectError(await move(order.id, 'shipped'), 409);
    expectError(await move(order.id, 'paid'), 409);
    expectError(await move(order.id, 'pending_payment'), 409);
    expect(expectOk(await move(order.id, 'fulfilled'), 200).status).toBe('fulfilled');
    expect(expectOk(await move(order.id, 'shipped'), 200).status).toBe('shipped');
    expectError(await move(order.id, 'cancelled'), 409);
    expectError(await move(order.id, 'fulfilled'), 409);
    expect(expectOk(await move(order.id, 'delivered'), 200).status).toBe('delivered');
    expectError(await move(order.id, 'shipped'), 409);
    expectError(await move(order.id, 'bogus'), 400);
    expectError(await move(randomUUID(), 'fulfilled'), 404);
  });

  it('cancelled and refunded return the stock and refund through the existing refunds and the ledger', async () => {
    const before = await balance(wallet.id);
    const stockBefore = await stock(product.id);
    const order = await buy(patient, 2);
    expect(await stock(product.id)).toBe(stockBefore - 2);
    expect(BigInt(await balance(wallet.id))).toBe(BigInt(before) - 4000n);
    await move(order.id, 'fulfilled');
    await move(order.id, 'shipped');
    await move(order.id, 'delivered');
    expect(expectOk(await move(order.id, 'refunded'), 200).status).toBe('refunded');
    expect(await stock(product.id)).toBe(stockBefore);
    expect(await balance(wallet.id)).toBe(before);
    const { rows } = await db.owner.query(
      `SELECT p.status, p.refunded_minor::text AS refunded, (SELECT count(*)::int FROM public.refunds r WHERE r.payment_id = p.id) AS refunds
       FROM public.payments p WHERE p.id = $1`,
      [order.paymentId],
    );
    expect(rows).toEqual([{ status: 'refunded', refunded: '4000', refunds: 1 }]);
    expectError(await move(order.id, 'cancelled'), 409);

    const second = await buy(patient, 1);
    expect(expectOk(await move(second.id, 'cancelled'), 200).status).toBe('cancelled');
    expect(await stock(product.id)).toBe(stockBefore);
    expect(await balance(wallet.id)).toBe(before);
    expectError(await move(second.id, 'paid'), 409);
    expect(await discrepancies()).toEqual([]);
  });

  it('recall: every order and patient that received lot X of product Y, for admins only', async () => {
    const a = await buy(patient);
    const b = await buy(otherPatient);
    await as(admin).PATCH('/api/products/{id}', { ...byId(product.id), body: { batchLotInfo: 'RECALL-10' } });
    const c = await buy(otherPatient);
    const page = expectOk(
      await as(admin).GET('/api/products/{id}/recall', {
        params: { path: { id: product.id }, query: { lot: 'RECALL-9' } },
      }),
      200,
    );
    const orderIds = page.items.map((i) => i.orderId);
    expect(orderIds).toEqual(expect.arrayContaining([a.id, b.id]));
    expect(orderIds).not.toContain(c.id);
    expect(new Set(page.items.map((i) => i.patientId))).toEqual(new Set([patient.id, otherPatient.id]));
    expect(page.items.every((i) => i.batchLotInfo === 'RECALL-9')).toBe(true);
    const recall = { params: { path: { id: product.id }, query: { lot: 'RECALL-9' } } };
    expectError(await as(patient).GET('/api/products/{id}/recall', recall), 403);
    expectError(await as(adminB).GET('/api/products/{id}/recall', recall), 404);
    expectError(
      await as(admin).GET('/api/products/{id}/recall', {
        params: { path: { id: randomUUID() }, query: { lot: 'X' } },
      }),
      404,
    );
  });

  it("measurements cite an order item of their own patient's orders only", async () => {
    const mine = await buy(patient);
    const theirs = await buy(otherPatient);
    const body = (orderItemId: string) => ({
      measurementType: 'glucose',
      value: '5.4',
      unit: 'mmol/L',
      orderItemId,
    });
    expectOk(await as(patient).POST('/api/measurements', { body: body(mine.items[0].id) }), 201);
    expectError(await as(patient).POST('/api/measurements', { body: body(theirs.items[0].id) }), 404);
    expectError(await as(patient).POST('/api/measurements', { body: body(randomUUID()) }), 404);
  });
});

describe('checkout with Stripe', () => {
  it('leaves the order pending with the stock held; the job releases it when the hold expires', async () => {
    const product = await newProduct(db, org, { price: '3000', inventoryCount: 4 });
    await emptyCart(patient);
    await addToCart(patient, product.id, 3);
    const before = await balance(wallet.id);
    const order = expectOk(await checkoutAs(patient, { paymentMethod: 'stripe' }), 201);
    expect(order).toMatchObject({
      status: 'pending_payment',
      paymentMethod: 'stripe',
      paymentId: null,
      totalAmount: '9000',
    });
    expect(new Date(order.holdExpiresAt!).getTime()).toBeGreaterThan(Date.now());
    expect(await stock(product.id)).toBe(1);
    expect(await balance(wallet.id)).toBe(before);
    // Admins cannot mark it paid; only its payment does.
    expectError(
      await as(admin).POST('/api/orders/{id}/status', { ...byId(order.id), body: { status: 'paid' } }),
      409,
    );
    // Not yet expired: the job leaves it.
    expectOk(
      await as(admin).POST('/api/jobs/{name}/run', { params: { path: { name: 'release-order-holds' } } }),
      201,
    );
    expect(expectOk(await as(patient).GET('/api/orders/{id}', byId(order.id)), 200).status).toBe(
      'pending_payment',
    );
    // Runs are one per second (exactly-once slots): the second run waits for the next one.
    await new Promise((r) => setTimeout(r, 1100));
    await db.owner.query(
      `UPDATE public.orders SET hold_expires_at = now() - interval '1 second' WHERE id = $1`,
      [order.id],
    );
    const run = expectOk(
      await as(admin).POST('/api/jobs/{name}/run', { params: { path: { name: 'release-order-holds' } } }),
      201,
    );
    expect(run.rowsAffected).toBe(1);
    expect(expectOk(await as(patient).GET('/api/orders/{id}', byId(order.id)), 200).status).toBe('cancelled');
    expect(await stock(product.id)).toBe(4);
  });

  it('a confirmed payment (the webhook path) marks it paid, recorded as a payment of the organization', async () => {
    const product = await newProduct(db, org, { price: '1100', inventoryCount: 2 });
    await emptyCart(patient);
    await addToCart(patient, product.id, 1);
    const order = expectOk(await checkoutAs(patient, { paymentMethod: 'stripe' }), 201);
    const confirm = (amount: string, currency = 'eur') =>
      db.owner.query(`SELECT app_private.confirm_order_payment($1, $2, 'pi_test_1', $3, $4) AS ok`, [
        org.id,
        order.id,
        amount,
        currency,
      ]);
    expect((await confirm('1000')).rows[0].ok).toBe(false);
    expect((await confirm('1100', 'usd')).rows[0].ok).toBe(false);
    expect((await confirm('1100')).rows[0].ok).toBe(true);
    expect((await confirm('1100')).rows[0].ok).toBe(false);
    const paid = expectOk(await as(patient).GET('/api/orders/{id}', byId(order.id)), 200);
    expect(paid).toMatchObject({ status: 'paid', holdExpiresAt: null });
    expect(paid.paymentId).toBeTruthy();
    expect(await stock(product.id)).toBe(1);
    expect(await discrepancies()).toEqual([]);
  });
});
