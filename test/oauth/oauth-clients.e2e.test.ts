// Registering third-party apps (OAuth clients): admins and developers of an organization; the secret is shown
// once and works at the token endpoint; developers see only their own apps; deleting an app ends its tokens.
import * as oidc from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newOrg, newUser, type TestOrg, type TestUser } from '../support/factories';
import { discover, startOAuthApp, type OAuthTestApp } from './oauth-support';

let t: OAuthTestApp;
let org: TestOrg;
let admin: TestUser;
let developer: TestUser;

const call = async (token: string, method: string, path: string, body?: unknown) => {
  const res = await fetch(`${t.issuer}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
};

beforeAll(async () => {
  t = await startOAuthApp();
  org = await newOrg(t.db);
  admin = await newUser(t.db, org, 'admin');
  developer = await newUser(t.db, org, 'developer');
}, 60_000);
afterAll(async () => t?.close());

describe('OAuth clients API', () => {
  it('a developer registers a confidential machine client; its secret (shown once) gets tokens; deleting it ends them', async () => {
    const created = await call(developer.token, 'POST', '/api/oauth/clients', {
      name: 'Lab sync',
      clientType: 'confidential',
      redirectUris: [],
      grantTypes: ['client_credentials'],
      scopes: ['system/*.rs'],
    });
    expect(created.status).toBe(201);
    expect(created.body.clientId).toMatch(/^cbc_/);
    expect(created.body.clientSecret).toBeTruthy();
    const got = await call(developer.token, 'GET', `/api/oauth/clients/${created.body.id}`);
    expect(got.status).toBe(200);
    expect(got.body).not.toHaveProperty('clientSecret');
    const cfg = await discover(t.issuer, created.body.clientId, created.body.clientSecret);
    const tokens = await oidc.clientCredentialsGrant(cfg, { scope: 'system/*.rs' });
    expect((await oidc.tokenIntrospection(cfg, tokens.access_token)).active).toBe(true);
    const { rows } = await t.db.owner.query(
      `SELECT client_secret_hash FROM public.oauth_clients WHERE id = $1`,
      [created.body.id],
    );
    expect(rows[0].client_secret_hash).toHaveLength(32);
    expect((await call(developer.token, 'DELETE', `/api/oauth/clients/${created.body.id}`)).status).toBe(204);
    const { rows: left } = await t.db.owner.query(
      `SELECT count(*)::int AS n FROM public.oauth_access_tokens`,
    );
    expect(left[0].n).toBe(0);
  });

  it('developers see their own apps, admins all; patients may not register', async () => {
    const mine = await call(admin.token, 'POST', '/api/oauth/clients', {
      name: 'Admin app',
      clientType: 'public',
      redirectUris: ['https://app.example.test/cb'],
      grantTypes: ['authorization_code', 'refresh_token'],
      scopes: ['openid', 'patient/*.rs'],
    });
    expect(mine.status).toBe(201);
    expect(mine.body.clientSecret).toBeNull();
    expect((await call(developer.token, 'GET', `/api/oauth/clients/${mine.body.id}`)).status).toBe(404);
    const list = await call(admin.token, 'GET', '/api/oauth/clients');
    expect(list.body.items.map((c: { id: string }) => c.id)).toContain(mine.body.id);
    const patient = await newUser(t.db, org, 'patient');
    expect((await call(patient.token, 'GET', '/api/oauth/clients')).status).toBe(403);
  });

  it('refuses what the authorization server could not honour, creating nothing', async () => {
    const bad = [
      { clientType: 'public', grantTypes: ['client_credentials'], redirectUris: [], scopes: ['system/*.rs'] },
      { clientType: 'public', grantTypes: ['authorization_code'], redirectUris: [], scopes: ['openid'] },
      {
        clientType: 'public',
        grantTypes: ['authorization_code'],
        redirectUris: ['http://evil.example/cb'],
        scopes: ['openid'],
      },
      {
        clientType: 'public',
        grantTypes: ['authorization_code'],
        redirectUris: ['https://a.test/cb#x'],
        scopes: ['openid'],
      },
      {
        clientType: 'public',
        grantTypes: ['authorization_code'],
        redirectUris: ['https://a.test/cb'],
        scopes: ['admin/*'],
      },
    ];
    const before = await t.db.owner.query(`SELECT count(*)::int AS n FROM public.oauth_clients`);
    for (const body of bad) {
      const res = await call(admin.token, 'POST', '/api/oauth/clients', { name: 'Bad', ...body });
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
    const after = await t.db.owner.query(`SELECT count(*)::int AS n FROM public.oauth_clients`);
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });
});
