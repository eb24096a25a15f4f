// The consent page's sign-in counts in the same abuse limits as POST /api/auth/sign-in: wrong passwords on
// it are refused with 429 once the per-account limit is reached, and no code is issued.
import * as oidc from 'openid-client';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { newOAuthClient, newOrg, newUser, PASSWORD, type TestUser } from '../support/factories';
import { authorize, Browser, discover, startOAuthApp, type OAuthTestApp } from './oauth-support';

const REDIRECT = 'https://app.example.test/callback';
let t: OAuthTestApp;
let user: TestUser;
let config: oidc.Configuration;

beforeAll(async () => {
  t = await startOAuthApp({ RATE_LIMIT_PER_ACCOUNT: '3' });
  const org = await newOrg(t.db);
  user = await newUser(t.db, org, 'patient');
  const client = await newOAuthClient(t.db, org, { redirectUris: [REDIRECT] });
  config = await discover(t.issuer, client.clientId, client.secret);
}, 60_000);
afterAll(async () => t?.close());

async function attempt(password: string) {
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: REDIRECT,
    scope: 'openid patient/*.rs',
    code_challenge: await oidc.calculatePKCECodeChallenge(oidc.randomPKCECodeVerifier()),
    code_challenge_method: 'S256',
    state: 's',
  });
  return authorize(new Browser(), url, { email: user.email, password });
}

it('wrong passwords on the consent page reach the sign-in limit (429), then even the right one waits', async () => {
  const statuses: number[] = [];
  for (let i = 0; i < 4; i++) statuses.push((await attempt('wrong password')).page!.status);
  expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
  expect(statuses[3]).toBe(429);
  const right = await attempt(PASSWORD);
  expect(right.callback).toBeUndefined();
  expect(right.page?.status).toBe(429);
});
