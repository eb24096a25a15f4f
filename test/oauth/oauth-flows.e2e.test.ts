// The authorization server driven by a certified relying-party library (openid-client): discovery, the
// authorization code flow with PKCE and consent, refresh rotation with reuse detection, revocation,
// introspection, client credentials; and the API reached with the tokens it issues.
import { decodeProtectedHeader } from 'jose';
import * as oidc from 'openid-client';
import { RlsTransactions } from '../../src/common/database/rls-transactions';
import { sqlFor } from '../../src/common/database/sql';
import { OAuthServer } from '../../src/modules/identity';
import { CredentialPurgeJob } from '../../src/modules/identity/credential-purge.job';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  newCareTeamMember,
  newMeasurement,
  newOAuthAccessToken,
  newOAuthArtifact,
  newOAuthClient,
  newOrg,
  newPatient,
  newProvider,
  newUser,
  type TestOrg,
  type TestUser,
} from '../support/factories';
import { authorize, Browser, discover, startOAuthApp, type OAuthTestApp } from './oauth-support';

const REDIRECT = 'https://app.example.test/callback';
let t: OAuthTestApp;
let org: TestOrg;
let patient: TestUser;
let client: Awaited<ReturnType<typeof newOAuthClient>>;
let config: oidc.Configuration;

async function codeFlow(
  scope = 'openid offline_access patient/*.rs',
  approver: TestUser = patient,
  cfg: oidc.Configuration = config,
) {
  const verifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const url = oidc.buildAuthorizationUrl(cfg, {
    redirect_uri: REDIRECT,
    scope,
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
  });
  const { callback } = await authorize(new Browser(), url, { token: approver.token });
  expect(callback?.searchParams.get('error'), callback?.search).toBeNull();
  const tokens = await oidc.authorizationCodeGrant(cfg, callback!, {
    pkceCodeVerifier: verifier,
    expectedState: state,
  });
  return { tokens, callback: callback!, verifier };
}

beforeAll(async () => {
  t = await startOAuthApp();
  org = await newOrg(t.db);
  patient = await newUser(t.db, org, 'patient');
  client = await newOAuthClient(t.db, org, {
    redirectUris: [REDIRECT],
    scopes: [
      'openid',
      'offline_access',
      'fhirUser',
      'launch/patient',
      'patient/*.rs',
      'patient/Observation.rs',
      'patient/Observation.c',
      'user/*.rs',
    ],
  });
  config = await discover(t.issuer, client.clientId, client.secret);
}, 60_000);
afterAll(async () => t?.close());

describe('OAuth 2.1 with openid-client', () => {
  it('discovery names the endpoints, S256 only', async () => {
    const meta = config.serverMetadata();
    expect(meta.issuer).toBe(t.issuer);
    expect(meta.token_endpoint).toBe(`${t.issuer}/oauth/token`);
    expect(meta.code_challenge_methods_supported).toEqual(['S256']);
    const jwks = (await (await fetch(meta.jwks_uri!)).json()) as { keys: Array<Record<string, unknown>> };
    expect(jwks.keys.length).toBeGreaterThan(0);
    expect(jwks.keys[0]).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256' });
    expect(jwks.keys[0]).not.toHaveProperty('d');
  });

  it('authorization code with PKCE and consent issues tokens the API accepts', async () => {
    const { tokens } = await codeFlow();
    expect(tokens.access_token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(tokens.refresh_token).toBeTruthy();
    expect(tokens.claims()?.sub).toBe(patient.id);
    const mine = await fetch(`${t.issuer}/api/measurements`, {
      headers: { authorization: `Bearer ${tokens.access_token}` },
    });
    expect(mine.status).toBe(200);
  });
});

const api = (token: string, path: string, init: RequestInit = {}) =>
  fetch(`${t.issuer}${path}`, {
    ...init,
    headers: {
      authorization: `Bearer ${token}`,
      ...(init.body ? { 'content-type': 'application/json' } : {}),
      ...init.headers,
    },
  });

async function tokenRows(): Promise<number> {
  const { rows } = await t.db.owner.query(
    `SELECT (SELECT count(*) FROM public.oauth_access_tokens) + (SELECT count(*) FROM public.oauth_refresh_tokens) AS n`,
  );
  return Number(rows[0].n);
}

async function expectOAuthError(p: Promise<unknown>, error: string): Promise<void> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err, 'the call should have failed').toBeDefined();
  const e = err as { error?: string; cause?: Array<{ parameters?: { error?: string } }> };
  expect(
    e.error ?? (Array.isArray(e.cause) ? e.cause[0]?.parameters?.error : undefined) ?? String(err),
  ).toContain(error);
}

