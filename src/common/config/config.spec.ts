import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('accepts an empty environment with development defaults', () => {
    const cfg = loadConfig({});
    expect(cfg).toMatchObject({ NODE_ENV: 'development', PORT: 3000, DATABASE_POOL_SIZE: 10, MIGRATIONS_RUN: true });
    expect(cfg.DATABASE_URL).toBeUndefined();
    expect(cfg.JWT_SECRET.length).toBeGreaterThanOrEqual(32);
  });

  it('names every bad variable at once, and never prints a secret', () => {
    let caught: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://nope', JWT_SECRET: 'short-secret', LOG_LEVEL: 'loud', MIGRATIONS_RUN: 'maybe' });
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const message = (caught as ConfigError).message;
    for (const name of ['PORT', 'DATABASE_URL', 'JWT_SECRET', 'LOG_LEVEL', 'MIGRATIONS_RUN']) expect(message).toContain(name);
    expect(message).not.toContain('short-secret');
    expect(message).not.toContain('mysql://nope');
  });

  it('refuses development secrets and the embedded database in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET.*\n.*DATA_ENCRYPTION_KEY.*\n.*DATABASE_URL/s);
    const ok = loadConfig({
      NODE_ENV: 'production',
      JWT_SECRET: 'x'.repeat(40),
      DATA_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString('base64'),
      DATABASE_URL: 'postgres://owner:pw@db:5432/carebase',
      DATABASE_APP_PASSWORD: 'a-long-login-password',
    });
    expect(ok.NODE_ENV).toBe('production');
  });

  it('ignores unrelated environment variables', () => {
    expect(() => loadConfig({ PATH: '/usr/bin', HOME: '/root' })).not.toThrow();
  });
});
