// The provider directory over HTTP: another organization gets 404 on every provider id route.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, callsNotAnswering, type ApiCall } from '../support/api-client';
import { startApp, type TestApp } from '../support/app';
import { createTestDatabase, type TestDb } from '../support/db';
import { newClinic, type TestClinic } from '../support/factories';

let db: TestDb;
let api: TestApp;
let c: TestClinic;

beforeAll(async () => {
  db = await createTestDatabase();
  api = await startApp(db);
  c = await newClinic(db);
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});

describe('another organization', () => {
  it('gets 404 on every provider id route', async () => {
    const id = { params: { path: { id: c.providerEntry.id } } };
    const calls: Array<[string, ApiCall]> = [
      ['GET /api/providers/{id}', (a) => a.GET('/api/providers/{id}', id)],
      ['PATCH /api/providers/{id}', (a) => a.PATCH('/api/providers/{id}', { ...id, body: { bio: 'x' } })],
      ['DELETE /api/providers/{id}', (a) => a.DELETE('/api/providers/{id}', id)],
    ];
    expect(await callsNotAnswering(apiClient(api, c.otherAdmin.token), calls, 404)).toEqual([]);
  });
});