describe('tokens', () => {
  it('refresh rotates; a reused refresh token revokes the grant', async () => {
    const { tokens } = await codeFlow();
    const first = tokens.refresh_token!;
    const next = await oidc.refreshTokenGrant(config, first);
    expect(next.refresh_token).toBeTruthy();
    expect(next.refresh_token).not.toBe(first);
    expect((await api(next.access_token, '/api/measurements')).status).toBe(200);
    // The consumed token again: invalid_grant, and everything of the grant is gone.
    await expectOAuthError(oidc.refreshTokenGrant(config, first), 'invalid_grant');
    await expectOAuthError(oidc.refreshTokenGrant(config, next.refresh_token!), 'invalid_grant');
    expect((await api(next.access_token, '/api/measurements')).status).toBe(401);
    expect((await api(tokens.access_token, '/api/measurements')).status).toBe(401);
  });

  it('a refresh asking for more scope than granted is invalid_scope and changes nothing', async () => {
    const { tokens } = await codeFlow();
    const before = await tokenRows();
    await expectOAuthError(
      oidc.refreshTokenGrant(config, tokens.refresh_token!, { scope: 'openid patient/*.rs user/*.rs' }),
      'invalid_scope',
    );
    expect(await tokenRows()).toBe(before);
    const ok = await oidc.refreshTokenGrant(config, tokens.refresh_token!);
    expect(ok.access_token).toBeTruthy();
  });

  it('introspection (RFC 7662) and revocation (RFC 7009)', async () => {
    const { tokens } = await codeFlow();
    const active = await oidc.tokenIntrospection(config, tokens.access_token);
    expect(active).toMatchObject({ active: true, client_id: client.clientId, sub: patient.id });
    expect(String(active.scope).split(' ')).toContain('patient/*.rs');
    // Another organization's app learns nothing about it.
    const otherOrg = await newOrg(t.db);
    const stranger = await newOAuthClient(t.db, otherOrg, { redirectUris: [REDIRECT] });
    const strangerConfig = await discover(t.issuer, stranger.clientId, stranger.secret);
    expect(await oidc.tokenIntrospection(strangerConfig, tokens.access_token)).toEqual({ active: false });
    await oidc.tokenRevocation(config, tokens.access_token);
    expect((await oidc.tokenIntrospection(config, tokens.access_token)).active).toBe(false);
    expect((await api(tokens.access_token, '/api/measurements')).status).toBe(401);
  });

  it('client credentials: a token for the organization, refused where machine clients are', async () => {
    const machine = await newOAuthClient(t.db, org, {
      grantTypes: ['client_credentials'],
      redirectUris: [],
      scopes: ['system/*.rs'],
    });
    const cfg = await discover(t.issuer, machine.clientId, machine.secret);
    const cc = await oidc.clientCredentialsGrant(cfg, { scope: 'system/*.rs' });
    expect(cc.scope).toBe('system/*.rs');
    expect(cc.refresh_token).toBeUndefined();
    expect((await oidc.tokenIntrospection(cfg, cc.access_token)).active).toBe(true);
    // Patient data routes do not take machine clients (as they take no API key).
    expect((await api(cc.access_token, '/api/measurements')).status).toBe(403);
    // A wrong secret: invalid_client.
    const wrong = await discover(t.issuer, machine.clientId, 'not-the-secret');
    await expectOAuthError(oidc.clientCredentialsGrant(wrong, { scope: 'system/*.rs' }), 'invalid_client');
  });
});

