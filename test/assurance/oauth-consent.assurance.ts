// The OAuth consent page in a real browser (Debian's Chromium, headless, playwright-core): the app's
// authorization URL (openid-client, PKCE) opens the server-rendered consent page, which names the app and the
// scopes; the user signs in on it and approves, the browser is redirected to the app's registered redirect URI
// with a code (a local page stands for the app), and the code is exchanged for tokens the API accepts. A
// second run denies and gets access_denied. Screenshot: test-artifacts/oauth-consent.png.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import * as oidc from 'openid-client';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { newOAuthClient, newOrg, newUser, PASSWORD, type TestUser } from '../support/factories';
import { discover, startOAuthApp, type OAuthTestApp } from '../oauth/oauth-support';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const haveBrowser = existsSync(CHROMIUM);
if (!haveBrowser)
  process.stdout.write(`oauth consent: SKIPPED, no browser at ${CHROMIUM} (apt-get install -y chromium)\n`);

let REDIRECT = '';
let appServer: Server | undefined;
let t: OAuthTestApp;
let user: TestUser;
let config: oidc.Configuration;
let profile: string;
let context: BrowserContext | undefined;

beforeAll(async () => {
  if (!haveBrowser) return;
  // The app: a page on another local port that its redirect URI names.
  appServer = createServer((_req, res) =>
    res.writeHead(200, { 'content-type': 'text/html' }).end('<p>app</p>'),
  );
  await new Promise<void>((resolve) => appServer!.listen(0, '127.0.0.1', resolve));
  REDIRECT = `http://127.0.0.1:${(appServer.address() as { port: number }).port}/callback`;
  t = await startOAuthApp();
  const org = await newOrg(t.db, 'Consent Clinic');
  user = await newUser(t.db, org, 'patient');
  const client = await newOAuthClient(t.db, org, { name: 'Step Counter', redirectUris: [REDIRECT] });
  config = await discover(t.issuer, client.clientId, client.secret);
  profile = mkdtempSync(path.join(os.tmpdir(), 'carebase-chromium-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
    ],
  });
});
afterAll(async () => {
  await context?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
  await t?.close();
  appServer?.close();
});

async function openConsent(): Promise<{ url: URL; verifier: string; state: string }> {
  const verifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: REDIRECT,
    scope: 'openid offline_access patient/*.rs',
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
  });
  return { url, verifier, state };
}

it.skipIf(!haveBrowser)(
  'a signed-in user approves the scopes on the consent page; the app gets a code it exchanges',
  async () => {
    const page = await context!.newPage();
    const cspViolations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
    });
    const { url, verifier, state } = await openConsent();
    await page.goto(url.href, { waitUntil: 'load' });
    expect(page.url()).toContain('/oauth/interaction/');
    await expect(page.locator('h1').innerText()).resolves.toContain('Step Counter');
    const scopes = await page
      .locator('#scopes li')
      .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-scope')));
    expect(scopes).toEqual(['openid', 'offline_access', 'patient/*.rs']);
    await expect(page.locator('#scopes').innerText()).resolves.toContain(
      'Read all of your own health records.',
    );
    await page.locator('input[name=email]').fill(user.email);
    await page.locator('input[name=password]').fill(PASSWORD);
    mkdirSync('test-artifacts', { recursive: true });
    await page.screenshot({ path: path.join('test-artifacts', 'oauth-consent.png') });
    const landed = page.waitForURL((u) => u.href.startsWith(REDIRECT), { timeout: 20_000 });
    await page.locator('#approve').click();
    await landed;
    const callback = new URL(page.url());
    expect(callback.searchParams.get('error')).toBeNull();
    expect(callback.searchParams.get('code')).toBeTruthy();
    const tokens = await oidc.authorizationCodeGrant(config, callback, {
      pkceCodeVerifier: verifier,
      expectedState: state,
    });
    // A health-data route the granted patient/*.rs scope reaches (account routes such as /api/me are
    // first-party only).
    const read = await fetch(`${t.issuer}/api/measurements`, {
      headers: { authorization: `Bearer ${tokens.access_token}` },
    });
    expect(read.status).toBe(200);
    expect(cspViolations).toEqual([]);
    process.stdout.write('oauth consent: approved in Chromium, code exchanged, /api/measurements 200\n');
    await page.close();
  },
  90_000,
);

it.skipIf(!haveBrowser)(
  'denying on the consent page sends the app access_denied',
  async () => {
    const page = await context!.newPage();
    const { url } = await openConsent();
    await page.goto(url.href, { waitUntil: 'load' });
    const landed = page.waitForURL((u) => u.href.startsWith(REDIRECT), { timeout: 20_000 });
    await page.locator('#deny').click();
    await landed;
    expect(new URL(page.url()).searchParams.get('error')).toBe('access_denied');
    await page.close();
  },
  90_000,
);
