// API keys over HTTP: shown once, stored as SHA-256 only, accepted in both headers, scoped (read/write),
// refused after revocation or expiry, refused on routes that declare apiKeys: false, managed by admins only.
import { Controller, Get, HttpCode, Module, Post } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppModule } from '../../src/app.module';
import { Authenticated } from '../../src/common/decorators/access.decorator';
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

async function createKey(body: Record<string, unknown> = {}) {
  const res = await api.request('POST', '/api/api-keys', {
    token: admin.token,
    body: { name: 'integration', scope: ['read'], ...body },
  });
  expect(res.status).toBe(201);
  return res.body as { id: string; key: string; prefix: string; lastUsedAt: string | null };
}

const withKey = (key: string) => ({ headers: { 'x-api-key': key } });

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
    const list = await api.request('GET', '/api/api-keys', { token: admin.token });
    expect(list.status).toBe(200);
    const listed = list.body.items.find((k: { id: string }) => k.id === created.id);
    expect(listed).toMatchObject({ id: created.id, prefix: created.prefix });
    expect(listed).not.toHaveProperty('key');
    expect(JSON.stringify(list.body)).not.toContain(secret);

    const one = await api.request('GET', `/api/api-keys/${created.id}`, { token: admin.token });
    expect(one.status).toBe(200);
    expect(one.body).not.toHaveProperty('key');
    expect(one.body).not.toHaveProperty('keyHash');
    expect(JSON.stringify(one.body)).not.toContain(secret);

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
    const res = await api.request('POST', '/api/api-keys', {
      token: admin.token,
      body: { name: 'late', scope: ['read'], expiresAt: new Date(Date.now() - 60_000).toISOString() },
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'invalid-input', errors: [{ field: 'expiresAt' }] });
    const { rows } = await db.owner.query(`SELECT count(*)::int AS n FROM api_keys WHERE name = 'late'`);
    expect(rows[0].n).toBe(0);
  });

  it('lists keys newest first across pages, also when they share one millisecond', async () => {
    const listed = await newOrg(db);
    const head = await newUser(db, listed, 'admin');
    for (let i = 0; i < 5; i++) {
      const res = await api.request('POST', '/api/api-keys', {
        token: head.token,
        body: { name: `k${i}`, scope: ['read'] },
      });
      expect(res.status).toBe(201);
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
    let cursor: string | null = null;
    for (let pages = 0; pages < 10; pages++) {
      const path: string = `/api/api-keys?limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const res = await api.request('GET', path, { token: head.token });
      expect(res.status).toBe(200);
      for (const item of res.body.items) expect(Object.keys(item).sort()).not.toContain('cursorAt');
      seen.push(...res.body.items.map((k: { id: string }) => k.id));
      cursor = res.body.nextCursor;
      if (!cursor) break;
    }
    expect(seen).toEqual(rows.map((r) => r.id));
    expect(seen).toHaveLength(5);
  });

  it('refuses non-admins on every /api/api-keys route', async () => {
    const { id } = await createKey();
    const calls: Array<[string, string, unknown?]> = [
      ['POST', '/api/api-keys', { name: 'x', scope: ['read'] }],
      ['GET', '/api/api-keys'],
      ['GET', `/api/api-keys/${id}`],
      ['DELETE', `/api/api-keys/${id}`],
    ];
    for (const [method, path, body] of calls) {
      const res = await api.request(method, path, { token: provider.token, body });
      expect(res.status, `${method} ${path}`).toBe(403);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
    }
    const { rows } = await db.owner.query(`SELECT revoked_at FROM api_keys WHERE id = $1`, [id]);
    expect(rows[0].revoked_at).toBeNull();
  });
});

describe('authenticating with a key', () => {
  it('works in X-API-Key and in Authorization: Bearer; bad or unknown keys are 401', async () => {
    const { key } = await createKey();
    const viaHeader = await api.request('GET', '/api/organization', withKey(key));
    expect(viaHeader.status).toBe(200);
    expect(viaHeader.body.id).toBe(org.id);
    const viaBearer = await api.request('GET', '/api/organization', { token: key });
    expect(viaBearer.status).toBe(200);
    expect(viaBearer.body.id).toBe(org.id);

    const unknown = `${key.slice(0, -4)}AAAA` === key ? `${key.slice(0, -4)}BBBB` : `${key.slice(0, -4)}AAAA`;
    expect((await api.request('GET', '/api/organization', withKey(unknown))).status).toBe(401);
    expect((await api.request('GET', '/api/organization', withKey('cbk_short'))).status).toBe(401);
    expect((await api.request('GET', '/api/organization', { token: unknown })).status).toBe(401);
  });

  it('acts with its role: an admin key may list members, a developer key may not', async () => {
    const adminKey = await createKey({ role: 'admin' });
    const devKey = await createKey();
    const asAdmin = await api.request('GET', '/api/organization/members', withKey(adminKey.key));
    expect(asAdmin.status).toBe(200);
    expect(asAdmin.body.items.map((m: { userId: string }) => m.userId)).toContain(admin.id);
    expect((await api.request('GET', '/api/organization/members', withKey(devKey.key))).status).toBe(403);
  });

  it('sets last_used_at on use', async () => {
    const created = await createKey();
    expect(created.lastUsedAt).toBeNull();
    const before = await db.owner.query(`SELECT last_used_at FROM api_keys WHERE id = $1`, [created.id]);
    expect(before.rows[0].last_used_at).toBeNull();
    expect((await api.request('GET', '/api/organization', withKey(created.key))).status).toBe(200);
    const after = await db.owner.query(`SELECT last_used_at FROM api_keys WHERE id = $1`, [created.id]);
    expect(after.rows[0].last_used_at).toBeInstanceOf(Date);
    expect(Math.abs(after.rows[0].last_used_at.getTime() - Date.now())).toBeLessThan(60_000);
    const shown = await api.request('GET', `/api/api-keys/${created.id}`, { token: admin.token });
    expect(shown.body.lastUsedAt).toBeTruthy();
  });

  it('is refused (401) after revocation', async () => {
    const { id, key } = await createKey();
    expect((await api.request('GET', '/api/organization', withKey(key))).status).toBe(200);
    const revoke = await api.request('DELETE', `/api/api-keys/${id}`, { token: admin.token });
    expect(revoke.status).toBe(204);
    // Older than the once-a-minute throttle, so only the revocation can keep it from moving.
    await db.owner.query(`UPDATE api_keys SET last_used_at = now() - interval '1 hour' WHERE id = $1`, [id]);
    const before = (await db.owner.query(`SELECT last_used_at FROM api_keys WHERE id = $1`, [id])).rows[0].last_used_at;
    expect((await api.request('GET', '/api/organization', withKey(key))).status).toBe(401);
    const after = (await db.owner.query(`SELECT last_used_at FROM api_keys WHERE id = $1`, [id])).rows[0].last_used_at;
    expect(after).toEqual(before);
    expect((await api.request('GET', '/api/organization', { token: key })).status).toBe(401);
    const shown = await api.request('GET', `/api/api-keys/${id}`, { token: admin.token });
    expect(shown.body.revokedAt).toBeTruthy();
    // Revoking twice is harmless; an unknown id is 404.
    expect((await api.request('DELETE', `/api/api-keys/${id}`, { token: admin.token })).status).toBe(204);
    const missing = await api.request('DELETE', `/api/api-keys/00000000-0000-4000-8000-000000000000`, {
      token: admin.token,
    });
    expect(missing.status).toBe(404);
  });

  it('is refused (401) once expires_at has passed', async () => {
    const { id, key } = await createKey({ expiresAt: new Date(Date.now() + 3_600_000).toISOString() });
    expect((await api.request('GET', '/api/organization', withKey(key))).status).toBe(200);
    await db.owner.query(`UPDATE api_keys SET expires_at = now() - interval '1 second' WHERE id = $1`, [id]);
    expect((await api.request('GET', '/api/organization', withKey(key))).status).toBe(401);
  });

  it('is refused (403) on routes declared apiKeys: false, even with the admin role and both scopes', async () => {
    const { key } = await createKey({ role: 'admin', scope: ['read', 'write'] });
    const calls: Array<[string, string, unknown?]> = [
      ['GET', '/api/me'],
      ['GET', '/api/me/sessions'],
      ['GET', '/api/api-keys'],
      ['POST', '/api/api-keys', { name: 'minted by a key', scope: ['read'] }],
      ['PATCH', '/api/organization', { name: 'Renamed by a key' }],
      ['POST', '/api/organization/members', { email: 'keyed@example.test', role: 'patient' }],
    ];
    for (const [method, path, body] of calls) {
      const res = await api.request(method, path, { ...withKey(key), body });
      expect(res.status, `${method} ${path}`).toBe(403);
      expect(res.body.detail).toBe('This route is not available to API keys.');
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
    expect((await api.request('GET', '/api/organization', withKey(key))).status).toBe(200);
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
