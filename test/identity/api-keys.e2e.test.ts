// API keys over HTTP: shown once, stored as SHA-256 only, accepted in both headers, scoped (read/write),
// refused after revocation or expiry, refused on routes that declare apiKeys: false, managed by admins only.
import { Controller, Get, HttpCode, Module, Post } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppModule } from '../../src/app.module';
import { Authenticated } from '../../src/common/decorators/access.decorator';
import type { components } from '../client/schema';
import { apiClient, expectError, expectOk, expectStatus, type ApiCall } from '../support/api-client';
import { startApp, type TestApp } from '../support/app';
import { createTestDatabase, type TestDb } from '../support/db';
import { newOrg, newUser, type TestOrg, type TestUser } from '../support/factories';

let db: TestDb;
let api: TestApp;
let org: TestOrg;
let admin: TestUser;
let provider: TestUser;

beforeAll(async () => {
  db = await createTestDatabase();
  api = await startApp(db);
  org = await newOrg(db);
  admin = await newUser(db, org, 'admin');
  provider = await newUser(db, org, 'provider');
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});

type NewApiKey = components['schemas']['CreateApiKeyDto'];
const byId = (id: string) => ({ params: { path: { id } } });
const withKey = (key: string) => apiClient(api, { apiKey: key });

async function createKey(body: Partial<NewApiKey> = {}) {
  const res = await apiClient(api, admin.token).POST('/api/api-keys', {
    body: { name: 'integration', scope: ['read'], ...body },
  });
  return expectOk(res, 201);
}

describe('creating a key', () => {
  it('shows the key once; lists and reads never return it; the database holds only its SHA-256', async () => {
    const created = await createKey({ name: 'lab-feed', scope: ['read', 'write'] });
    expect(created.key).toMatch(/^cbk_[A-Za-z0-9]{8}_[A-Za-z0-9_-]{43}$/);
    expect(created.key.startsWith(`${created.prefix}_`)).toBe(true);
    expect(created).toMatchObject({
      name: 'lab-feed',
      scope: ['read', 'write'],
      role: 'developer',
      createdBy: admin.id,
    });

    const secret = created.key.slice(created.prefix.length + 1);
    const list = expectOk(await apiClient(api, admin.token).GET('/api/api-keys'), 200);
    const listed = list.items.find((k) => k.id === created.id);
    expect(listed).toMatchObject({ id: created.id, prefix: created.prefix });
    expect(listed).not.toHaveProperty('key');
    expect(JSON.stringify(list)).not.toContain(secret);

    const one = expectOk(await apiClient(api, admin.token).GET('/api/api-keys/{id}', byId(created.id)), 200);
    expect(one).not.toHaveProperty('key');
    expect(one).not.toHaveProperty('keyHash');
    expect(JSON.stringify(one)).not.toContain(secret);

    const { rows } = await db.owner.query(
      `SELECT key_hash, row_to_json(k)::text AS json FROM api_keys k WHERE id = $1`,
      [created.id],
    );
    expect(Buffer.from(rows[0].key_hash).equals(createHash('sha256').update(created.key).digest())).toBe(
      true,
    );
    expect(rows[0].json).not.toContain(secret);
    expect(rows[0].json).not.toContain(Buffer.from(secret).toString('hex'));
  });

  it('refuses expiresAt in the past with 400', async () => {
    const res = await apiClient(api, admin.token).POST('/api/api-keys', {
      body: { name: 'late', scope: ['read'], expiresAt: new Date(Date.now() - 60_000).toISOString() },
    });
    expect(expectError(res, 400)).toMatchObject({ code: 'invalid-input', errors: [{ field: 'expiresAt' }] });
    const { rows } = await db.owner.query(`SELECT count(*)::int AS n FROM api_keys WHERE name = 'late'`);
    expect(rows[0].n).toBe(0);
  });

  it('lists keys newest first across pages, also when they share one millisecond', async () => {
    const listed = await newOrg(db);
    const head = await newUser(db, listed, 'admin');
    for (let i = 0; i < 5; i++) {
      const res = await apiClient(api, head.token).POST('/api/api-keys', {
        body: { name: `k${i}`, scope: ['read'] },
      });
      expectStatus(res, 201);
    }
    await db.owner.query(
      `UPDATE api_keys SET created_at = timestamptz '2030-01-01 00:00:00.000100+00' + (n * interval '100 microseconds')
       FROM (SELECT id AS kid, row_number() OVER (ORDER BY id) AS n FROM api_keys WHERE org_id = $1) k WHERE id = k.kid`,
      [listed.id],
    );
    const { rows } = await db.owner.query(
      `SELECT id FROM api_keys WHERE org_id = $1 ORDER BY created_at DESC, id DESC`,
      [listed.id],
    );
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let pages = 0; pages < 10; pages++) {
      const res = await apiClient(api, head.token).GET('/api/api-keys', {
        params: { query: { limit: 2, cursor } },
      });
      const page = expectOk(res, 200);
      for (const item of page.items) expect(Object.keys(item).sort()).not.toContain('cursorAt');
      seen.push(...page.items.map((k) => k.id));
      cursor = page.nextCursor ?? undefined;
      if (!cursor) break;
    }
    expect(seen).toEqual(rows.map((r) => r.id));
    expect(seen).toHaveLength(5);
  });

  it('refuses non-admins on every /api/api-keys route', async () => {
    const { id } = await createKey();
    const calls: Array<[string, ApiCall]> = [
      ['POST /api/api-keys', (c) => c.POST('/api/api-keys', { body: { name: 'x', scope: ['read'] } })],
      ['GET /api/api-keys', (c) => c.GET('/api/api-keys')],
      [`GET /api/api-keys/${id}`, (c) => c.GET('/api/api-keys/{id}', byId(id))],
      [`DELETE /api/api-keys/${id}`, (c) => c.DELETE('/api/api-keys/{id}', byId(id))],
    ];
    for (const [route, call] of calls) {
      const res = await call(apiClient(api, provider.token));
      expectStatus(res, 403, route);
      expect(res.response.headers.get('content-type')).toContain('application/problem+json');
    }
    const { rows } = await db.owner.query(`SELECT revoked_at FROM api_keys WHERE id = $1`, [id]);
    expect(rows[0].revoked_at).toBeNull();
  });
});

