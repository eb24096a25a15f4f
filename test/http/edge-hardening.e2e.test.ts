// Issue 15, finding 7 (the HTTP edge): deeply nested JSON, an oversized body, the bearer scheme's case and a
// client-chosen request id. Each answer is a problem document, and the audit log keeps the server's own id.
import net from 'node:net';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, nestsDeeperThan } from '../../src/common/http/json-body.parser';
import { startApp, type ApiResponse, type TestApp } from '../support/app';
import { createTestDatabase, testConfig, type TestDb } from '../support/db';
import { newOrg, newUser, type TestUser } from '../support/factories';

let db: TestDb;
let api: TestApp;
let patient: TestUser;

beforeAll(async () => {
  // The default body limit (1 MiB), as in production.
  db = await createTestDatabase(testConfig());
  // A logger at info, as in production (written nowhere): with Fastify's silent logger the timing differs.
  api = await startApp(db, { logger: pino({ level: 'info' }, { write: () => undefined }) });
  patient = await newUser(db, await newOrg(db), 'patient');
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});

function expectProblem(res: ApiResponse, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(res.body).toMatchObject({ status, code });
  expect(res.body.requestId).toBe(res.headers.get('x-request-id'));
}

/**
 * A client on a network: the body goes out in 64 KiB pieces a few milliseconds apart, and the answer is read
 * only after the whole body is sent (as most clients do). Resolves with the answer and any socket error.
 */
function slowPost(
  path: string,
  body: Buffer,
  chunked: boolean,
  pause: number,
): Promise<{ raw: string; error?: string; closedEarly: boolean }> {
  const url = new URL(api.url);
  return new Promise((resolve) => {
    const socket = net.connect(Number(url.port), '127.0.0.1');
    let raw = '';
    let error: string | undefined;
    let written = false;
    let closedEarly = false;
    socket.on('data', (d) => (raw += d));
    socket.on('end', () => (closedEarly ||= !written));
    socket.on('error', (e: NodeJS.ErrnoException) => (error ??= e.code ?? e.message));
    socket.on('close', () => resolve({ raw, error, closedEarly }));
    socket.write(
      `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n` +
        (chunked ? 'Transfer-Encoding: chunked\r\n\r\n' : `Content-Length: ${body.length}\r\n\r\n`),
    );
    let offset = 0;
    const next = () => {
      if (error || socket.destroyed) return;
      const piece = body.subarray(offset, offset + 64 * 1024);
      offset += piece.length;
      if (chunked) socket.write(`${piece.length.toString(16)}\r\n`);
      socket.write(piece);
      if (chunked) socket.write('\r\n');
      if (offset < body.length) return void setTimeout(next, pause);
      if (chunked) socket.write('0\r\n\r\n');
      written = true;
      socket.end();
    };
    next();
  });
}

function parseRaw(raw: string): { status: number; headers: Record<string, string>; body: any } {
  const [head, ...rest] = raw.split('\r\n\r\n');
  const [statusLine, ...lines] = head.split('\r\n');
  const headers = Object.fromEntries(
    lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]),
  );
  return { status: Number(statusLine.split(' ')[1]), headers, body: JSON.parse(rest.join('\r\n\r\n')) };
}

