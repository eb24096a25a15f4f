// The one logger, as the application writes it: every line is JSON, a line written while a request runs
// carries that request's id (Fastify's request log line and Nest's Logger alike, also after a body that
// arrives in many chunks) and, beside it, the client's X-Request-Id if it sent one, and no secret a client sent (password, bearer token, API key, cookie) is written.
// The app logs at trace here, so whatever any level would write is captured.
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/common/logging/logger';
import { createApp } from '../../src/create-app';
import { createTestDatabase, type TestDb } from '../support/db';

interface Line {
  level: number;
  msg?: string;
  reqId?: string;
  context?: string;
  [key: string]: unknown;
}

const output: string[] = [];
const lines = (): Line[] =>
  output
    .join('')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Line);

let db: TestDb;
let app: NestFastifyApplication;
let url: string;

beforeAll(async () => {
  db = await createTestDatabase();
  // nestjs-pino keeps the first root logger of the process for lines outside a request: this file starts one app.
  const logger = createLogger('trace', { write: (chunk: string) => output.push(chunk) });
  // No mail transport given: the development one writes each mail through Nest's Logger, inside the request.
  app = await createApp({ config: { ...db.config, LOG_LEVEL: 'trace' }, appUrl: db.appUrl, logger });
  await app.listen({ port: 0, host: '127.0.0.1' });
  url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
});
afterAll(async () => {
  await app?.close();
  await db?.close();
});

const PASSWORD = 'pw-never-logged-5d1c2f';

describe('logging', () => {
  it('writes JSON lines only, the boot lines included', () => {
    expect(output.length).toBeGreaterThan(0);
    expect(() => lines()).not.toThrow();
    expect(lines().some((l) => l.context === 'NestApplication')).toBe(true);
  });

  it('puts the request id on the request line and on Nest logger lines written during the request', async () => {
    const body = {
      email: 'log@example.test',
      password: PASSWORD,
      name: 'Ada',
      organizationName: 'Log Clinic',
    };
    // JSON whitespace makes the body arrive in many chunks, after the request-id binding has run.
    const raw = JSON.stringify(body).replace('{', `{${' '.repeat(512 * 1024)}`);
    const res = await fetch(`${url}/api/auth/sign-up`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'log-test-sign-up' },
      body: raw,
    });
    expect(res.status).toBe(202);
    // The id is the server's own; the client's is written beside it.
    const reqId = res.headers.get('x-request-id')!;
    expect(reqId).toMatch(/^[0-9a-f-]{36}$/);

    await expect.poll(() => lines().filter((l) => l.reqId === reqId).length).toBeGreaterThan(1);
    const mine = lines().filter((l) => l.reqId === reqId);
    expect(mine).toContainEqual(expect.objectContaining({ msg: 'request', status: 202, method: 'POST' }));
    expect(mine).toContainEqual(
      expect.objectContaining({ context: 'Mail', msg: 'mail (development transport)' }),
    );
    for (const l of mine) expect(l.clientRequestId).toBe('log-test-sign-up');
    // Nothing from that request was written without its id.
    expect(lines().filter((l) => l.context === 'Mail' && l.reqId !== reqId)).toEqual([]);

    // Sign-up answers no tokens: the tokens whose absence from the log is checked come from signing in.
    const signIn = await fetch(`${url}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: body.email, password: PASSWORD }),
    });
    expect(signIn.status).toBe(200);
    const tokens = (await signIn.json()) as { accessToken: string; refreshToken: string };

    const me = await fetch(`${url}/api/me`, {
      headers: {
        authorization: `Bearer ${tokens.accessToken}`,
        'x-api-key': 'cb_never-logged-key-7e2a',
        cookie: 'session=never-logged-cookie-91b3',
        'x-request-id': 'log-test-me',
      },
    });
    expect(me.status).toBe(200);
    const meId = me.headers.get('x-request-id');
    await expect
      .poll(() => lines().some((l) => l.reqId === meId && l.clientRequestId === 'log-test-me'))
      .toBe(true);

    const written = output.join('');
    for (const secret of [
      PASSWORD,
      tokens.accessToken,
      tokens.refreshToken,
      'never-logged-key-7e2a',
      'never-logged-cookie-91b3',
    ])
      expect(written).not.toContain(secret);
  });

  it('redacts secrets a log call passes, in request headers and in objects', () => {
    const before = output.length;
    const logger = app.getHttpAdapter().getInstance().log;
    logger.warn(
      {
        req: {
          headers: {
            authorization: 'Bearer hdr-secret-1',
            'x-api-key': 'hdr-secret-2',
            cookie: 'c=hdr-secret-3',
          },
        },
        password: 'obj-secret-1',
        body: { refreshToken: 'obj-secret-2', token: 'obj-secret-3', newPassword: 'obj-secret-4' },
        JWT_SECRET: 'obj-secret-5',
        email: 'kept@example.test',
      },
      'redaction probe',
    );
    const written = output.slice(before).join('');
    expect(written).toContain('redaction probe');
    expect(written).toContain('kept@example.test');
    expect(written).toContain('[redacted]');
    expect(written).not.toMatch(/hdr-secret|obj-secret/);
  });

  it('writes nothing at LOG_LEVEL=silent', () => {
    const quiet: string[] = [];
    const logger = createLogger('silent', { write: (chunk: string) => quiet.push(chunk) });
    logger.fatal('not written');
    logger.error({ password: 'x' }, 'not written');
    expect(quiet).toEqual([]);
  });
});