describe('authenticating with a key', () => {
  it('works in X-API-Key and in Authorization: Bearer; bad or unknown keys are 401', async () => {
    const { key } = await createKey();
    const viaHeader = await withKey(key).GET('/api/organization');
    expect(expectOk(viaHeader, 200).id).toBe(org.id);
    const viaBearer = await apiClient(api, key).GET('/api/organization');
    expect(expectOk(viaBearer, 200).id).toBe(org.id);

    const unknown = `${key.slice(0, -4)}AAAA` === key ? `${key.slice(0, -4)}BBBB` : `${key.slice(0, -4)}AAAA`;
    expectStatus(await withKey(unknown).GET('/api/organization'), 401);
    expectStatus(await withKey('cbk_short').GET('/api/organization'), 401);
    expectStatus(await apiClient(api, unknown).GET('/api/organization'), 401);
  });

  it('acts with its role: an admin key may list members, a developer key may not', async () => {
    const adminKey = await createKey({ role: 'admin' });
    const devKey = await createKey();
    const asAdmin = await withKey(adminKey.key).GET('/api/organization/members');
    expect(expectOk(asAdmin, 200).items.map((m) => m.userId)).toContain(admin.id);
    expectStatus(await withKey(devKey.key).GET('/api/organization/members'), 403);
  });

  it('sets last_used_at on use', async () => {
    const created = await createKey();
    expect(created.lastUsedAt).toBeNull();
    const before = await db.owner.query(`SELECT last_used_at FROM api_keys WHERE id = $1`, [created.id]);
    expect(before.rows[0].last_used_at).toBeNull();
    expectStatus(await withKey(created.key).GET('/api/organization'), 200);
    const after = await db.owner.query(`SELECT last_used_at FROM api_keys WHERE id = $1`, [created.id]);
    expect(after.rows[0].last_used_at).toBeInstanceOf(Date);
    expect(Math.abs(after.rows[0].last_used_at.getTime() - Date.now())).toBeLessThan(60_000);
    const shown = await apiClient(api, admin.token).GET('/api/api-keys/{id}', byId(created.id));
    expect(shown.data?.lastUsedAt).toBeTruthy();
  });

  it('is refused (401) after revocation', async () => {
    const { id, key } = await createKey();
    const asAdmin = apiClient(api, admin.token);
    expectStatus(await withKey(key).GET('/api/organization'), 200);
    const revoke = await asAdmin.DELETE('/api/api-keys/{id}', byId(id));
    expectStatus(revoke, 204);
    // Older than the once-a-minute throttle, so only the revocation can keep it from moving.
    await db.owner.query(`UPDATE api_keys SET last_used_at = now() - interval '1 hour' WHERE id = $1`, [id]);
    const before = (await db.owner.query(`SELECT last_used_at FROM api_keys WHERE id = $1`, [id])).rows[0]
      .last_used_at;
    expectStatus(await withKey(key).GET('/api/organization'), 401);
    const after = (await db.owner.query(`SELECT last_used_at FROM api_keys WHERE id = $1`, [id])).rows[0]
      .last_used_at;
    expect(after).toEqual(before);
    expectStatus(await apiClient(api, key).GET('/api/organization'), 401);
    const shown = await asAdmin.GET('/api/api-keys/{id}', byId(id));
    expect(shown.data?.revokedAt).toBeTruthy();
    // Revoking twice is harmless; an unknown id is 404.
    expectStatus(await asAdmin.DELETE('/api/api-keys/{id}', byId(id)), 204);
    const missing = await asAdmin.DELETE('/api/api-keys/{id}', byId('00000000-0000-4000-8000-000000000000'));
    expectStatus(missing, 404);
  });

  it('is refused (401) once expires_at has passed', async () => {
    const { id, key } = await createKey({ expiresAt: new Date(Date.now() + 3_600_000).toISOString() });
    expectStatus(await withKey(key).GET('/api/organization'), 200);
    await db.owner.query(`UPDATE api_keys SET expires_at = now() - interval '1 second' WHERE id = $1`, [id]);
    expectStatus(await withKey(key).GET('/api/organization'), 401);
  });

  it('is refused (403) on routes declared apiKeys: false, even with the admin role and both scopes', async () => {
    const { key } = await createKey({ role: 'admin', scope: ['read', 'write'] });
    const calls: Array<[string, ApiCall]> = [
      ['GET /api/me', (c) => c.GET('/api/me')],
      ['GET /api/me/sessions', (c) => c.GET('/api/me/sessions')],
      ['GET /api/api-keys', (c) => c.GET('/api/api-keys')],
      [
        'POST /api/api-keys',
        (c) => c.POST('/api/api-keys', { body: { name: 'minted by a key', scope: ['read'] } }),
      ],
      [
        'PATCH /api/organization',
        (c) => c.PATCH('/api/organization', { body: { name: 'Renamed by a key' } }),
      ],
      [
        'POST /api/organization/members',
        (c) =>
          c.POST('/api/organization/members', { body: { email: 'keyed@example.test', role: 'patient' } }),
      ],
    ];
    for (const [route, call] of calls) {
      const res = await call(withKey(key));
      expect(expectError(res, 403, route).detail).toBe('This route is not available to API keys.');
    }
    const { rows } = await db.owner.query(`SELECT name FROM organizations WHERE id = $1`, [org.id]);
    expect(rows[0].name).toBe(org.name);
  });
});

