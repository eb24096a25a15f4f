// The SMART on FHIR flow end to end, driven by SMART's own JavaScript client (fhirclient, its Node entry) in a
// small app server: discovery through /.well-known/smart-configuration, authorize with PKCE (S256 required)
// and consent, the token (with the patient in context), an API call, a refresh; then revocation
// (openid-client, as fhirclient has none) ends the API access.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import * as oidc from 'openid-client';
import smart from 'fhirclient';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { newOAuthClient, newOrg, newUser, type TestUser } from '../support/factories';
import { authorize, Browser, discover, startOAuthApp, type OAuthTestApp } from './oauth-support';

let t: OAuthTestApp;
let app: Server;
let appUrl = '';
let patient: TestUser;
let clientId = '';
const store = new Map<string, unknown>();
const storage = {
  get: async (key: string) => store.get(key),
  set: async (key: string, value: unknown) => void store.set(key, value),
  unset: async (key: string) => store.delete(key),
};
let outcome: Record<string, unknown> = {};

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const path = new URL(req.url!, appUrl).pathname;
  if (path === '/launch') {
    await smart(req, res, storage as never).authorize({
      iss: t.issuer,
      clientId,
      scope: 'openid fhirUser launch/patient patient/*.rs offline_access',
      redirectUri: `${appUrl}/callback`,
      pkceMode: 'required',
    });
    return;
  }
  if (path === '/callback') {
    const client = await smart(req, res, storage as never).ready();
    const me = await client.request<{ items: unknown[] }>('api/measurements');
    const first = client.state.tokenResponse!;
    // A public client names itself when refreshing: fhirclient's option for it, which its Node entry
    // does not take as an argument.
    (client.environment as unknown as { options: Record<string, unknown> }).options.refreshTokenWithClientId =
      true;
    await client.refresh();
    const again = await client.request<{ items: unknown[] }>('api/measurements');
    outcome = { me, again, first, refreshed: client.state.tokenResponse, patient: client.patient.id };
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true }));
    return;
  }
  res.writeHead(404).end();
}

beforeAll(async () => {
  t = await startOAuthApp();
  app = createServer((req, res) =>
    handle(req, res).catch((err: Error) => {
      outcome = { error: err.message };
      res.writeHead(500).end(err.message);
    }),
  );
  await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve));
  appUrl = `http://127.0.0.1:${(app.address() as { port: number }).port}`;
  const org = await newOrg(t.db);
  patient = await newUser(t.db, org, 'patient');
  const client = await newOAuthClient(t.db, org, {
    clientType: 'public',
    name: 'SMART companion',
    redirectUris: [`${appUrl}/callback`],
    scopes: ['openid', 'fhirUser', 'launch/patient', 'patient/*.rs', 'offline_access'],
  });
  clientId = client.clientId;
}, 60_000);
afterAll(async () => {
  app?.close();
  await t?.close();
});

it('SMART discovery, authorize with consent, token, API call, refresh, revoke', async () => {
  const conf = (await (await fetch(`${t.issuer}/.well-known/smart-configuration`)).json()) as Record<
    string,
    unknown
  >;
  expect(conf.code_challenge_methods_supported).toEqual(['S256']);
  expect(conf.capabilities).toContain('launch-standalone');

  const launch = await fetch(`${appUrl}/launch`, { redirect: 'manual' });
  expect(launch.status).toBe(302);
  const authUrl = new URL(launch.headers.get('location')!);
  expect(authUrl.origin + authUrl.pathname).toBe(`${t.issuer}/oauth/authorize`);
  expect(authUrl.searchParams.get('code_challenge_method')).toBe('S256');

  const { callback } = await authorize(new Browser(), authUrl, { token: patient.token });
  expect(callback?.searchParams.get('code')).toBeTruthy();
  const done = await fetch(callback!.href);
  expect(outcome.error).toBeUndefined();
  expect(done.status).toBe(200);

  const first = outcome.first as Record<string, string>;
  const refreshed = outcome.refreshed as Record<string, string>;
  expect(first.patient).toBe(patient.id);
  expect(outcome.patient).toBe(patient.id);
  expect((outcome.me as { items: unknown[] }).items).toEqual([]);
  expect((outcome.again as { items: unknown[] }).items).toEqual([]);
  expect(refreshed.access_token).not.toBe(first.access_token);
  expect(refreshed.refresh_token).not.toBe(first.refresh_token);

  // Revocation (RFC 7009) by the public client: the API refuses the token from then on.
  const rp = await discover(t.issuer, clientId);
  await oidc.tokenRevocation(rp, refreshed.access_token);
  const after = await fetch(`${t.issuer}/api/measurements`, {
    headers: { authorization: `Bearer ${refreshed.access_token}` },
  });
  expect(after.status).toBe(401);
});
