// Issue 15, finding 7: the first credits in a currency no wallet of the organization had answered 503
// (deadlock). A credit locked its two wallet rows before taking the organization's audit lock, while another
// credit that already held that lock (it had created the external wallet for the currency, or written its
// idempotency key) waited for one of those rows. Every credit must succeed and the ledger must balance.
import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient } from '../support/api-client';
import { startApp, type TestApp } from '../support/app';
import { createTestDatabase, type TestDb } from '../support/db';
import { newOrg, newUser, newWallet, type TestOrg, type TestUser } from '../support/factories';

let db: TestDb;
let api: TestApp;
let org: TestOrg;
let admin: TestUser;
let members: TestUser[];

const WALLETS = 12;
const ROUNDS = 6;

beforeAll(async () => {
  db = await createTestDatabase();
  api = await startApp(db);
  org = await newOrg(db);
  admin = await newUser(db, org, 'admin');
  members = [];
  for (let i = 0; i < WALLETS; i++) members.push(await newUser(db, org, 'patient'));
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});

describe('first credits in a new currency', () => {
  it(`${WALLETS} concurrent first credits, ${ROUNDS} new currencies: all succeed, the ledger balances`, async () => {
    const as = apiClient(api, admin.token);
    const statuses: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const currency = `Z${randomBytes(3).toString('hex').toUpperCase()}`;
      const wallets = await Promise.all(members.map((m) => newWallet(db, m, { kind: 'crypto', currency })));
      const results = await Promise.all(
        // Half with an Idempotency-Key (whose row is written first), half without (the key is optional).
        wallets.map((w, i) =>
          as.POST('/api/wallets/{id}/credit', {
            params: { path: { id: w.id }, ...(i % 2 ? { header: { 'Idempotency-Key': randomUUID() } } : {}) },
            body: { amount: '5', reference: `first ${currency}` },
          }),
        ),
      );
      statuses.push(...results.map((r) => r.response.status));
      const { rows } = await db.owner.query(
        `SELECT count(*) FILTER (WHERE system_account = 'external')::int AS external,
                coalesce(sum(balance) FILTER (WHERE user_id IS NOT NULL), 0)::int AS credited
           FROM public.wallets WHERE org_id = $1 AND currency = $2`,
        [org.id, currency],
      );
      expect(rows[0].external).toBe(1);
      expect(rows[0].credited).toBe(5 * results.filter((r) => r.response.status === 200).length);
    }
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    expect((await db.owner.query(`SELECT * FROM app_private.ledger_discrepancies()`)).rows).toEqual([]);
  });
});
