// Swagger UI in a real browser: Debian's Chromium, headless, driven by playwright-core. Opens /docs,
// authorizes with a bearer token through the Authorize dialog, runs GET /api/me with "Try it out" and
// expects the live response to be a 200 with the caller's email. A screenshot is saved to
// test-artifacts/swagger-ui.png. .ci/run installs chromium; the test skips (saying so) only without it.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startApp, type TestApp } from '../support/app';
import { createTestDatabase, type TestDb } from '../support/db';
import { newOrg, newUser, type TestUser } from '../support/factories';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const haveBrowser = existsSync(CHROMIUM);
if (!haveBrowser)
  process.stdout.write(
    `swagger ui: SKIPPED, no browser at ${CHROMIUM} (install it with: apt-get install -y chromium; .ci/run does so as root)\n`,
  );

let db: TestDb;
let api: TestApp;
let user: TestUser;
let profile: string;
let context: BrowserContext | undefined;

beforeAll(async () => {
  if (!haveBrowser) return;
  db = await createTestDatabase();
  api = await startApp(db);
  user = await newUser(db, await newOrg(db), 'admin');
  profile = mkdtempSync(path.join(os.tmpdir(), 'carebase-chromium-'));
});
afterAll(async () => {
  await context?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
  await api?.close();
  await db?.close();
});

it.skipIf(!haveBrowser)(
  'authorizes and runs GET /api/me from the Swagger UI in Chromium',
  async () => {
    const started = Date.now();
    // A fresh profile folder each run (launchPersistentContext passes it as --user-data-dir).
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      viewport: { width: 1280, height: 1400 },
    });
    const page = context.pages()[0] ?? (await context.newPage());
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    // The security headers' Content-Security-Policy must let the page load everything it uses.
    const cspViolations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
    });

    await page.goto(`${api.url}/docs`, { waitUntil: 'load' });
    await page.locator('.swagger-ui .information-container').waitFor({ timeout: 20_000 });
    await expect(page.locator('.swagger-ui .info .title').first().innerText()).resolves.toContain(
      'Carebase API',
    );

    // Authorize: the bearer scheme's field in the dialog, then close it.
    await page.locator('button.authorize').first().click();
    const bearer = page.locator('.auth-container').filter({ hasText: 'bearer' }).first();
    await bearer.locator('input').first().fill(user.token);
    await bearer.locator('button.authorize').click();
    await expect(bearer.getByText('Authorized').first().isVisible()).resolves.toBe(true);
    await page.locator('.dialog-ux button.btn-done, .dialog-ux .close-modal').first().click();

    // GET /api/me: expand, try it out, execute.
    const op = page.locator('.opblock.opblock-get').filter({
      has: page.locator('.opblock-summary-path[data-path="/api/me"]'),
    });
    await op.locator('.opblock-summary').first().click();
    await op.locator('button.try-out__btn').click();
    await op.locator('button.execute').click();
    const live = op.locator('.live-responses-table .response .response-col_status').first();
    await live.waitFor({ timeout: 20_000 });
    const status = (await live.innerText()).trim();
    const responseBody = await op
      .locator('.live-responses-table .response-col_description pre')
      .first()
      .innerText();
    await op.scrollIntoViewIfNeeded();

    mkdirSync('test-artifacts', { recursive: true });
    const shot = path.join('test-artifacts', 'swagger-ui.png');
    await page.screenshot({ path: shot, fullPage: false });
    process.stdout.write(
      `swagger ui: GET /api/me from the Swagger UI in Chromium answered ${status} in ${Date.now() - started} ms; screenshot ${shot}\n`,
    );
    expect(status).toBe('200');
    expect(responseBody).toContain(user.email);
    expect(pageErrors).toEqual([]);
    expect(cspViolations).toEqual([]);
  },
  90_000,
);
