// CORS: with CORS_ORIGINS set, the listed origins (and only they) get CORS headers and preflight answers; without
// it no origin is allowed and no CORS hook runs: a preflight is a 404 problem and no reply carries CORS headers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type TestApp } from '../support/app';
import { createTestDatabase, testConfig, type TestDb } from '../support/db';

const ORIGIN = 'https://portal.example';
let db: TestDb;
let open: TestApp;
let closed: TestApp;

beforeAll(async () => {
  db = await createTestDatabase();
  open = await startApp({ ...db, config: testConfig({ CORS_ORIGINS: ORIGIN }) });
  closed = await startApp(db);
});
afterAll(async () => {
  await open?.close();
  await closed?.close();
  await db?.close();
});

const preflight = (app: TestApp, origin: string) =>
  fetch(`${app.url}/api/me`, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'GET',
      'access-control-request-headers': 'authorization',
    },
  });

describe('CORS', () => {
  it('answers a listed origin: preflight and reply carry its headers', async () => {
    const pre = await preflight(open, ORIGIN);
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(pre.headers.get('access-control-allow-methods')).toContain('GET');
    expect(pre.headers.get('access-control-allow-headers')).toContain('authorization');
    expect(pre.headers.get('access-control-max-age')).toBe('600');
    const res = await fetch(`${open.url}/health`, { headers: { origin: ORIGIN } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(res.headers.get('access-control-expose-headers')).toBe('x-request-id');
  });

  it('gives another origin nothing', async () => {
    const pre = await preflight(open, 'https://evil.example');
    expect(pre.headers.get('access-control-allow-origin')).toBeNull();
    const res = await fetch(`${open.url}/health`, { headers: { origin: 'https://evil.example' } });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('without CORS_ORIGINS: a preflight is a 404 problem and no reply carries CORS headers', async () => {
    const pre = await preflight(closed, ORIGIN);
    expect(pre.status).toBe(404);
    expect(pre.headers.get('content-type')).toContain('application/problem+json');
    expect(pre.headers.get('access-control-allow-origin')).toBeNull();
    const res = await fetch(`${closed.url}/health`, { headers: { origin: ORIGIN } });
    expect(res.status).toBe(200);
    const cors: string[] = [];
    res.headers.forEach((_v, name) => void (name.startsWith('access-control-') && cors.push(name)));
    expect(cors).toEqual([]);
  });
});
