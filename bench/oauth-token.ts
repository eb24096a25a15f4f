// OAuth benchmark (issue 13): the token endpoint's throughput (client credentials: client authentication
// against the stored secret digest, a token row and its audit row written), and what an OAuth access token
// adds to an API request against a first-party access token, on the same read (GET /api/measurements?limit=20
// as a patient: RLS, one page). A first-party token is verified locally (HMAC, cached) and its session checked
// inside the request's transaction; an OAuth token is looked up by hash (and the request audited) in a short
// transaction of its own before it. autocannon runs in this process, beside the server: figures are for
// comparing the two, on the same machine, one run after the other.
// Also the median latency one request at a time, the two tokens alternating (less sensitive to a busy machine).
// Run: npm run bench:oauth (BENCH_SECONDS=5, BENCH_CONNECTIONS=16, BENCH_SERIAL=300 by default).
import autocannon from 'autocannon';
import * as oidc from 'openid-client';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { newMeasurement, newOAuthClient, newOrg, newUser, type TestUser } from '../test/support/factories';
import { authorize, Browser, discover, startOAuthApp, type OAuthTestApp } from '../test/oauth/oauth-support';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const SERIAL = Number(process.env.BENCH_SERIAL ?? 300);
const REDIRECT = 'https://bench.example.test/callback';
let t: OAuthTestApp;
let patient: TestUser;
let basic = '';
let oauthToken = '';

beforeAll(async () => {
  t = await startOAuthApp({ LOG_LEVEL: 'silent' });
  const org = await newOrg(t.db, 'OAuth bench');
  patient = await newUser(t.db, org, 'patient');
  for (let i = 0; i < 50; i++) await newMeasurement(t.db, patient, { value: String(60 + i) });
  const machine = await newOAuthClient(t.db, org, {
    grantTypes: ['client_credentials'],
    redirectUris: [],
    scopes: ['system/*.rs'],
  });
  basic = `Basic ${Buffer.from(`${machine.clientId}:${machine.secret}`).toString('base64')}`;
  const app = await newOAuthClient(t.db, org, { redirectUris: [REDIRECT] });
  const config = await discover(t.issuer, app.clientId, app.secret);
  const verifier = oidc.randomPKCECodeVerifier();
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: REDIRECT,
    scope: 'openid patient/*.rs',
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state: 's',
  });
  const { callback } = await authorize(new Browser(), url, { token: patient.token });
  oauthToken = (
    await oidc.authorizationCodeGrant(config, callback!, { pkceCodeVerifier: verifier, expectedState: 's' })
  ).access_token;
}, 120_000);
afterAll(async () => t?.close());

async function load(opts: autocannon.Options): Promise<autocannon.Result> {
  // A short warm-up, then the measured run.
  await autocannon({ ...opts, duration: 1 });
  return autocannon({ connections: CONNECTIONS, duration: SECONDS, ...opts });
}

function line(name: string, r: autocannon.Result): string {
  return `${name.padEnd(34)} ${r.requests.average.toFixed(0).padStart(6)} req/s  p50 ${r.latency.p50} ms  p99 ${r.latency.p99} ms  non-2xx ${r.non2xx}`;
}

it('token endpoint req/s and the added cost of an OAuth token per API request', async () => {
  const token = await load({
    url: `${t.issuer}/oauth/token`,
    method: 'POST',
    headers: { authorization: basic, 'content-type': 'application/x-www-form-urlencoded' },
    body: 'grant_type=client_credentials&scope=system%2F*.rs',
  });
  const path = '/api/measurements?limit=20';
  const firstParty = await load({
    url: `${t.issuer}${path}`,
    headers: { authorization: `Bearer ${patient.token}` },
  });
  const viaOAuth = await load({
    url: `${t.issuer}${path}`,
    headers: { authorization: `Bearer ${oauthToken}` },
  });
  const cost = (1000 / viaOAuth.requests.average - 1000 / firstParty.requests.average).toFixed(3);
  // One request at a time, the two tokens alternating so both see the same machine: median latency each.
  const serial = { first: [] as number[], oauth: [] as number[] };
  for (let i = 0; i < SERIAL; i++)
    for (const [key, bearer] of [
      ['first', patient.token],
      ['oauth', oauthToken],
    ] as const) {
      const started = performance.now();
      const res = await fetch(`${t.issuer}${path}`, { headers: { authorization: `Bearer ${bearer}` } });
      await res.arrayBuffer();
      serial[key].push(performance.now() - started);
    }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const out = [
    `OAuth bench: ${CONNECTIONS} connections, ${SECONDS} s per run, autocannon in the server's process`,
    line('POST /oauth/token (client creds)', token),
    line(`GET ${path} first-party`, firstParty),
    line(`GET ${path} OAuth`, viaOAuth),
    `added per API request at saturation: ${cost} ms of server time (1/rps difference); p50 ${viaOAuth.latency.p50 - firstParty.latency.p50} ms`,
    `one at a time, alternating, ${SERIAL} each: median first-party ${median(serial.first).toFixed(2)} ms, OAuth ${median(serial.oauth).toFixed(2)} ms, added ${(median(serial.oauth) - median(serial.first)).toFixed(2)} ms`,
  ];
  process.stdout.write(`${out.join('\n')}\n`);
  expect(token.non2xx).toBe(0);
  expect(firstParty.non2xx).toBe(0);
  expect(viaOAuth.non2xx).toBe(0);
});
