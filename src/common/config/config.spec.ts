import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('accepts an empty environment with development defaults', () => {
    const cfg = loadConfig({});
    expect(cfg).toMatchObject({
      NODE_ENV: 'development',
      PORT: 3000,
      DATABASE_POOL_SIZE: 10,
      MIGRATIONS_RUN: true,
    });
    expect(cfg.DATABASE_URL).toBeUndefined();
    expect(cfg.JWT_SECRET.length).toBeGreaterThanOrEqual(32);
  });

  it('names every bad variable at once, and never prints a secret', () => {
    let caught: unknown;
    try {
      loadConfig({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://nope',
        JWT_SECRET: 'short-secret',
        LOG_LEVEL: 'loud',
        MIGRATIONS_RUN: 'maybe',
      });
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const message = (caught as ConfigError).message;
    for (const name of ['PORT', 'DATABASE_URL', 'JWT_SECRET', 'LOG_LEVEL', 'MIGRATIONS_RUN'])
      expect(message).toContain(name);
    expect(message).not.toContain('short-secret');
    expect(message).not.toContain('mysql://nope');
  });

  it('refuses development secrets and the embedded database in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      /JWT_SECRET.*\n.*DATA_ENCRYPTION_KEY.*\n.*DATABASE_URL/s,
    );
    const ok = loadConfig({
      NODE_ENV: 'production',
      JWT_SECRET: 'x'.repeat(40),
      DATA_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString('base64'),
      DATABASE_URL: 'postgres://owner:pw@db:5432/carebase',
      DATABASE_APP_PASSWORD: 'a-long-login-password',
      SMTP_URL: 'smtps://mailer:pw@smtp.example.org:465',
      MAIL_FROM: 'Carebase <no-reply@example.org>',
    });
    expect(ok.NODE_ENV).toBe('production');
    expect(ok.MAIL_TRANSPORT).toBe('smtp');
  });

  describe('mail', () => {
    const production = {
      NODE_ENV: 'production',
      JWT_SECRET: 'x'.repeat(40),
      DATA_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString('base64'),
      DATABASE_URL: 'postgres://owner:pw@db:5432/carebase',
      DATABASE_APP_PASSWORD: 'a-long-login-password',
    };
    const problems = (env: NodeJS.ProcessEnv): string[] => {
      try {
        loadConfig(env);
      } catch (err) {
        if (err instanceof ConfigError) return err.problems;
        throw err;
      }
      return [];
    };

    it('writes mail to the log outside production unless told otherwise', () => {
      expect(loadConfig({}).MAIL_TRANSPORT).toBe('log');
      expect(loadConfig({ NODE_ENV: 'test' }).MAIL_TRANSPORT).toBe('log');
    });

    it('refuses to start in production without an SMTP transport, naming each variable and the remedy', () => {
      expect(problems(production)).toEqual([
        expect.stringMatching(/^SMTP_URL: required in production, e\.g\. smtps:\/\//),
        expect.stringMatching(/^MAIL_FROM: required in production/),
      ]);
      expect(problems({ ...production, MAIL_TRANSPORT: 'log' })).toEqual(
        expect.arrayContaining([
          expect.stringMatching(
            /^MAIL_TRANSPORT=log: development only.*set MAIL_TRANSPORT=smtp with SMTP_URL/,
          ),
        ]),
      );
      const withSmtp = {
        ...production,
        SMTP_URL: 'smtp://relay.internal:587',
        MAIL_FROM: 'no-reply@example.org',
      };
      expect(problems({ ...withSmtp, MAIL_TRANSPORT: 'log' })).toEqual([
        expect.stringMatching(/^MAIL_TRANSPORT=log: development only/),
      ]);
      expect(problems(withSmtp)).toEqual([]);
    });

    it('needs SMTP_URL and MAIL_FROM with MAIL_TRANSPORT=smtp in development too', () => {
      expect(problems({ MAIL_TRANSPORT: 'smtp' })).toEqual([
        expect.stringMatching(/^SMTP_URL: required when MAIL_TRANSPORT=smtp/),
        expect.stringMatching(/^MAIL_FROM: required when MAIL_TRANSPORT=smtp/),
      ]);
      const cfg = loadConfig({
        MAIL_TRANSPORT: 'smtp',
        SMTP_URL: 'smtp://127.0.0.1:2525',
        MAIL_FROM: 'a@b.test',
      });
      expect(cfg).toMatchObject({
        MAIL_TRANSPORT: 'smtp',
        SMTP_URL: 'smtp://127.0.0.1:2525',
        MAIL_FROM: 'a@b.test',
      });
    });

    it('accepts smtp(s) URLs with credentials only, and never prints one', () => {
      for (const url of [
        'smtps://user%40example.org:p%3Ass@smtp.example.org:465',
        'smtp://smtp.example.org',
        'smtp://[::1]:2525/',
      ])
        expect(problems({ SMTP_URL: url })).toEqual([]);
      for (const url of [
        'http://smtp.example.org',
        'smtp://user:secret-pw@smtp.example.org:465?debug=true&logger=true',
        'smtp://user:secret-pw@smtp.example.org/path',
        'smtp://',
      ]) {
        const found = problems({ SMTP_URL: url });
        expect(found).toEqual([
          expect.stringMatching(/^SMTP_URL=<redacted>: must be an smtp:\/\/ or smtps:\/\/ URL/),
        ]);
        expect(found.join()).not.toContain('secret-pw');
      }
    });

    it('takes MAIL_FROM as an address or "Name <address>", nothing that could add a header or a recipient', () => {
      expect(problems({ MAIL_FROM: 'Carebase <no-reply@example.org>' })).toEqual([]);
      for (const from of [
        'not an address',
        'a@b.test\r\nBcc: x@y.test',
        'A <a@b.test>, B <c@d.test>',
        'a@b.test, c@d.test',
      ])
        expect(problems({ MAIL_FROM: from })).toEqual([expect.stringMatching(/^MAIL_FROM=/)]);
    });
  });

  it('ignores unrelated environment variables', () => {
    expect(() => loadConfig({ PATH: '/usr/bin', HOME: '/root' })).not.toThrow();
  });
});