describe('request bodies', () => {
  it('20,000 levels of nesting (40 KB) on anonymous sign-in: 400 problem, not 500', async () => {
    const deep = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
    const res = await api.request('POST', '/api/auth/sign-in', {
      raw: deep,
      headers: { 'content-type': 'application/json' },
    });
    expectProblem(res, 400, 'invalid-input');
    expect(res.body.detail).toMatch(/nest/i);

    const deepObject = `${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`;
    const obj = await api.request('PATCH', '/api/me', {
      token: patient.token,
      raw: deepObject,
      headers: { 'content-type': 'application/json' },
    });
    expectProblem(obj, 400, 'invalid-input');
  });

  it('nesting within the limit, and depth-like characters inside strings, parse as usual', async () => {
    const res = await api.request('POST', '/api/auth/sign-in', {
      body: { email: 'nobody@example.test', password: '[[[[{{{{\\"'.repeat(2000), extra: [[[[[[[[1]]]]]]]] },
    });
    expect(res.status).not.toBe(500);
    expect(res.body.detail).not.toMatch(/nest/i);
    const me = await api.request('PATCH', '/api/me', {
      token: patient.token,
      body: { displayName: 'Pat [{' },
    });
    expect(me.status).toBe(200);

    const nested = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
    expect(nestsDeeperThan(nested(MAX_JSON_DEPTH), MAX_JSON_DEPTH)).toBe(false);
    expect(nestsDeeperThan(nested(MAX_JSON_DEPTH + 1), MAX_JSON_DEPTH)).toBe(true);
    // An escaped backslash ends the string; an escaped quote does not.
    expect(nestsDeeperThan(`["\\\\", ${nested(MAX_JSON_DEPTH)}]`, MAX_JSON_DEPTH)).toBe(true);
    expect(nestsDeeperThan(`["\\", ${nested(MAX_JSON_DEPTH)}"]`, MAX_JSON_DEPTH)).toBe(false);
  });

  it('a 2 MiB body: 413 problem, the connection is answered rather than dropped', async () => {
    const big = Buffer.from(
      JSON.stringify({ email: 'a@example.test', password: 'x'.repeat(2 * 1024 * 1024) }),
    );
    for (const chunked of [false, true])
      for (const pause of [0, 3, 20]) {
        const { raw, error, closedEarly } = await slowPost('/api/auth/sign-in', big, chunked, pause);
        const what = `chunked=${chunked}, ${pause} ms between pieces`;
        expect(error, `${what}: the connection was dropped`).toBeUndefined();
        expect(closedEarly, `${what}: the server closed before the body was sent`).toBe(false);
        const res = parseRaw(raw);
        expect(res.status).toBe(413);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(res.body).toMatchObject({ status: 413, code: 'payload-too-large' });
        expect(res.body.requestId).toBe(res.headers['x-request-id']);
      }
  });
});

describe('credentials', () => {
  it('the Bearer scheme is case-insensitive (RFC 9110)', async () => {
    for (const scheme of ['bearer', 'BEARER', 'Bearer', 'bEaReR'])
      expect(
        (await api.request('GET', '/api/me', { headers: { authorization: `${scheme} ${patient.token}` } }))
          .status,
        scheme,
      ).toBe(200);
    const other = await api.request('GET', '/api/me', {
      headers: { authorization: `Basic ${patient.token}` },
    });
    expectProblem(other, 401, 'unauthorized');
  });
});

describe('request ids', () => {
  it('a client-sent X-Request-Id never becomes the request id of the audit log or the answer', async () => {
    const forged = `forged-${Date.now()}`;
    const res = await api.request('PATCH', '/api/me', {
      token: patient.token,
      body: { displayName: 'Pat' },
      headers: { 'x-request-id': forged },
    });
    expect(res.status).toBe(200);
    const own = res.headers.get('x-request-id');
    expect(own).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    const forgedRows = await db.owner.query(`SELECT 1 FROM audit_logs WHERE request_id = $1`, [forged]);
    expect(forgedRows.rowCount).toBe(0);
    const ownRows = await db.owner.query(`SELECT action, table_name FROM audit_logs WHERE request_id = $1`, [
      own,
    ]);
    expect(ownRows.rows.map((r) => `${r.action} ${r.table_name}`)).toContain('UPDATE profiles');

    // Two requests naming the same id still get ids of their own.
    const again = await api.request('GET', '/api/me', {
      token: patient.token,
      headers: { 'x-request-id': forged },
    });
    expect(again.headers.get('x-request-id')).not.toBe(own);
    expect(again.headers.get('x-request-id')).not.toBe(forged);
  });
});
