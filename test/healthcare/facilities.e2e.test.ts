// Facilities over HTTP: a public catalog another organization reads but cannot change (404 on its writes).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, callsNotAnswering, expectOk, type ApiCall } from '../support/api-client';
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
  it('gets 404 on every facility write route, and reads the facility (public catalog)', async () => {
    const id = { params: { path: { id: c.facility.id } } };
    const calls: Array<[string, ApiCall]> = [
      ['PATCH /api/facilities/{id}', (a) => a.PATCH('/api/facilities/{id}', { ...id, body: { name: 'x' } })],
      ['DELETE /api/facilities/{id}', (a) => a.DELETE('/api/facilities/{id}', id)],
    ];
    const other = apiClient(api, c.otherAdmin.token);
    expect(await callsNotAnswering(other, calls, 404)).toEqual([]);
    expectOk(await other.GET('/api/facilities/{id}', id), 200);
  });
});
