// The app on a port chosen before it starts, so its issuer (PUBLIC_BASE_URL) is the URL clients reach, and a
// small browser stand-in (a cookie jar over fetch) for the authorization and consent redirects.
import { createServer } from 'node:net';
import * as oidc from 'openid-client';
import { createApp } from '../../src/create-app';
import { createTestDatabase, testConfig, type TestDb } from '../support/db';
import { CapturingMailTransport } from '../support/app';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

export interface OAuthTestApp {
  db: TestDb;
  app: NestFastifyApplication;
  issuer: string;
  mail: CapturingMailTransport;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

export async function startOAuthApp(overrides: Record<string, string> = {}): Promise<OAuthTestApp> {
  const port = await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  const db = await createTestDatabase(testConfig({ PUBLIC_BASE_URL: issuer, ...overrides }));
  const mail = new CapturingMailTransport();
  const app = await createApp({ config: db.config, appUrl: db.appUrl, mailTransport: mail });
  await app.listen({ port, host: '127.0.0.1' });
  return {
    db,
    app,
    issuer,
    mail,
    close: async () => {
      await app.close();
      await db.close();
    },
  };
}

/** A browser stand-in: cookies by name (paths ignored: one origin, short flows), redirects followed by hand. */
export class Browser {
  private readonly cookies = new Map<string, string>();
  /** The last same-origin URL reached (the consent page's, when a flow stops there). */
  lastUrl = '';

  async fetch(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set('cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    const res = await fetch(url, { ...init, headers, redirect: 'manual' });
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (value === '' || attrs.some((a) => /expires=thu, 01 jan 1970/i.test(a.trim())))
        this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return res;
  }

  /** Follows redirects on this origin; stops at the first one elsewhere (the app's redirect URI), or a page. */
  async follow(url: string, init: RequestInit = {}): Promise<Response | URL> {
    const origin = new URL(url).origin;
    this.lastUrl = url;
    let res = await this.fetch(url, init);
    for (let hops = 0; hops < 10 && res.status >= 300 && res.status < 400; hops++) {
      const next = new URL(res.headers.get('location')!, url);
      if (next.origin !== origin) return next;
      url = next.href;
      this.lastUrl = url;
      res = await this.fetch(url);
    }
    return res;
  }
}

export interface Approval {
  token?: string;
  email?: string;
  password?: string;
  action?: 'approve' | 'deny';
}

/**
 * Authorization with consent: follows the authorization URL to the consent page and answers it. Answers the
 * URL the provider finally redirects to (the app's callback, with a code or an error), or the page it stopped at.
 */
export async function authorize(
  browser: Browser,
  authUrl: URL,
  approval: Approval,
): Promise<{ callback?: URL; page?: Response; consentPage?: string }> {
  const first = await browser.follow(authUrl.href);
  if (first instanceof URL) return { callback: first };
  if (first.status !== 200 || !browser.lastUrl.includes('/oauth/interaction/')) return { page: first };
  const consentPage = await first.text();
  const body = new URLSearchParams({ action: approval.action ?? 'approve' });
  if (approval.email) body.set('email', approval.email);
  if (approval.password) body.set('password', approval.password);
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
  if (approval.token) headers.authorization = `Bearer ${approval.token}`;
  const done = await browser.follow(browser.lastUrl, { method: 'POST', body: body.toString(), headers });
  return done instanceof URL ? { callback: done, consentPage } : { page: done, consentPage };
}

export async function discover(
  issuer: string,
  clientId: string,
  secret?: string | null,
): Promise<oidc.Configuration> {
  return oidc.discovery(
    new URL(issuer),
    clientId,
    secret ? { client_secret: secret } : undefined,
    secret ? oidc.ClientSecretBasic(secret) : oidc.None(),
    { execute: [oidc.allowInsecureRequests] },
  );
}
