// The account behind a grant is looked up on every refresh: a disabled user, or a member removed from the
// client's organization, gets no new tokens (invalid_grant).
import * as oidc from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newOAuthClient, newOrg, newUser, type TestOrg } from '../support/factories';
import { authorize, Browser, discover, startOAuthApp, type OAuthTestApp } from './oauth-support';

const REDIRECT = 'https://app.example.test/callback';
let t: OAuthTestApp;
let org: TestOrg;
let config: oidc.Configuration;

async function codeFlow(token: string) {
  const verifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: REDIRECT,
    scope: 'openid offline_access patient/*.rs',
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
  });
  const { callback } = await authorize(new Browser(), url, { token });
  expect(callback?.searchParams.get('error'), callback?.search).toBeNull();
  return oidc.authorizationCodeGrant(config, callback!, { pkceCodeVerifier: verifier, expectedState: state });
}

async function refreshError(refreshToken: string): Promise<string> {
  return oidc.refreshTokenGrant(config, refreshToken).then(
    () => 'ok',
    (err: unknown) => {
      const e = err as { error?: string; cause?: Array<{ parameters?: { error?: string } }> };
      return e.error ?? (Array.isArray(e.cause) ? e.cause[0]?.parameters?.error : undefined) ?? String(err);
    },
  );
}

beforeAll(async () => {
  t = await startOAuthApp();
  org = await newOrg(t.db);
  const client = await newOAuthClient(t.db, org, {
    redirectUris: [REDIRECT],
    scopes: ['openid', 'offline_access', 'patient/*.rs'],
  });
  config = await discover(t.issuer, client.clientId, client.secret);
}, 60_000);
afterAll(async () => t?.close());

describe('the account behind a refresh token', () => {
  it('a live member refreshes', async () => {
    const user = await newUser(t.db, org, 'patient');
    const tokens = await codeFlow(user.token);
    expect((await oidc.refreshTokenGrant(config, tokens.refresh_token!)).access_token).toBeTruthy();
  });

  it('a disabled user: invalid_grant', async () => {
    const user = await newUser(t.db, org, 'patient');
    const tokens = await codeFlow(user.token);
    await t.db.owner.query(`UPDATE public.users SET disabled_at = now() WHERE id = $1`, [user.id]);
    expect(await refreshError(tokens.refresh_token!)).toContain('invalid_grant');
  });

  it('a member removed from the organization: invalid_grant', async () => {
    const user = await newUser(t.db, org, 'patient');
    const tokens = await codeFlow(user.token);
    await t.db.owner.query(`DELETE FROM public.users_roles WHERE user_id = $1 AND org_id = $2`, [
      user.id,
      org.id,
    ]);
    expect(await refreshError(tokens.refresh_token!)).toContain('invalid_grant');
  });

  it("a password reset ends the apps' access and refresh tokens", async () => {
    const user = await newUser(t.db, org, 'patient');
    const tokens = await codeFlow(user.token);
    const post = (path: string, body: unknown) =>
      fetch(`${t.issuer}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect((await post('/api/auth/password-reset', { email: user.email })).status).toBe(202);
    const token = await t.mail.tokenFor(user.email, 'password_reset');
    const reset = await post('/api/auth/password-reset/confirm', {
      token,
      password: 'another long password',
    });
    expect(reset.status).toBe(200);
    // Revoked right after the reset commits (an after-commit task): wait for it, briefly.
    const me = () =>
      fetch(`${t.issuer}/api/measurements`, { headers: { authorization: `Bearer ${tokens.access_token}` } });
    await expect.poll(async () => (await me()).status, { timeout: 3000 }).toBe(401);
    expect((await oidc.tokenIntrospection(config, tokens.access_token)).active).toBe(false);
    expect(await refreshError(tokens.refresh_token!)).toContain('invalid_grant');
  });
});