describe('scopes reach the data', () => {
  it('patient/Observation.rs reads measurements only; writing needs a write scope', async () => {
    await newMeasurement(t.db, patient);
    const { tokens } = await codeFlow('openid patient/Observation.rs');
    const list = await api(tokens.access_token, '/api/measurements');
    expect(list.status).toBe(200);
    expect(((await list.json()) as { items: unknown[] }).items.length).toBeGreaterThan(0);
    expect((await api(tokens.access_token, '/api/bookings')).status).toBe(403);
    const write = await api(tokens.access_token, '/api/measurements', {
      method: 'POST',
      body: JSON.stringify({ measurementType: 'weight', value: '71' }),
    });
    expect(write.status).toBe(403);
    expect((await api(tokens.access_token, '/api/oauth/authorizations')).status).toBe(403);
    const { tokens: writer } = await codeFlow('openid patient/Observation.rs patient/Observation.c');
    const created = await api(writer.access_token, '/api/measurements', {
      method: 'POST',
      body: JSON.stringify({ measurementType: 'weight', value: '71' }),
    });
    expect(created.status).toBe(201);
  });

  it("patient/ scopes confine a provider's app to their own rows; user/ scopes do not", async () => {
    const provider = await newUser(t.db, org, 'provider');
    const record = await newPatient(t.db, org, { userId: patient.id });
    await newCareTeamMember(t.db, org, {
      patientId: record.id,
      providerId: (await newProvider(t.db, provider)).id,
    });
    await newMeasurement(t.db, patient);
    const path = `/api/patients/${patient.id}/measurements`;
    expect((await api(provider.token, path)).status).toBe(200);
    const { tokens: confined } = await codeFlow('openid patient/*.rs', provider);
    expect((await api(confined.access_token, path)).status).toBe(403);
    expect((await oidc.tokenIntrospection(config, confined.access_token)).sub).toBe(provider.id);
    const mine = await api(confined.access_token, '/api/measurements');
    expect(mine.status).toBe(200);
    expect(((await mine.json()) as { items: unknown[] }).items).toEqual([]);
    const { tokens: staff } = await codeFlow('openid user/*.rs', provider);
    const theirs = await api(staff.access_token, path);
    expect(theirs.status).toBe(200);
    expect(((await theirs.json()) as { items: unknown[] }).items.length).toBeGreaterThan(0);
  });

  it('mixed patient/ and user/ scopes: each request in the context a scope allows, never the role to write', async () => {
    const mixedClient = await newOAuthClient(t.db, org, {
      redirectUris: [REDIRECT],
      scopes: ['openid', 'patient/*.cruds', 'user/*.rs'],
    });
    const mixedConfig = await discover(t.issuer, mixedClient.clientId, mixedClient.secret);
    const provider = await newUser(t.db, org, 'provider');
    const treated = await newUser(t.db, org, 'patient');
    const record = await newPatient(t.db, org, { userId: treated.id });
    await newCareTeamMember(t.db, org, {
      patientId: record.id,
      providerId: (await newProvider(t.db, provider)).id,
    });
    const theirs = await newMeasurement(t.db, treated);
    const { tokens } = await codeFlow('openid patient/*.cruds user/*.rs', provider, mixedConfig);
    const token = tokens.access_token;

    // user/*.rs reads in the provider's role: their patient's measurements.
    const read = await api(token, `/api/patients/${treated.id}/measurements`);
    expect(read.status).toBe(200);
    const items = ((await read.json()) as { items: Array<{ id: string }> }).items;
    expect(items.map((i) => i.id)).toContain(theirs.id);

    // No write in the provider's role: a medical record for their patient is refused (patient context only).
    const before = await t.db.owner.query(`SELECT count(*)::int AS n FROM public.medical_records`);
    const record403 = await api(token, '/api/medical-records', {
      method: 'POST',
      body: JSON.stringify({ patientId: record.id, title: 'Note', content: 'Written by an app' }),
    });
    expect(record403.status).toBe(403);
    expect((await t.db.owner.query(`SELECT count(*)::int AS n FROM public.medical_records`)).rows).toEqual(
      before.rows,
    );
    // The patient's Observation cannot be changed or deleted: the patient context sees only the provider's own.
    for (const method of ['PATCH', 'DELETE']) {
      const res = await api(token, `/api/measurements/${theirs.id}`, {
        method,
        body: method === 'PATCH' ? JSON.stringify({ value: '99' }) : undefined,
      });
      expect(res.status, method).toBe(404);
    }
    const { rows } = await t.db.owner.query(
      `SELECT value::text AS value FROM public.measurements WHERE id = $1`,
      [theirs.id],
    );
    expect(rows).toEqual([{ value: String(theirs.value) }]);
    // Writes go through patient/*.cruds, confined to the provider's own rows.
    const own = await api(token, '/api/measurements', {
      method: 'POST',
      body: JSON.stringify({ measurementType: 'weight', value: '80' }),
    });
    expect(own.status).toBe(201);
    const created = (await own.json()) as { id: string };
    const { rows: owner } = await t.db.owner.query(
      `SELECT patient_id FROM public.measurements WHERE id = $1`,
      [created.id],
    );
    expect(owner).toEqual([{ patient_id: provider.id }]);
  });

  it('account, membership and payment routes refuse every OAuth token (403)', async () => {
    const wide = await newOAuthClient(t.db, org, {
      redirectUris: [REDIRECT],
      scopes: ['openid', 'patient/*.cruds', 'user/*.cruds'],
    });
    const wideConfig = await discover(t.issuer, wide.clientId, wide.secret);
    const { tokens } = await codeFlow('openid patient/*.cruds user/*.cruds', patient, wideConfig);
    const token = tokens.access_token;
    const calls: Array<[string, string, unknown?]> = [
      ['GET', '/api/me'],
      ['GET', '/api/me/sessions'],
      ['GET', '/api/me/invitations'],
      ['POST', '/api/wallets', { currency: 'USD' }],
      ['POST', '/api/orders/checkout', {}],
      ['GET', '/api/orders'],
      ['GET', '/api/payments'],
    ];
    for (const [method, path, body] of calls) {
      const res = await api(token, path, { method, body: body ? JSON.stringify(body) : undefined });
      expect(res.status, `${method} ${path}`).toBe(403);
    }
    // The same user's first-party session still reaches them.
    expect((await api(patient.token, '/api/me')).status).toBe(200);
  });

  it('every request through a token is audited with the client id', async () => {
    const { tokens } = await codeFlow('openid patient/*.rs');
    await api(tokens.access_token, '/api/measurements');
    const { rows } = await t.db.owner.query(
      `SELECT action, details FROM public.audit_logs
        WHERE event_type = 'OAUTH_ACCESS' AND details ->> 'route' = '/api/measurements' AND details ->> 'user_id' = $1`,
      [patient.id],
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0]).toMatchObject({ action: 'GET', details: { client_id: client.clientId } });
  });

  it('users list the apps they authorized and revoke one', async () => {
    const { tokens } = await codeFlow();
    const list = await api(patient.token, '/api/oauth/authorizations');
    expect(list.status).toBe(200);
    const items = ((await list.json()) as { items: Array<{ grantId: string; clientId: string }> }).items;
    const mine = items.find((i) => i.clientId === client.clientId)!;
    expect(mine).toBeDefined();
    expect(
      (await api(patient.token, `/api/oauth/authorizations/${mine.grantId}`, { method: 'DELETE' })).status,
    ).toBe(204);
    expect((await api(tokens.access_token, '/api/measurements')).status).toBe(401);
    await expectOAuthError(oidc.refreshTokenGrant(config, tokens.refresh_token!), 'invalid_grant');
    // Another user cannot revoke it (it is not theirs): 404.
    const other = await newUser(t.db, org, 'patient');
    expect(
      (await api(other.token, `/api/oauth/authorizations/${mine.grantId}`, { method: 'DELETE' })).status,
    ).toBe(404);
  });
});

