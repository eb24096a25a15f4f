// Concurrent redemption of one refresh token or one code: oidc-provider reads, checks `consumed`, then
// consumes, so only the adapter's conditional consume can tell a lost race. At most one request succeeds, and
// the loser revokes the grant as reuse detection would.
import * as oidc from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newOAuthClient, newOrg, newUser, type TestOrg, type TestUser } from '../support/factories';
import { authorize, Browser, discover, startOAuthApp, type OAuthTestApp } from './oauth-support';

const REDIRECT = 'https://app.example.test/callback';
const ROUNDS = 4;
let t: OAuthTestApp;
let org: TestOrg;
let patient: TestUser;
let config: oidc.Configuration;

async function authorizeCode() {
  const verifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: REDIRECT,
    scope: 'openid offline_access patient/*.rs',
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
  });
  const { callback } = await authorize(new Browser(), url, { token: patient.token });
  expect(callback?.searchParams.get('error'), callback?.search).toBeNull();
  return { callback: callback!, verifier, state };
}

async function redeem(c: Awaited<ReturnType<typeof authorizeCode>>) {
  return oidc.authorizationCodeGrant(config, c.callback, {
    pkceCodeVerifier: c.verifier,
    expectedState: c.state,
  });
}

const api = (token: string) =>
  fetch(`${t.issuer}/api/measurements`, { headers: { authorization: `Bearer ${token}` } });

function oauthError(err: unknown): string {
  const e = err as { error?: string; cause?: Array<{ parameters?: { error?: string } }> };
  return e.error ?? (Array.isArray(e.cause) ? e.cause[0]?.parameters?.error : undefined) ?? String(err);
}

/** Every token the outcomes carry no longer works: introspection inactive, the API refuses, refresh fails. */
async function expectAllDead(outcomes: PromiseSettledResult<oidc.TokenEndpointResponse>[]) {
  for (const o of outcomes) {
    if (o.status !== 'fulfilled') continue;
    expect((await oidc.tokenIntrospection(config, o.value.access_token)).active).toBe(false);
    expect((await api(o.value.access_token)).status).toBe(401);
    if (o.value.refresh_token) {
      const again = await oidc.refreshTokenGrant(config, o.value.refresh_token).then(
        () => 'ok',
        (e: unknown) => oauthError(e),
      );
      expect(again).toContain('invalid_grant');
    }
  }
}

beforeAll(async () => {
  t = await startOAuthApp();
  org = await newOrg(t.db);
  patient = await newUser(t.db, org, 'patient');
  const client = await newOAuthClient(t.db, org, {
    redirectUris: [REDIRECT],
    scopes: ['openid', 'offline_access', 'patient/*.rs'],
  });
  config = await discover(t.issuer, client.clientId, client.secret);
}, 60_000);
afterAll(async () => t?.close());

describe('concurrent redemption', () => {
  it('one refresh token sent twice at once: at most one succeeds, and the grant is revoked', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const tokens = await redeem(await authorizeCode());
      const outcomes = await Promise.allSettled([
        oidc.refreshTokenGrant(config, tokens.refresh_token!),
        oidc.refreshTokenGrant(config, tokens.refresh_token!),
      ]);
      expect(outcomes.filter((o) => o.status === 'fulfilled').length).toBeLessThanOrEqual(1);
      for (const o of outcomes)
        if (o.status === 'rejected') expect(oauthError(o.reason)).toContain('invalid_grant');
      expect((await api(tokens.access_token)).status).toBe(401);
      await expectAllDead(outcomes);
    }
  });

  it('one code redeemed twice at once: at most one succeeds, and the grant is revoked', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const code = await authorizeCode();
      const outcomes = await Promise.allSettled([redeem(code), redeem(code)]);
      expect(outcomes.filter((o) => o.status === 'fulfilled').length).toBeLessThanOrEqual(1);
      for (const o of outcomes)
        if (o.status === 'rejected') expect(oauthError(o.reason)).toContain('invalid_grant');
      await expectAllDead(outcomes);
    }
  });
});
