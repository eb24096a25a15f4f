// Chambers over HTTP: a public catalog anyone reads, anonymous callers included; another organization cannot
// change one (404 on its writes).
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
  it('gets 404 on every chamber write route; anyone reads the chamber (public catalog)', async () => {
    const id = { params: { path: { id: c.chamber.id } } };
    const calls: Array<[string, ApiCall]> = [
      ['PATCH /api/chambers/{id}', (a) => a.PATCH('/api/chambers/{id}', { ...id, body: { name: 'x' } })],
      ['DELETE /api/chambers/{id}', (a) => a.DELETE('/api/chambers/{id}', id)],
    ];
    expect(await callsNotAnswering(apiClient(api, c.otherAdmin.token), calls, 404)).toEqual([]);
    expectOk(await apiClient(api).GET('/api/chambers/{id}', id), 200);
  });
});
