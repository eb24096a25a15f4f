// The list sends items that PostgreSQL serialized; they must be exactly what GET /:id (serialized by Node)
// answers for the same notification: same fields, same types, same timestamp format.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

describe('notification list serialization', () => {
  it('list items equal the single-item answers, field for field', async () => {
    const list = await api.request('GET', '/api/notifications', { token: user.token });
    expect(list.status).toBe(200);
    expect(list.headers.get('content-type')).toContain('application/json');
    expect(list.body.items).toHaveLength(2);
    expect(list.body.nextCursor).toBeNull();
    for (const item of list.body.items) {
      const one = await api.request('GET', `/api/notifications/${item.id}`, { token: user.token });
      expect(one.status).toBe(200);
      expect(item).toEqual(one.body);
    }
    expect(list.body.items.find((i: { title: string }) => i.title.startsWith('Ü'))).toMatchObject({
      title: 'Ünïcode "quoted" \\ title',
      read: true,
      channels: ['in_app', 'email'],
      metadata: { lead: { score: 9, tags: ['a', 'b'] } },
    });
  });

  it('pages with a cursor that the next request accepts', async () => {
    const first = await api.request('GET', '/api/notifications?limit=1', { token: user.token });
    expect(first.body.items).toHaveLength(1);
    expect(typeof first.body.nextCursor).toBe('string');
    const second = await api.request('GET', `/api/notifications?limit=1&cursor=${first.body.nextCursor}`, { token: user.token });
    expect(second.body.items).toHaveLength(1);
    expect(second.body.items[0].id).not.toBe(first.body.items[0].id);
    expect(second.body.nextCursor).toBeNull();
  });
});
