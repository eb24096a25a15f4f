// Mail through the real SMTP transport, configured as in production (MAIL_TRANSPORT=smtp, SMTP_URL with
// credentials, MAIL_FROM), to a local SMTP sink this file starts: sign-up and password-reset mail arrive with
// working tokens, and the log, written at trace, holds neither a token nor the SMTP password.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/common/logging/logger';
import { SmtpMailTransport, smtpOptions } from '../../src/common/mail/smtp-mail.transport';
import { startApp, type TestApp } from '../support/app';
import { createTestDatabase, testConfig, type TestDb } from '../support/db';
import { startSmtpSink, type SmtpSink } from './smtp-sink';

const output: string[] = [];
const log = () => output.join('');
const TOKEN = /token=([A-Za-z0-9_-]{43})/;

let sink: SmtpSink;
let db: TestDb;
let api: TestApp;

beforeAll(async () => {
  sink = await startSmtpSink();
  db = await createTestDatabase(
    testConfig({
      LOG_LEVEL: 'trace',
      MAIL_TRANSPORT: 'smtp',
      SMTP_URL: `smtp://${sink.user}:${sink.pass}@127.0.0.1:${sink.port}`,
      MAIL_FROM: 'Carebase <no-reply@carebase.test>',
    }),
  );
  const logger = createLogger('trace', { write: (chunk: string) => output.push(chunk) });
  api = await startApp(db, { mail: 'configured', logger });
});
afterAll(async () => {
  await api?.close();
  await db?.close();
  await sink?.close();
});

describe('SMTP mail transport', () => {
  const email = 'smtp-user@example.test';
  const tokens: string[] = [];

  it('delivers the verification mail of a sign-up, from MAIL_FROM, after logging in to the server', async () => {
    const signUp = await api.request('POST', '/api/auth/sign-up', {
      body: { email, password: 'a long enough password', name: 'Ada', organizationName: 'SMTP Clinic' },
    });
    expect(signUp.status).toBe(202);
    expect(signUp.body).toEqual({ accepted: true });
    const mail = await sink.waitFor(email, /verify-email\?token=/);
    expect(mail).toMatchObject({
      user: sink.user,
      envelopeFrom: 'no-reply@carebase.test',
      envelopeTo: [email],
    });
    expect(mail.headers).toMatch(/^From: Carebase <no-reply@carebase\.test>$/m);
    expect(mail.headers).toMatch(/^Subject: Confirm your email address$/m);
    const token = TOKEN.exec(mail.text)![1];
    tokens.push(token);
    expect(api.mail.sent).toEqual([]); // the configured transport, not the capturing one

    expect((await api.request('POST', '/api/auth/verify-email', { body: { token } })).status).toBe(200);
    const signIn = await api.request('POST', '/api/auth/sign-in', {
      body: { email, password: 'a long enough password' },
    });
    expect(signIn.status).toBe(200);
    const me = await api.request('GET', '/api/me', { token: signIn.body.accessToken });
    expect(me.body.emailVerified).toBe(true);
  });

  it('delivers a notice without a token when someone signs up with a registered address', async () => {
    const again = await api.request('POST', '/api/auth/sign-up', {
      body: { email, password: 'not the owner password', name: 'Eve', organizationName: 'Other Clinic' },
    });
    expect(again.status).toBe(202);
    expect(again.body).toEqual({ accepted: true });
    const mail = await sink.waitFor(email, /tried to create a Carebase account/);
    expect(mail.headers).toMatch(/^Subject: Someone tried to sign up with your address$/m);
    expect(mail.text).not.toMatch(/token=/);
  });

  it('delivers a password-reset token that resets the password', async () => {
    expect((await api.request('POST', '/api/auth/password-reset', { body: { email } })).status).toBe(202);
    const mail = await sink.waitFor(email, /reset-password\?token=/);
    const token = TOKEN.exec(mail.text)![1];
    tokens.push(token);
    const confirm = await api.request('POST', '/api/auth/password-reset/confirm', {
      body: { token, password: 'another long password' },
    });
    expect(confirm.status).toBe(200);
    const signIn = await api.request('POST', '/api/auth/sign-in', {
      body: { email, password: 'another long password' },
    });
    expect(signIn.status).toBe(200);
  });

  it('writes no token and no SMTP credential to the log', async () => {
    expect(tokens).toHaveLength(2);
    expect(log()).toContain('"msg":"request"'); // the capture works: requests were logged
    for (const token of tokens) expect(log()).not.toContain(token);
    expect(log()).not.toContain('token=');
    expect(log()).not.toContain(sink.pass);
  });

  it('reports a refused delivery by kind and reason, without the message', async () => {
    const transport = new SmtpMailTransport(
      `smtp://${sink.user}:wrong-password@127.0.0.1:${sink.port}`,
      'no-reply@carebase.test',
    );
    const secret = 'x'.repeat(43);
    const failure = transport.deliver({
      to: 'someone@example.test',
      subject: 'Reset your password',
      kind: 'password_reset',
      text: `Open http://localhost:3000/reset-password?token=${secret}`,
      data: { token: secret },
    });
    await expect(failure).rejects.toThrow(/^SMTP delivery of a password_reset mail failed: .*Invalid login/);
    await failure.catch((err: Error) => expect(err.message).not.toContain(secret));
    transport.onModuleDestroy();
  });
});

describe('smtpOptions', () => {
  it('reads host, port, TLS and percent-encoded credentials from the URL, and keeps nodemailer quiet', () => {
    expect(smtpOptions('smtps://user%40example.org:p%3Ass@smtp.example.org')).toMatchObject({
      host: 'smtp.example.org',
      port: 465,
      secure: true,
      requireTLS: false,
      auth: { user: 'user@example.org', pass: 'p:ss' },
      logger: false,
      debug: false,
    });
    expect(smtpOptions('smtp://smtp.example.org')).toMatchObject({
      port: 587,
      secure: false,
      auth: undefined,
    });
  });

  it('requires STARTTLS on plain SMTP except to a relay on this host', () => {
    expect(smtpOptions('smtp://relay.example.org:25').requireTLS).toBe(true);
    expect(smtpOptions('smtp://10.0.0.5:25').requireTLS).toBe(true);
    for (const local of ['smtp://localhost:25', 'smtp://127.0.0.1:2525', 'smtp://[::1]:25'])
      expect(smtpOptions(local).requireTLS).toBe(false);
  });
});
