// CRM contacts over HTTP: another organization gets 404 on every contact id route.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, callsNotAnswering, type ApiCall } from '../support/api-client';
import { startApp, type TestApp } from '../support/app';
import { createTestDatabase, type TestDb } from '../support/db';
import { newClinic, newContact, type TestClinic } from '../support/factories';

let db: TestDb;
let api: TestApp;
let c: TestClinic;
let contactId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  api = await startApp(db);
  c = await newClinic(db);
  contactId = (await newContact(db, c.org, { patientId: c.patientEntry.id })).id;
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});

describe('another organization', () => {
  it('gets 404 on every contact id route', async () => {
    const id = { params: { path: { id: contactId } } };
    const calls: Array<[string, ApiCall]> = [
      ['GET /api/contacts/{id}', (a) => a.GET('/api/contacts/{id}', id)],
      ['PATCH /api/contacts/{id}', (a) => a.PATCH('/api/contacts/{id}', { ...id, body: { notes: 'x' } })],
      ['DELETE /api/contacts/{id}', (a) => a.DELETE('/api/contacts/{id}', id)],
    ];
    expect(await callsNotAnswering(apiClient(api, c.otherAdmin.token), calls, 404)).toEqual([]);
  });
});