describe('bad input gets its RFC error and changes nothing', () => {
  async function authUrl(params: Record<string, string>, cfg = config): Promise<URL> {
    const verifier = oidc.randomPKCECodeVerifier();
    return oidc.buildAuthorizationUrl(cfg, {
      redirect_uri: REDIRECT,
      scope: 'openid patient/*.rs',
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state: 'st',
      ...params,
    });
  }

  it('an unregistered redirect URI: an error page, no redirect', async () => {
    const url = await authUrl({ redirect_uri: 'https://app.example.test/callback/other' });
    const res = await new Browser().follow(url.href);
    expect(res).toBeInstanceOf(Response);
    expect((res as Response).status).toBe(400);
    expect(await (res as Response).text()).toContain('redirect_uri');
  });

  it('a missing or plain PKCE challenge: invalid_request', async () => {
    const before = await tokenRows();
    const url = await authUrl({});
    url.searchParams.delete('code_challenge');
    url.searchParams.delete('code_challenge_method');
    const missing = await new Browser().follow(url.href);
    expect((missing as URL).searchParams.get('error')).toBe('invalid_request');
    const plain = await authUrl({ code_challenge: 'a'.repeat(43), code_challenge_method: 'plain' });
    const res = await new Browser().follow(plain.href);
    expect((res as URL).searchParams.get('error')).toBe('invalid_request');
    expect(await tokenRows()).toBe(before);
  });

  it('a code used twice: invalid_grant, and the tokens issued from it are revoked', async () => {
    const { tokens, callback, verifier } = await codeFlow();
    await expectOAuthError(
      oidc.authorizationCodeGrant(config, callback, {
        pkceCodeVerifier: verifier,
        expectedState: callback.searchParams.get('state')!,
      }),
      'invalid_grant',
    );
    expect((await api(tokens.access_token, '/api/measurements')).status).toBe(401);
    await expectOAuthError(oidc.refreshTokenGrant(config, tokens.refresh_token!), 'invalid_grant');
  });

  it('an expired code: invalid_grant, nothing issued', async () => {
    const verifier = oidc.randomPKCECodeVerifier();
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: REDIRECT,
      scope: 'openid patient/*.rs',
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state: 'st',
    });
    const { callback } = await authorize(new Browser(), url, { token: patient.token });
    await t.db.owner.query(
      `UPDATE public.oauth_provider_artifacts SET expires_at = now() - interval '1 second',
              payload = jsonb_set(payload, '{exp}', to_jsonb(extract(epoch FROM now())::int - 1))
        WHERE model = 'AuthorizationCode'`,
    );
    const before = await tokenRows();
    await expectOAuthError(
      oidc.authorizationCodeGrant(config, callback!, { pkceCodeVerifier: verifier, expectedState: 'st' }),
      'invalid_grant',
    );
    expect(await tokenRows()).toBe(before);
  });

  it("a user of another organization cannot authorize this organization's app: access_denied", async () => {
    const otherOrg = await newOrg(t.db);
    const outsider = await newUser(t.db, otherOrg, 'patient');
    const before = await tokenRows();
    const { callback } = await authorize(new Browser(), await authUrl({}), { token: outsider.token });
    expect(callback?.searchParams.get('error')).toBe('access_denied');
    expect(await tokenRows()).toBe(before);
  });

  it("another client's code: invalid_grant", async () => {
    const otherClient = await newOAuthClient(t.db, org, { redirectUris: [REDIRECT] });
    const cfg = await discover(t.issuer, otherClient.clientId, otherClient.secret);
    const verifier = oidc.randomPKCECodeVerifier();
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: REDIRECT,
      scope: 'openid patient/*.rs',
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state: 'st',
    });
    const { callback } = await authorize(new Browser(), url, { token: patient.token });
    await expectOAuthError(
      oidc.authorizationCodeGrant(cfg, callback!, { pkceCodeVerifier: verifier, expectedState: 'st' }),
      'invalid_grant',
    );
  });
});

