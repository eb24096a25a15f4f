// The development mail transport writes to the log, so what it writes must be safe to read there: the
// recipient, kind and subject of each mail, never its text or data (the links carry verification,
// password-reset and invitation tokens, and anyone holding one takes over the account).
// The app logs at trace, so whatever any level would write is captured; every token the database holds
// (as its SHA-256) is looked for in every 43-character window of the output.
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../src/common/crypto/tokens';
import { createLogger } from '../../src/common/logging/logger';
import { createApp } from '../../src/create-app';
import { createTestDatabase, type TestDb } from '../support/db';

interface Line {
  context?: string;
  msg?: string;
  [key: string]: unknown;
}

const output: string[] = [];
const lines = (): Line[] =>
  output
    .join('')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Line);
const mailLines = () => lines().filter((l) => l.context === 'Mail');

let db: TestDb;
let app: NestFastifyApplication;
let url: string;

beforeAll(async () => {
  db = await createTestDatabase();
  const logger = createLogger('trace', { write: (chunk: string) => output.push(chunk) });
  // No mail transport given: the configured one, MAIL_TRANSPORT=log (the default outside production).
  app = await createApp({ config: { ...db.config, LOG_LEVEL: 'trace' }, appUrl: db.appUrl, logger });
  await app.listen({ port: 0, host: '127.0.0.1' });
  url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
});
afterAll(async () => {
  await app?.close();
  await db?.close();
});

async function post(path: string, body: unknown, token?: string) {
  const res = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, string> };
}

/** Every token the database holds whose text appears anywhere in the log output. */
async function tokensInLog(): Promise<string[]> {
  const { rows } = await db.owner.query<{ token_hash: Buffer }>('SELECT token_hash FROM verification_tokens');
  const hashes = new Set(rows.map((r) => r.token_hash.toString('hex')));
  expect(hashes.size).toBeGreaterThan(0);
  const found = new Set<string>();
  for (const run of output.join('').match(/[A-Za-z0-9_-]{43,}/g) ?? [])
    for (let i = 0; i + 43 <= run.length; i++) {
      const candidate = run.slice(i, i + 43);
      if (hashes.has(sha256(candidate).toString('hex'))) found.add(candidate);
    }
  return [...found];
}

describe('log mail transport', () => {
  it('logs the recipient, kind and subject of verification, reset, invitation and sign-up notice mail, never a token', async () => {
    const signUp = {
      email: 'mail-log@example.test',
      password: 'a long enough password',
      name: 'Ada',
      organizationName: 'Log Mail Clinic',
    };
    expect((await post('/api/auth/sign-up', signUp)).status).toBe(202);
    // The address is registered now: the second sign-up mails its owner a notice.
    expect((await post('/api/auth/sign-up', signUp)).status).toBe(202);
    const admin = await post('/api/auth/sign-in', { email: signUp.email, password: signUp.password });
    expect(admin.status).toBe(200);
    expect((await post('/api/auth/password-reset', { email: 'mail-log@example.test' })).status).toBe(202);
    const invited = await post(
      '/api/organization/members',
      { email: 'mail-invitee@example.test', role: 'provider' },
      admin.body.accessToken,
    );
    expect(invited.status).toBe(201);

    await expect.poll(() => mailLines().length).toBeGreaterThanOrEqual(4);
    expect(mailLines()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ to: 'mail-log@example.test', kind: 'email_verification' }),
        expect.objectContaining({ to: 'mail-log@example.test', kind: 'sign_up_notice' }),
        expect.objectContaining({ to: 'mail-log@example.test', kind: 'password_reset' }),
        expect.objectContaining({ to: 'mail-invitee@example.test', kind: 'invitation' }),
      ]),
    );
    expect(await tokensInLog()).toEqual([]);
    expect(output.join('')).not.toContain('token=');
    for (const line of mailLines()) {
      expect(line.subject).toEqual(expect.any(String));
      expect(line).not.toHaveProperty('text');
      expect(line).not.toHaveProperty('data');
    }
  });
});
