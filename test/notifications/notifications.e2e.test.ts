// Notifications end to end: every route over HTTP, the rules the database enforces (through the RLS
// pipeline the API uses), create_notification() as seed V calls it, the expiry job and the list's plan.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Claims } from '../../src/common/context/claims';
import { RlsTransactions } from '../../src/common/database/rls-transactions';
import { sqlFor, type Sql } from '../../src/common/database/sql';
import { decodeCursor } from '../../src/common/pagination';
import { listPageQuery, UNREAD_COUNT_SQL } from '../../src/modules/notifications/notification.queries';
import { NotificationsService } from '../../src/modules/notifications/notifications.service';
import type { components } from '../client/schema';
import { apiClient, expectError, expectOk, expectStatus, type ApiCall } from '../support/api-client';
import { startApp, type TestApp } from '../support/app';
import { createTestDatabase, type TestDb } from '../support/db';
import { addMembership, newOrg, newUser, type TestOrg, type TestUser } from '../support/factories';

let db: TestDb;
let api: TestApp;
let orgA: TestOrg;
let orgB: TestOrg;
let admin: TestUser;
let provider: TestUser;
let patient: TestUser;
let reader: TestUser; // the recipient whose inbox the list tests walk
let researcher: TestUser;
let otherAdmin: TestUser; // admin of org B
let outsider: TestUser; // patient of org B, not a member of org A

beforeAll(async () => {
  db = await createTestDatabase();
  api = await startApp(db);
  orgA = await newOrg(db, 'Northside Clinic');
  orgB = await newOrg(db, 'Southside Clinic');
  admin = await newUser(db, orgA, 'admin');
  provider = await newUser(db, orgA, 'provider');
  patient = await newUser(db, orgA, 'patient');
  reader = await newUser(db, orgA, 'patient');
  researcher = await newUser(db, orgA, 'research_partner');
  otherAdmin = await newUser(db, orgB, 'admin');
  outsider = await newUser(db, orgB, 'patient');
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});

type NewNotification = components['schemas']['CreateNotificationDto'];
const apiAs = (user: TestUser) => apiClient(api, user.token);
const byId = (id: string) => ({ params: { path: { id } } });

const SERVICE: Claims = { role: 'service_role', job: 'notifications-test' };

/** SQL through the RLS pipeline as `claims`, committed. */
function as<T>(claims: Claims, fn: (sql: Sql) => Promise<T>): Promise<T> {
  return db.tx.run(claims, async (m) => fn(sqlFor(m.queryRunner!)));
}

/** Matches a statement error by SQLSTATE (pg errors carry it directly; TypeORM's wrap it in driverError). */
const sqlstate = (code: string) => (err: { code?: string; driverError?: { code?: string } }) =>
  (err.driverError?.code ?? err.code) === code;

/** A notification written as the owner (bypassing create_notification), for state the API cannot make. */
async function seed(user: TestUser, cols: Record<string, unknown> = {}): Promise<string> {
  const values: Record<string, unknown> = {
    type: 'system',
    title: 'Seeded',
    message: 'Seeded message',
    ...cols,
  };
  const names = Object.keys(values);
  const { rows } = await db.owner.query(
    `INSERT INTO public.notifications (org_id, user_id, ${names.join(', ')})
     VALUES ($1, $2, ${names.map((_, i) => `$${i + 3}`).join(', ')}) RETURNING id`,
    [user.orgId, user.id, ...names.map((n) => values[n])],
  );
  return rows[0].id;
}

async function row(id: string) {
  const { rows } = await db.owner.query(`SELECT * FROM public.notifications WHERE id = $1`, [id]);
  return rows[0];
}

async function mailTo(to: string, kind = 'notification') {
  for (let i = 0; i < 50; i++) {
    const found = api.mail.sent.filter((m) => m.to === to && m.kind === kind);
    if (found.length) return found;
    await new Promise((r) => setTimeout(r, 10));
  }
  return [];
}

