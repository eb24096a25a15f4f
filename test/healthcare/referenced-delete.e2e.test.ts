// Deleting a row that other rows still reference (foreign keys ON DELETE RESTRICT) is a conflict the caller can
// act on (409 with a problem body), never a 500, and removes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, expectError } from '../support/api-client';
import { startApp, type TestApp } from '../support/app';
import { createTestDatabase, type TestDb } from '../support/db';
import { newChamber, newFacility, newOrg, newUser, type TestUser } from '../support/factories';

let db: TestDb;
let api: TestApp;
let admin: TestUser;

beforeAll(async () => {
  db = await createTestDatabase();
  api = await startApp(db);
  admin = await newUser(db, await newOrg(db), 'admin');
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});

describe('deleting a referenced row', () => {
  it('a facility that still has a chamber answers 409 and stays', async () => {
    const org = { id: admin.orgId };
    const facility = await newFacility(db, org);
    await newChamber(db, org, { facilityId: facility.id });
    const res = await apiClient(api, admin.token).DELETE('/api/facilities/{id}', {
      params: { path: { id: facility.id } },
    });
    const problem = expectError(res, 409);
    expect(res.response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(problem).toMatchObject({
      status: 409,
      detail: 'The record is still referenced by other records.',
    });
    const { rows } = await db.owner.query('SELECT 1 FROM public.facilities WHERE id = $1', [facility.id]);
    expect(rows).toHaveLength(1);
  });
});
