// Long-term memory over HTTP: the pro plan only (a 403 that names the plan, nothing stored), own rows only,
// distilled once from a journal entry of the caller's, and the documented size limit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, expectError, expectOk, expectStatus } from '../support/api-client';
import { startApp, type TestApp } from '../support/app';
import { createTestDatabase, type TestDb } from '../support/db';
import { newJournalEntry, newOrg, newUser, setPlan, type TestUser } from '../support/factories';

let db: TestDb;
let api: TestApp;
let pro: TestUser;
let free: TestUser;
let otherPro: TestUser;
const as = (u: TestUser) => apiClient(api, u.token);
const byId = (id: string) => ({ params: { path: { id } } });

beforeAll(async () => {
  db = await createTestDatabase();
  api = await startApp(db);
  const org = await newOrg(db, 'Memories');
  pro = await newUser(db, org, 'patient');
  free = await newUser(db, org, 'patient');
  otherPro = await newUser(db, org, 'patient');
  await setPlan(db, pro, 'pro');
  await setPlan(db, otherPro, 'pro');
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});

describe('long-term memory', () => {
  it('answers 403 naming the plan to other plans, and stores nothing for them', async () => {
    const refused = expectError(await as(free).POST('/api/user-memories', { body: { summary: 'x' } }), 403);
    expect(refused.detail).toMatch(/needs the pro plan; this account is on the free plan/);
    expectError(await as(free).GET('/api/user-memories'), 403);
    const { rows } = await db.owner.query(`SELECT count(*)::int AS n FROM user_memory WHERE user_id = $1`, [
      free.id,
    ]);
    expect(rows[0].n).toBe(0);
  });

  it('on the pro plan: own create, read, update, delete; others see nothing', async () => {
    const m = expectOk(await as(pro).POST('/api/user-memories', { body: { summary: 'Likes tea' } }), 201);
    expect(m).toMatchObject({ summary: 'Likes tea', sourceType: 'manual', sourceId: null });
    expectOk(
      await as(pro).PATCH('/api/user-memories/{id}', { ...byId(m.id), body: { summary: 'Likes green tea' } }),
      200,
    );
    expect(expectOk(await as(pro).GET('/api/user-memories'), 200).items.map((i) => i.summary)).toEqual([
      'Likes green tea',
    ]);
    expectStatus(await as(otherPro).GET('/api/user-memories/{id}', byId(m.id)), 404);
    expectStatus(await as(otherPro).DELETE('/api/user-memories/{id}', byId(m.id)), 404);
    expectError(await as(pro).POST('/api/user-memories', { body: { summary: 'x'.repeat(4001) } }), 400);
    // Downgraded: the memory stays, invisible, until the plan is pro again.
    await setPlan(db, pro, 'free');
    expectError(await as(pro).GET('/api/user-memories'), 403);
    expectError(await as(pro).GET('/api/user-memories/{id}', byId(m.id)), 404);
    await setPlan(db, pro, 'pro');
    expectStatus(await as(pro).DELETE('/api/user-memories/{id}', byId(m.id)), 204);
  });

  it('distils an own journal entry once; not another user’s', async () => {
    const entry = await newJournalEntry(db, pro, {
      title: 'Monday',
      content: 'Walked by the river and felt calm.',
    });
    const m = expectOk(
      await as(pro).POST('/api/user-memories/from-journal/{entryId}', {
        params: { path: { entryId: entry.id } },
      }),
      201,
    );
    expect(m).toMatchObject({ sourceType: 'journal_entry', sourceId: entry.id });
    expect(m.summary).toMatch(/^Monday: Walked by the river/);
    expectStatus(
      await as(pro).POST('/api/user-memories/from-journal/{entryId}', {
        params: { path: { entryId: entry.id } },
      }),
      409,
    );
    expectStatus(
      await as(otherPro).POST('/api/user-memories/from-journal/{entryId}', {
        params: { path: { entryId: entry.id } },
      }),
      404,
    );
  });
});
