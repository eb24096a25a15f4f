// Issue 15, finding 7: providers' phone and licence numbers are read by admins, providers and the entry's own
// provider only; patients, research partners and developers read the directory without them, through the API
// and in SQL alike.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, expectOk } from '../support/api-client';
import { startApp, type TestApp } from '../support/app';
import { createTestDatabase, type TestDb } from '../support/db';
import { newOrg, newProvider, newUser, type TestUser } from '../support/factories';

let db: TestDb;
let api: TestApp;
const users: Record<string, TestUser> = {};
let providerId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  api = await startApp(db);
  const org = await newOrg(db, 'Clinic P');
  for (const role of ['admin', 'provider', 'patient', 'research_partner', 'developer'] as const)
    users[role] = await newUser(db, org, role);
  users.colleague = await newUser(db, org, 'provider');
  providerId = (await newProvider(db, users.provider, { phone: '+15550009999', licenseNumber: 'LIC-42' })).id;
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});

async function read(who: string): Promise<Record<string, unknown>[]> {
  const as = apiClient(api, users[who].token);
  const one = expectOk(await as.GET('/api/providers/{id}', { params: { path: { id: providerId } } }), 200);
  const list = expectOk(await as.GET('/api/providers'), 200);
  const listed = list.items.find((p) => p.id === providerId);
  expect(listed).toBeDefined();
  return [one, listed!];
}

describe("providers' phone and licence numbers", () => {
  it.each(['patient', 'research_partner', 'developer'])('%s reads the entry without them', async (who) => {
    for (const body of await read(who)) {
      expect(body.displayName).toBeTruthy();
      expect(body).not.toHaveProperty('phone');
      expect(body).not.toHaveProperty('licenseNumber');
    }
  });

  it.each(['admin', 'provider', 'colleague'])('%s reads them', async (who) => {
    for (const body of await read(who)) {
      expect(body).toMatchObject({ phone: '+15550009999', licenseNumber: 'LIC-42' });
    }
  });
});