describe('POST /api/notifications (staff send to a member of their org)', () => {
  it('a provider notifies a member; the recipient sees it, in-app only by default', async () => {
    const res = await apiAs(provider).POST('/api/notifications', {
      body: {
        userId: patient.id,
        type: 'appointment_reminder',
        title: 'Tomorrow',
        message: 'Your appointment is tomorrow at 2 PM',
      },
    });
    const created = expectOk(res, 201);
    expect(created).toEqual({ id: expect.any(String), emailQueued: false });
    const got = await apiAs(patient).GET('/api/notifications/{id}', byId(created.id));
    expect(expectOk(got, 200)).toEqual({
      id: created.id,
      type: 'appointment_reminder',
      title: 'Tomorrow',
      message: 'Your appointment is tomorrow at 2 PM',
      status: 'unread',
      read: false,
      priority: 'normal',
      channels: ['in_app'],
      link: null,
      metadata: {},
      readAt: null,
      expiresAt: null,
      createdBy: provider.id,
      createdAt: expect.any(String),
    });
    // The sender is not the recipient: staff do not read others' notifications.
    expectStatus(await apiAs(provider).GET('/api/notifications/{id}', byId(created.id)), 404);
    expect(await mailTo(patient.email)).toEqual([]);
  });

  it('with the email channel, mails the recipient after commit (the sender cannot see users rows)', async () => {
    const expiresAt = new Date(Date.now() + 86_400_000).toISOString();
    const res = await apiAs(provider).POST('/api/notifications', {
      body: {
        userId: patient.id,
        type: 'hot_lead',
        title: 'Hot Lead Alert',
        message: 'A new hot lead was detected',
        link: '/dashboard/leads',
        priority: 'high',
        channels: ['in_app', 'email'],
        metadata: { leadId: 'L-1' },
        expiresAt,
      },
    });
    const created = expectOk(res, 201);
    expect(created.emailQueued).toBe(true);
    const mails = await mailTo(patient.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({
      subject: 'Hot Lead Alert',
      kind: 'notification',
      data: {
        notificationId: created.id,
        type: 'hot_lead',
        link: `${db.config.PUBLIC_BASE_URL}/dashboard/leads`,
      },
    });
    expect(mails[0].text).toContain('A new hot lead was detected');
    expect(await row(created.id)).toMatchObject({
      priority: 'high',
      channels: ['in_app', 'email'],
      metadata: { leadId: 'L-1' },
      expires_at: new Date(expiresAt),
    });
  });

  it('mails nothing when the transaction rolls back', async () => {
    const service = api.app.get(NotificationsService);
    const tx = api.app.get(RlsTransactions);
    const before = api.mail.sent.length;
    await expect(
      tx.run(admin.claims, async () => {
        await service.send({
          userId: reader.id,
          type: 'system',
          title: 'Rolled back',
          message: 'x',
          channels: ['in_app', 'email'],
        });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    await new Promise((r) => setTimeout(r, 50));
    expect(api.mail.sent.length).toBe(before);
    const { rows } = await db.owner.query(`SELECT 1 FROM public.notifications WHERE title = 'Rolled back'`);
    expect(rows).toEqual([]);
  });

  it('an admin may send; patients, research partners and other orgs cannot reach org A members', async () => {
    const body: NewNotification = { userId: patient.id, type: 'system', title: 'Hello', message: 'Hi' };
    expectStatus(await apiAs(admin).POST('/api/notifications', { body }), 201);
    expectStatus(await apiAs(patient).POST('/api/notifications', { body }), 403);
    expectStatus(await apiAs(researcher).POST('/api/notifications', { body }), 403);
    // Org B's admin names an org A member: not a member of their org, so not found.
    const cross = await apiAs(otherAdmin).POST('/api/notifications', { body });
    expectStatus(cross, 404);
  });

  it('404 for a recipient outside the org, indistinguishable from an unknown id, and nothing is written', async () => {
    const body = (userId: string): NewNotification => ({
      userId,
      type: 'system',
      title: 'Probe',
      message: 'Probe',
    });
    const outside = await apiAs(admin).POST('/api/notifications', { body: body(outsider.id) });
    const unknown = await apiAs(admin).POST('/api/notifications', { body: body(randomUUID()) });
    const outsideProblem = expectError(outside, 404);
    const unknownProblem = expectError(unknown, 404);
    const strip = ({ requestId: _r, ...rest }: Record<string, unknown>) => rest;
    expect(strip(outsideProblem)).toEqual(strip(unknownProblem));
    const { rows } = await db.owner.query(`SELECT 1 FROM public.notifications WHERE user_id = $1`, [
      outsider.id,
    ]);
    expect(rows).toEqual([]);
  });

  it('validates the body', async () => {
    // Bodies the contract refuses, several outside its types (unknown enum values, fields): sent untyped.
    const base = { userId: patient.id, type: 'system', title: 'T', message: 'M' };
    const bad = [
      { ...base, type: 'nope' },
      { ...base, channels: ['email'] }, // in_app is the notification itself
      { ...base, channels: ['in_app', 'sms'] },
      { ...base, link: 'javascript:alert(1)' },
      { ...base, link: '//evil.example' },
      { ...base, priority: 'critical' },
      { ...base, expiresAt: '2001-01-01T00:00:00Z' },
      { ...base, title: '' },
      { ...base, orgId: orgB.id },
      { ...base, userId: 'not-a-uuid' },
    ];
    for (const body of bad) {
      const res = await api.request('POST', '/api/notifications', { token: admin.token, body });
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
  });
});

describe('the inbox', () => {
  const ids: string[] = [];

  beforeAll(async () => {
    // 25 notifications for `reader`: distinct times, plus three sharing one timestamp (ties broken by id).
    for (let i = 0; i < 22; i++)
      ids.push(
        await seed(reader, {
          type: i % 2 ? 'hot_lead' : 'message',
          created_at: new Date(Date.UTC(2030, 0, 1, 0, 0, i)),
        }),
      );
    for (let i = 0; i < 3; i++)
      ids.push(await seed(reader, { type: 'system', created_at: new Date(Date.UTC(2030, 0, 1, 0, 0, 10)) }));
    await seed(patient, { created_at: new Date(Date.UTC(2031, 0, 1)) }); // someone else's, newer than all
  });

  async function expectedOrder(): Promise<string[]> {
    const { rows } = await db.owner.query(
      `SELECT id FROM public.notifications WHERE user_id = $1 AND org_id = $2 ORDER BY created_at DESC, id DESC`,
      [reader.id, orgA.id],
    );
    return rows.map((r) => r.id);
  }

  it('lists own notifications newest first, 20 by default, with cursor pages and no gaps or repeats', async () => {
    const first = expectOk(await apiAs(reader).GET('/api/notifications'), 200);
    expect(first.items).toHaveLength(20);
    expect(first.nextCursor).toEqual(expect.any(String));

    const seen: string[] = [];
    let cursor: string | undefined;
    const sizes: number[] = [];
    do {
      const res = await apiAs(reader).GET('/api/notifications', { params: { query: { limit: 10, cursor } } });
      const page = expectOk(res, 200);
      sizes.push(page.items.length);
      seen.push(...page.items.map((n) => n.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(sizes).toEqual([10, 10, 5]);
    expect(seen).toEqual(await expectedOrder());
    expect(new Set(seen).size).toBe(25);
  });

  it('rejects a limit above 100 and a forged cursor', async () => {
    const list = (query: { limit?: number; cursor?: string }) =>
      apiAs(reader).GET('/api/notifications', { params: { query } });
    expectStatus(await list({ limit: 101 }), 400);
    expectStatus(await list({ limit: 0 }), 400);
    expectStatus(await list({ cursor: 'garbage' }), 400);
    // A status the contract does not have: untyped on purpose.
    expect(
      (await api.request('GET', '/api/notifications?status=deleted', { token: reader.token })).status,
    ).toBe(400);
  });

  it('filters by type and by status', async () => {
    const hot = await apiAs(reader).GET('/api/notifications', {
      params: { query: { type: 'hot_lead', limit: 100 } },
    });
    expect(hot.data?.items).toHaveLength(11);
    expect(hot.data?.items.every((n) => n.type === 'hot_lead')).toBe(true);
    const paged = await apiAs(reader).GET('/api/notifications', {
      params: { query: { type: 'hot_lead', limit: 6 } },
    });
    const rest = await apiAs(reader).GET('/api/notifications', {
      params: { query: { type: 'hot_lead', limit: 6, cursor: paged.data?.nextCursor ?? undefined } },
    });
    expect([...paged.data!.items, ...rest.data!.items].map((n) => n.id)).toEqual(
      hot.data?.items.map((n) => n.id),
    );
    const unread = await apiAs(reader).GET('/api/notifications', {
      params: { query: { status: 'unread', limit: 100 } },
    });
    expect(unread.data?.items).toHaveLength(25);
    const read = await apiAs(reader).GET('/api/notifications', { params: { query: { status: 'read' } } });
    expect(read.data).toEqual({ items: [], nextCursor: null });
  });

  it('counts unread, marks one read (idempotently), archives, and marks the rest read', async () => {
    const count = async () => (await apiAs(reader).GET('/api/notifications/unread-count')).data?.count;
    expect(await count()).toBe(25);

    const read = expectOk(await apiAs(reader).POST('/api/notifications/{id}/read', byId(ids[0])), 200);
    expect(read).toMatchObject({ id: ids[0], status: 'read', read: true, readAt: expect.any(String) });
    const again = expectOk(await apiAs(reader).POST('/api/notifications/{id}/read', byId(ids[0])), 200);
    expect(again.readAt).toBe(read.readAt);
    expect(await count()).toBe(24);

    const archived = await apiAs(reader).POST('/api/notifications/{id}/archive', byId(ids[1]));
    expect(expectOk(archived, 200)).toMatchObject({
      status: 'archived',
      read: true,
      readAt: expect.any(String),
    });
    // Reading an archived notification leaves it archived.
    expect((await apiAs(reader).POST('/api/notifications/{id}/read', byId(ids[1]))).data?.status).toBe(
      'archived',
    );
    // Archiving a read one keeps its read receipt.
    const archivedRead = await apiAs(reader).POST('/api/notifications/{id}/archive', byId(ids[0]));
    expect(archivedRead.data).toMatchObject({ status: 'archived', readAt: read.readAt });
    expect(await count()).toBe(23);

    const patientUnread = (
      await db.owner.query(
        `SELECT count(*)::int AS n FROM public.notifications WHERE user_id = $1 AND status = 'unread'`,
        [patient.id],
      )
    ).rows[0].n;
    const all = await apiAs(reader).POST('/api/notifications/read-all');
    expect(expectOk(all, 200)).toEqual({ updated: 23 });
    expect(await count()).toBe(0);
    expect((await apiAs(reader).POST('/api/notifications/read-all')).data).toEqual({ updated: 0 });
    // Nobody else's inbox moved.
    const after = (
      await db.owner.query(
        `SELECT count(*)::int AS n FROM public.notifications WHERE user_id = $1 AND status = 'unread'`,
        [patient.id],
      )
    ).rows[0].n;
    expect(after).toBe(patientUnread);
  });

  it('an expired notification can be read but not marked read or archived (409)', async () => {
    const id = await seed(reader, {
      status: 'expired',
      created_at: new Date(Date.now() - 7200_000),
      expires_at: new Date(Date.now() - 3600_000),
    });
    expect((await apiAs(reader).GET('/api/notifications/{id}', byId(id))).data?.status).toBe('expired');
    expectStatus(await apiAs(reader).POST('/api/notifications/{id}/read', byId(id)), 409);
    expectStatus(await apiAs(reader).POST('/api/notifications/{id}/archive', byId(id)), 409);
    expect((await row(id)).status).toBe('expired');
  });

  it('every id route answers 404 to other orgs, other members, and the same user in another org', async () => {
    const id = await seed(patient, { title: 'Private' });
    const twin = await addMembership(db, patient, orgB, 'patient'); // the same person, signed in to org B
    const strangers = [otherAdmin, admin, provider, reader, twin];
    const routes: Array<[string, ApiCall]> = [
      [`GET /api/notifications/${id}`, (c) => c.GET('/api/notifications/{id}', byId(id))],
      [`POST /api/notifications/${id}/read`, (c) => c.POST('/api/notifications/{id}/read', byId(id))],
      [`POST /api/notifications/${id}/archive`, (c) => c.POST('/api/notifications/{id}/archive', byId(id))],
    ];
    for (const who of strangers) {
      for (const [route, call] of routes) {
        const res = await call(apiAs(who));
        expectStatus(res, 404, `${who.role} ${route}`);
        expect(JSON.stringify(res.error)).not.toContain('Private');
      }
    }
    expect((await row(id)).status).toBe('unread');
    // The twin's inbox in org B does not list it or count it either.
    const list = await apiAs(twin).GET('/api/notifications', { params: { query: { limit: 100 } } });
    expect(list.data?.items.map((n) => n.id)).not.toContain(id);
    expect((await apiAs(twin).GET('/api/notifications/unread-count')).data).toEqual({ count: 0 });
    // read-all by a stranger leaves it alone.
    await apiAs(twin).POST('/api/notifications/read-all');
    expect((await row(id)).status).toBe('unread');
    // The owner of the row can.
    expectStatus(await apiAs(patient).GET('/api/notifications/{id}', byId(id)), 200);
  });

  it('needs a signed-in user and a well-formed id', async () => {
    const anonymous = apiClient(api);
    expectStatus(await anonymous.GET('/api/notifications'), 401);
    expectStatus(await anonymous.GET('/api/notifications/unread-count'), 401);
    expectStatus(await apiAs(reader).GET('/api/notifications/{id}', byId('not-a-uuid')), 400);
    expectStatus(await apiAs(reader).GET('/api/notifications/{id}', byId(randomUUID())), 404);
  });
});

describe('rules the database enforces (through the RLS pipeline)', () => {
  it('a recipient cannot change the message or any column but status/read_at (column grants: 42501)', async () => {
    const id = await seed(patient, { message: 'Original' });
    for (const set of [
      `message = 'Changed'`,
      `title = 'Changed'`,
      `user_id = user_id`,
      `expires_at = now()`,
      `channels = '["in_app"]'`,
    ]) {
      await expect(
        as(patient.claims, (sql) => sql.exec(`UPDATE public.notifications SET ${set} WHERE id = $1`, [id])),
        set,
      ).rejects.toSatisfy(sqlstate('42501'));
    }
    expect((await row(id)).message).toBe('Original');
  });

  it('a recipient may move a live notification to read or archived only: never expired, never back to unread', async () => {
    const id = await seed(patient);
    await expect(
      as(patient.claims, (sql) =>
        sql.exec(`UPDATE public.notifications SET status = 'expired' WHERE id = $1`, [id]),
      ),
    ).rejects.toSatisfy(sqlstate('42501'));
    // A forged read_at is replaced by the server's clock.
    const updated = await as(patient.claims, (sql) =>
      sql.returning<{ read_at: Date }>(
        `UPDATE public.notifications SET status = 'read', read_at = '2000-01-01' WHERE id = $1 RETURNING read_at`,
        [id],
      ),
    );
    expect(Math.abs(new Date(updated.read_at).getTime() - Date.now())).toBeLessThan(60_000);
    await expect(
      as(patient.claims, (sql) =>
        sql.exec(`UPDATE public.notifications SET status = 'unread' WHERE id = $1`, [id]),
      ),
    ).rejects.toSatisfy(sqlstate('42501'));
    // The read receipt cannot be rewritten either.
    await as(patient.claims, (sql) =>
      sql.exec(
        `UPDATE public.notifications SET read_at = now() + interval '1 day', status = 'archived' WHERE id = $1`,
        [id],
      ),
    );
    expect((await row(id)).read_at).toEqual(new Date(updated.read_at));
    // Expired ones are final for the recipient (no rows match).
    const expired = await seed(patient, {
      status: 'expired',
      created_at: new Date(Date.now() - 7200_000),
      expires_at: new Date(Date.now() - 3600_000),
    });
    expect(
      await as(patient.claims, (sql) =>
        sql.exec(`UPDATE public.notifications SET status = 'archived' WHERE id = $1`, [expired]),
      ),
    ).toBe(0);
  });

  it('nobody deletes a notification, not even the service role', async () => {
    const id = await seed(patient);
    for (const claims of [patient.claims, admin.claims, SERVICE]) {
      await expect(
        as(claims, (sql) => sql.exec(`DELETE FROM public.notifications WHERE id = $1`, [id])),
      ).rejects.toSatisfy(sqlstate('42501'));
    }
    expect(await row(id)).toBeTruthy();
  });

  it('nobody inserts directly: create_notification() is the way in', async () => {
    for (const claims of [admin.claims, provider.claims, patient.claims, SERVICE]) {
      await expect(
        as(claims, (sql) =>
          sql.exec(
            `INSERT INTO public.notifications (org_id, user_id, type, title, message) VALUES ($1, $2, 'system', 'x', 'x')`,
            [orgA.id, patient.id],
          ),
        ),
      ).rejects.toSatisfy(sqlstate('42501'));
    }
  });

  it('create_notification() works as seed V calls it (positional, NULL, NULL), as the service', async () => {
    // The seed's statement verbatim, with this test's org and user in place of its example ids.
    const id = await as(SERVICE, async (sql) => {
      const [r] = await sql.rows(`SELECT create_notification(
        '${orgA.id}',  -- org_id
        '${reader.id}',  -- user_id (replace with real)
        'hot_lead'::notification_type,
        'Hot Lead Alert',
        'A new hot lead was detected',
        NULL,
        NULL,
        '/dashboard/leads',
        'high'::notification_priority,
        '["in_app", "email"]'::jsonb
      )`);
      const [count] = await sql.rows(`SELECT COUNT(*) FROM notifications WHERE type = 'hot_lead'`);
      expect(Number(count.count)).toBeGreaterThan(0);
      return r.create_notification as string;
    });
    expect(await row(id)).toMatchObject({
      org_id: orgA.id,
      user_id: reader.id,
      type: 'hot_lead',
      title: 'Hot Lead Alert',
      status: 'unread',
      read: false,
      priority: 'high',
      channels: ['in_app', 'email'],
      link: '/dashboard/leads',
      metadata: {},
      expires_at: null,
      created_by: null,
    });
    // The seed runs it from an SQL editor as the database owner: a maintenance session is trusted too.
    const { rows } = await db.owner.query(
      `SELECT create_notification($1, $2, 'hot_lead'::notification_type, 'Hot Lead Alert', 'A new hot lead was detected',
         NULL, NULL, '/dashboard/leads', 'high'::notification_priority, '["in_app", "email"]'::jsonb) AS id`,
      [orgA.id, reader.id],
    );
    expect(await row(rows[0].id)).toMatchObject({ user_id: reader.id, priority: 'high', metadata: {} });
  });

  it('create_notification() refuses patients and other non-staff, and staff outside their org', async () => {
    const call = `SELECT public.create_notification($1, $2, 'system', 'T', 'M')`;
    for (const who of [patient, researcher]) {
      await expect(as(who.claims, (sql) => sql.rows(call, [orgA.id, who.id]))).rejects.toSatisfy(
        sqlstate('CB403'),
      );
    }
    // Staff naming another org: refused, whether or not the recipient is in it.
    await expect(as(provider.claims, (sql) => sql.rows(call, [orgB.id, outsider.id]))).rejects.toSatisfy(
      sqlstate('CB403'),
    );
    // Staff naming a non-member of their own org: not found.
    await expect(as(provider.claims, (sql) => sql.rows(call, [orgA.id, outsider.id]))).rejects.toSatisfy(
      sqlstate('CB404'),
    );
    // The service checks membership too.
    await expect(as(SERVICE, (sql) => sql.rows(call, [orgA.id, outsider.id]))).rejects.toSatisfy(
      sqlstate('CB404'),
    );
    // Anonymous callers may not execute it at all.
    await expect(as({ role: 'anon' }, (sql) => sql.rows(call, [orgA.id, patient.id]))).rejects.toSatisfy(
      sqlstate('42501'),
    );
    // Staff of the org may, and are recorded as the sender.
    const [byStaff] = await as(provider.claims, (sql) =>
      sql.rows<{ create_notification: string }>(call, [orgA.id, patient.id]),
    );
    expect(await row(byStaff.create_notification)).toMatchObject({
      created_by: provider.id,
      priority: 'normal',
      channels: ['in_app'],
    });
    // The service may notify a member of any org.
    const [ok] = await as(SERVICE, (sql) => sql.rows(call, [orgB.id, outsider.id]));
    expect(ok.create_notification).toEqual(expect.any(String));
  });
});

describe('expireOld()', () => {
  it('expires only live notifications past their expiry, answers the count, and is service-only', async () => {
    const past = { created_at: new Date(Date.now() - 7200_000), expires_at: new Date(Date.now() - 60_000) };
    const oldUnread = await seed(patient, past);
    const oldRead = await seed(patient, {
      ...past,
      status: 'read',
      read_at: new Date(Date.now() - 3600_000),
    });
    const oldArchived = await seed(patient, {
      ...past,
      status: 'archived',
      read_at: new Date(Date.now() - 3600_000),
    });
    const future = await seed(patient, { expires_at: new Date(Date.now() + 3600_000) });
    const never = await seed(patient);
    const otherOrg = await seed(outsider, past);

    const service = api.app.get(NotificationsService);
    expect(await service.expireOld()).toBe(3);
    expect((await row(oldUnread)).status).toBe('expired');
    expect(await row(oldUnread)).toMatchObject({ read: false, read_at: null });
    expect(await row(oldRead)).toMatchObject({ status: 'expired', read: true });
    expect((await row(otherOrg)).status).toBe('expired');
    expect((await row(oldArchived)).status).toBe('archived');
    expect((await row(future)).status).toBe('unread');
    expect((await row(never)).status).toBe('unread');
    expect(await service.expireOld()).toBe(0);

    for (const claims of [admin.claims, patient.claims]) {
      await expect(
        as(claims, (sql) => sql.rows(`SELECT public.expire_old_notifications()`)),
      ).rejects.toSatisfy(sqlstate('42501'));
    }
  });
});

describe('the list query plan', () => {
  type PlanNode = { 'Node Type': string; 'Index Name'?: string; Plans?: PlanNode[] };
  const nodes = (n: PlanNode): PlanNode[] => [n, ...(n.Plans ?? []).flatMap(nodes)];
  let user: TestUser;

  beforeAll(async () => {
    // A realistic spread: 400 recipients in the org with 25 notifications each, plus 300 for the user under test.
    user = await newUser(db, orgA, 'provider');
    await db.owner.query(
      `WITH u AS (INSERT INTO public.users (org_id, email) SELECT $1, 'bulk-' || g || '-' || $2 || '@example.test' FROM generate_series(1, 400) g RETURNING id)
       INSERT INTO public.notifications (org_id, user_id, type, title, message, status, read_at, created_at)
       SELECT $1, u.id, 'system', 't', 'm', CASE WHEN g % 3 = 0 THEN 'read' ELSE 'unread' END::public.notification_status,
              CASE WHEN g % 3 = 0 THEN now() END, now() - g * interval '1 minute'
       FROM u, generate_series(1, 25) g`,
      [orgA.id, randomUUID().slice(0, 8)],
    );
    // The user's own inbox: mostly read, some unread, a few archived and expired; four types.
    await db.owner.query(
      `INSERT INTO public.notifications (org_id, user_id, type, title, message, status, read_at, created_at)
       SELECT $1, $2, (ARRAY['message', 'hot_lead', 'appointment_booked', 'system'])[1 + g % 4]::public.notification_type, 't', 'm',
              s.status::public.notification_status, CASE WHEN s.status IN ('read', 'archived') THEN now() END,
              now() - g * interval '1 second'
       FROM generate_series(1, 300) g,
            LATERAL (SELECT CASE WHEN g % 10 < 6 THEN 'read' WHEN g % 10 < 9 THEN 'unread'
                                 WHEN g % 20 = 9 THEN 'archived' ELSE 'expired' END AS status) s`,
      [orgA.id, user.id],
    );
    await db.owner.query('ANALYZE public.notifications');
  });

  /**
   * The plan of `text` as the service runs it (a prepared statement), as a custom plan for these values and
   * as the generic plan Postgres switches to after a few executions.
   */
  async function plan(
    text: string,
    params: unknown[],
    mode: 'force_custom_plan' | 'force_generic_plan',
  ): Promise<PlanNode[]> {
    const literal = (v: unknown) =>
      `'${(v instanceof Date ? v.toISOString() : String(v)).replace(/'/g, "''")}'`;
    const name = `plan_${randomUUID().replace(/-/g, '')}`;
    return as(user.claims, async (sql) => {
      await sql.rows(`SELECT set_config('plan_cache_mode', $1, true)`, [mode]);
      await sql.exec(`PREPARE ${name} AS ${text}`);
      try {
        const [r] = await sql.rows<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>(
          `EXPLAIN (FORMAT JSON) EXECUTE ${name}(${params.map(literal).join(', ')})`,
        );
        return nodes(r['QUERY PLAN'][0].Plan);
      } finally {
        await sql.exec(`DEALLOCATE ${name}`);
      }
    });
  }

  it('is an index-ordered scan, with and without cursor and filters, custom and generic plans (no Sort)', async () => {
    const page1 = await apiAs(user).GET('/api/notifications', { params: { query: { limit: 20 } } });
    const after = decodeCursor(page1.data?.nextCursor ?? undefined)!;
    const base = { orgId: orgA.id, userId: user.id, take: 21 };
    const variants = [
      listPageQuery(base),
      listPageQuery({ ...base, after }),
      listPageQuery({ ...base, take: 101 }),
      ...(['unread', 'read', 'archived', 'expired'] as const).flatMap((status) => [
        listPageQuery({ ...base, status }),
        listPageQuery({ ...base, status, after }),
      ]),
      listPageQuery({ ...base, type: 'hot_lead' }),
      listPageQuery({ ...base, type: 'hot_lead', after }),
      listPageQuery({ ...base, take: 101, status: 'unread', type: 'message', after }),
    ];
    for (const q of variants) {
      for (const mode of ['force_custom_plan', 'force_generic_plan'] as const) {
        const found = await plan(q.text, q.params, mode);
        const types = found.map((n) => n['Node Type']);
        expect(types, `${mode}: ${q.text}`).not.toContain('Sort');
        expect(types).not.toContain('Incremental Sort');
        const ordered = ['notifications_org_user_created_idx', 'notifications_unread_idx'];
        expect(
          found.some(
            (n) => n['Node Type'] !== 'Bitmap Index Scan' && ordered.includes(n['Index Name'] ?? ''),
          ),
        ).toBe(true);
      }
    }
  });

  it('counts unread from the partial index', async () => {
    for (const mode of ['force_custom_plan', 'force_generic_plan'] as const) {
      const found = await plan(UNREAD_COUNT_SQL, [orgA.id, user.id], mode);
      expect(
        found.some((n) => n['Index Name'] === 'notifications_unread_idx'),
        mode,
      ).toBe(true);
    }
  });
});

describe('OpenAPI', () => {
  it('documents every route with its response DTO and the enums', async () => {
    const doc = (await api.request('GET', '/openapi.json')).body;
    const ref = (method: string, path: string, status: string) =>
      doc.paths[path]?.[method]?.responses?.[status]?.content?.['application/json']?.schema?.$ref;
    expect(ref('get', '/api/notifications', '200')).toBe('#/components/schemas/NotificationPageDto');
    expect(ref('get', '/api/notifications/unread-count', '200')).toBe('#/components/schemas/UnreadCountDto');
    expect(ref('get', '/api/notifications/{id}', '200')).toBe('#/components/schemas/NotificationDto');
    expect(ref('post', '/api/notifications/{id}/read', '200')).toBe('#/components/schemas/NotificationDto');
    expect(ref('post', '/api/notifications/{id}/archive', '200')).toBe(
      '#/components/schemas/NotificationDto',
    );
    expect(ref('post', '/api/notifications/read-all', '200')).toBe('#/components/schemas/ReadAllResultDto');
    expect(ref('post', '/api/notifications', '201')).toBe('#/components/schemas/CreatedNotificationDto');
    expect(ref('get', '/api/notifications/{id}', '404')).toBe('#/components/schemas/ProblemDto');
    for (const [schema, type] of [
      ['NotificationType', 'notification_type'],
      ['NotificationStatus', 'notification_status'],
      ['NotificationPriority', 'notification_priority'],
    ]) {
      const { rows } = await db.owner.query(
        `SELECT array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels FROM pg_enum e WHERE e.enumtypid = $1::regtype`,
        [`public.${type}`],
      );
      expect(doc.components.schemas[schema].enum, schema).toEqual(rows[0].labels);
    }
  });
});
