// Medical records over HTTP: another organization gets 404 on every record id route.
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
  it('gets 404 on every medical-record id route', async () => {
    const record = expectOk(
      await apiClient(api, c.admin.token).POST('/api/medical-records', {
        body: {
          patientId: c.patientEntry.id,
          providerId: c.providerEntry.id,
          title: 'Summary',
          content: 'Fine',
        },
      }),
      201,
    );
    const id = { params: { path: { id: record.id } } };
    const calls: Array<[string, ApiCall]> = [
      ['GET /api/medical-records/{id}', (a) => a.GET('/api/medical-records/{id}', id)],
      [
        'PATCH /api/medical-records/{id}',
        (a) => a.PATCH('/api/medical-records/{id}', { ...id, body: { title: 'x' } }),
      ],
      ['DELETE /api/medical-records/{id}', (a) => a.DELETE('/api/medical-records/{id}', id)],
    ];
    expect(await callsNotAnswering(apiClient(api, c.otherAdmin.token), calls, 404)).toEqual([]);
  });
});