// Every identity write route refuses API keys outright, so the read/write scope rule is exercised on a
// probe controller mounted in the real AppModule (same global guard, interceptor and filter).
@Controller('probe')
class ScopeProbeController {
  @Get()
  @Authenticated()
  read() {
    return { ok: true };
  }

  @Post()
  @HttpCode(200)
  @Authenticated()
  write() {
    return { ok: true };
  }
}

describe('key scopes', () => {
  let probeApp: NestFastifyApplication;
  let probeUrl: string;

  beforeAll(async () => {
    @Module({
      imports: [AppModule.forRoot({ config: db.config, appUrl: db.appUrl, mailTransport: api.mail })],
      controllers: [ScopeProbeController],
    })
    class ProbeModule {}
    probeApp = await NestFactory.create<NestFastifyApplication>(ProbeModule, new FastifyAdapter(), {
      logger: false,
    });
    await probeApp.listen({ port: 0, host: '127.0.0.1' });
    probeUrl = (await probeApp.getUrl()).replace('[::1]', '127.0.0.1');
  });
  afterAll(async () => probeApp?.close());

  const call = async (method: string, key: string) => {
    const res = await fetch(`${probeUrl}/probe`, { method, headers: { 'x-api-key': key } });
    return { status: res.status, body: (await res.json()) as { detail?: string } };
  };

  it('a read key may GET but gets 403 on a write', async () => {
    const { key } = await createKey({ scope: ['read'] });
    expect((await call('GET', key)).status).toBe(200);
    const write = await call('POST', key);
    expect(write.status).toBe(403);
    expect(write.body.detail).toBe('This API key lacks the write scope.');
    // On the real surface: a read key may GET the organization.
    expectStatus(await withKey(key).GET('/api/organization'), 200);
  });

  it('a write key may write (and read)', async () => {
    const { key } = await createKey({ scope: ['write'] });
    expect((await call('POST', key)).status).toBe(200);
    expect((await call('GET', key)).status).toBe(200);
  });

  it('an access token is not subject to scopes', async () => {
    const res = await fetch(`${probeUrl}/probe`, {
      method: 'POST',
      headers: { authorization: `Bearer ${provider.token}` },
    });
    expect(res.status).toBe(200);
  });
});
