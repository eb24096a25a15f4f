// The request transaction is a wrapper installed on the route methods at boot (common/http/request-transaction.ts).
// Two applications in one process (tests do this, and so could any embedding) must each run their routes in their
// own database's transactions, not in the first application's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, expectOk } from '../support/api-client';
import { startApp, type TestApp } from '../support/app';
import { createTestDatabase, type TestDb } from '../support/db';
import { newOrg, newUser } from '../support/factories';

let first: TestDb;
let second: TestDb;
let apiFirst: TestApp;
let apiSecond: TestApp;

beforeAll(async () => {
  first = await createTestDatabase();
  second = await createTestDatabase();
  apiFirst = await startApp(first);
  apiSecond = await startApp(second);
});
afterAll(async () => {
  await apiSecond?.close();
  await apiFirst?.close();
  await second?.close();
  await first?.close();
});

describe('two applications in one process', () => {
  it('each serves its routes from its own database', async () => {
    const a = await newUser(first, await newOrg(first), 'patient');
    const b = await newUser(second, await newOrg(second), 'patient');
    expect(expectOk(await apiClient(apiFirst, a.token).GET('/api/me'), 200).id).toBe(a.id);
    expect(expectOk(await apiClient(apiSecond, b.token).GET('/api/me'), 200).id).toBe(b.id);
  });

  it('the second keeps working once the first is closed', async () => {
    const b = await newUser(second, await newOrg(second), 'provider');
    await apiFirst.close();
    expect(expectOk(await apiClient(apiSecond, b.token).GET('/api/me'), 200).id).toBe(b.id);
  });
});
