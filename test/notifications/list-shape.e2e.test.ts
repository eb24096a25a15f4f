// The list sends items that PostgreSQL serialized; they must be exactly what GET /:id (serialized by Node)
// answers for the same notification: same fields, same types, same timestamp format.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, expectOk } from '../support/api-client';
import { startApp, type TestApp } from '../support/app';
import { createTestDatabase, type TestDb } from '../support/db';
import { newOrg, newUser, type TestUser } from '../support/factories';

let db: TestDb;
let api: TestApp;
let user: TestUser;

beforeAll(async () => {
  db = await createTestDatabase();
  api = await startApp(db);
  user = await newUser(db, await newOrg(db), 'patient');
  await db.owner.query(
    `INSERT INTO public.notifications (org_id, user_id, type, title, message, status, read_at, priority, channels, link, metadata, expires_at)
     VALUES ($1, $2, 'system', 'Plain', 'm1', 'unread', NULL, 'normal', '["in_app"]', NULL, '{}', NULL),
            ($1, $2, 'hot_lead', 'Ünïcode "quoted" \\ title', 'm2', 'read', now(), 'high', '["in_app","email"]', '/leads/1',
             '{"lead": {"score": 9, "tags": ["a", "b"]}}', now() + interval '3 days')`,
    [user.orgId, user.id],
  );
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});

const asUser = () => apiClient(api, user.token);

describe('notification list serialization', () => {
  it('list items equal the single-item answers, field for field', async () => {
    const list = await asUser().GET('/api/notifications');
    const page = expectOk(list, 200);
    expect(list.response.headers.get('content-type')).toContain('application/json');
    expect(page.items).toHaveLength(2);
    expect(page.nextCursor).toBeNull();
    for (const item of page.items) {
      const one = await asUser().GET('/api/notifications/{id}', { params: { path: { id: item.id } } });
      expect(item).toEqual(expectOk(one, 200));
    }
    expect(page.items.find((i) => i.title.startsWith('Ü'))).toMatchObject({
      title: 'Ünïcode "quoted" \\ title',
      read: true,
      channels: ['in_app', 'email'],
      metadata: { lead: { score: 9, tags: ['a', 'b'] } },
    });
  });

  it('pages with a cursor that the next request accepts', async () => {
    const first = await asUser().GET('/api/notifications', { params: { query: { limit: 1 } } });
    expect(first.data?.items).toHaveLength(1);
    expect(typeof first.data?.nextCursor).toBe('string');
    const second = await asUser().GET('/api/notifications', {
      params: { query: { limit: 1, cursor: first.data?.nextCursor ?? undefined } },
    });
    expect(second.data?.items).toHaveLength(1);
    expect(second.data?.items[0].id).not.toBe(first.data?.items[0].id);
    expect(second.data?.nextCursor).toBeNull();
  });
});