describe('signing keys', () => {
  it('are stored sealed, and rotate: the new key signs, the old one stays published', async () => {
    const { rows } = await t.db.owner.query(
      `SELECT payload FROM public.oauth_provider_artifacts WHERE model = 'SigningKey'`,
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.payload.sealed).toMatch(/^v1\./);
      expect(JSON.stringify(r.payload)).not.toContain('"d"');
    }
    const before = await codeFlow('openid patient/*.rs');
    const oldKid = decodeProtectedHeader(before.tokens.id_token!).kid;
    const newKid = await t.app.get(OAuthServer).rotateKeys();
    expect(newKid).not.toBe(oldKid);
    const after = await codeFlow('openid patient/*.rs');
    expect(decodeProtectedHeader(after.tokens.id_token!).kid).toBe(newKid);
    const jwks = (await (await fetch(`${t.issuer}/oauth/jwks`)).json()) as { keys: Array<{ kid: string }> };
    expect(jwks.keys.map((k) => k.kid)).toEqual(expect.arrayContaining([oldKid, newKid]));
    // Tokens issued before the rotation still work.
    expect((await api(before.tokens.access_token, '/api/measurements')).status).toBe(200);
  });
});

describe('purge', () => {
  it('the credential purge job deletes expired OAuth tokens and artifacts, and keeps live ones', async () => {
    const past = new Date(Date.now() - 60_000);
    const expired = await newOAuthAccessToken(t.db, client, { userId: patient.id, expiresAt: past });
    const live = await newOAuthAccessToken(t.db, client, { userId: patient.id });
    await newOAuthArtifact(t.db, { model: 'AuthorizationCode', expiresAt: past });
    const job = t.app.get(CredentialPurgeJob);
    const result = await t.app.get(RlsTransactions).asService('purge-expired-credentials', (m) =>
      job.run({
        job: 'purge-expired-credentials',
        slot: new Date(),
        sql: sqlFor(m.queryRunner!),
        manager: m,
      }),
    );
    expect(result.rows).toBeGreaterThanOrEqual(2);
    const { rows } = await t.db.owner.query(`SELECT id FROM public.oauth_access_tokens WHERE id = ANY($1)`, [
      [expired.id, live.id],
    ]);
    expect(rows.map((r) => r.id)).toEqual([live.id]);
    const { rows: codes } = await t.db.owner.query(
      `SELECT 1 FROM public.oauth_provider_artifacts WHERE expires_at < now()`,
    );
    expect(codes).toEqual([]);
  });
});
