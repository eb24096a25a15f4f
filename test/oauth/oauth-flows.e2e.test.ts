// The authorization server driven by a certified relying-party library (openid-client): discovery, the
// authorization code flow with PKCE and consent, refresh rotation with reuse detection, revocation,
// introspection, client credentials; and the API reached with the tokens it issues.
import * as oidc from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newOAuthClient, newOrg, newUser, type TestOrg, type TestUser } from '../support/factories';
import { authorize, Browser, discover, startOAuthApp, type OAuthTestApp } from './oauth-support';

const REDIRECT = 'https://app.example.test/callback';
let t: OAuthTestApp;
let org: TestOrg;
let patient: TestUser;
let client: Awaited<ReturnType<typeof newOAuthClient>>;
let config: oidc.Configuration;

async function codeFlow(scope = 'openid offline_access patient/*.rs') {
  const verifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: REDIRECT,
    scope,
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
  });
  const { callback } = await authorize(new Browser(), url, { token: patient.token });
  expect(callback?.searchParams.get('error'), callback?.search).toBeNull();
  const tokens = await oidc.authorizationCodeGrant(config, callback!, {
    pkceCodeVerifier: verifier,
    expectedState: state,
  });
  return { tokens, callback: callback!, verifier };
}

beforeAll(async () => {
  t = await startOAuthApp();
  org = await newOrg(t.db);
  patient = await newUser(t.db, org, 'patient');
  client = await newOAuthClient(t.db, org, { redirectUris: [REDIRECT] });
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
    const me = await fetch(`${t.issuer}/api/me`, {
      headers: { authorization: `Bearer ${tokens.access_token}` },
    });
    expect(me.status).toBe(200);
  });
});
