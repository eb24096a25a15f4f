// The HTTP edge: every error is an RFC 9457 problem carrying the request id, Fastify's own refusals (unknown
// route, body too large, wrong content type) included; health, OpenAPI and docs; security headers; and the
// mapping of database errors, which must never echo what the database said about a row.
import { BadRequestException, InternalServerErrorException } from '@nestjs/common';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DatabaseError } from 'pg';
import { DataSource, QueryFailedError } from 'typeorm';
import { DomainError } from '../../src/common/errors/domain-error';
import { toProblem } from '../../src/common/filters/problem-details.filter';
import { apiClient, expectOk, type ApiResult } from '../support/api-client';
import { startApp, type ApiResponse, type TestApp } from '../support/app';
import { createTestDatabase, testConfig, type TestDb } from '../support/db';
import { newOrg, newUser, type TestUser } from '../support/factories';

let db: TestDb;
let api: TestApp;
let admin: TestUser;

beforeAll(async () => {
  db = await createTestDatabase(testConfig({ BODY_LIMIT_BYTES: '2048' }));
  api = await startApp(db);
  admin = await newUser(db, await newOrg(db), 'admin');
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});

/** The typed client's answer in the shape of app.request's, for checks shared by typed and raw calls. */
const untyped = (res: ApiResult): ApiResponse => ({
  status: res.response.status,
  body: res.error ?? res.data,
  headers: res.response.headers,
});

function expectProblem(answer: ApiResponse | ApiResult, status: number, code: string) {
  const res = 'response' in answer ? untyped(answer) : answer;
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(res.body).toMatchObject({ status, code, type: `https://carebase.dev/problems/${code}` });
  expect(typeof res.body.title).toBe('string');
  expect(typeof res.body.detail).toBe('string');
  expect(res.body.requestId).toBeTruthy();
  expect(res.body.requestId).toBe(res.headers.get('x-request-id'));
}

describe('problems from the edge', () => {
  it('unknown route: 404 problem whose requestId is the x-request-id header', async () => {
    const res = await api.request('GET', '/api/does-not-exist');
    expectProblem(res, 404, 'not-found');
    expect(res.body.requestId).toMatch(/^[0-9a-f-]{36}$/);
    const other = await api.request('GET', '/api/does-not-exist');
    expect(other.body.requestId).not.toBe(res.body.requestId);
  });

  it("answers with the server's own request id, never a client's x-request-id, valid or not", async () => {
    for (const given of ['client-req.42:abc', 'has spaces in it', 'x'.repeat(65), '<script>']) {
      const res = await api.request('GET', '/nowhere', { headers: { 'x-request-id': given } });
      expectProblem(res, 404, 'not-found');
      expect(res.headers.get('x-request-id')).not.toBe(given);
      expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);

      const ok = await api.request('GET', '/health', { headers: { 'x-request-id': given } });
      expect(ok.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      expect(ok.headers.get('x-request-id')).not.toBe(res.headers.get('x-request-id'));
    }
  });

  it('body over BODY_LIMIT_BYTES: 413 problem', async () => {
    const signIn = (password: string) =>
      apiClient(api).POST('/api/auth/sign-in', { body: { email: 'a@example.test', password } });
    expectProblem(await signIn('x'.repeat(4096)), 413, 'payload-too-large');
    // Just under the limit is parsed and validated as usual.
    const small = await signIn('x'.repeat(1000));
    expect(small.response.status).not.toBe(413);
  });

  it('wrong content type: 415 problem (forms and text/plain included: no body a foreign page can post unpreflighted)', async () => {
    const raw = 'email=a@example.test&password=secret';
    for (const type of [
      'application/x-www-form-urlencoded',
      'text/plain',
      'multipart/form-data; boundary=x',
      'application/xml',
    ]) {
      const res = await api.request('POST', '/api/auth/sign-in', { raw, headers: { 'content-type': type } });
      expect(res.status, type).toBe(415);
      expectProblem(res, 415, 'unsupported-media-type');
    }
    // JSON with a charset parameter is JSON.
    const json = await api.request('POST', '/api/auth/sign-in', {
      raw: JSON.stringify({ email: 'a@example.test', password: 'not the password' }),
      headers: { 'content-type': 'application/json; charset=utf-8' },
    });
    expectProblem(json, 401, 'unauthorized');
  });

  it('a JSON body with __proto__ is refused with a 400 problem', async () => {
    const res = await api.request('POST', '/api/auth/sign-in', {
      raw: '{"email":"a@example.test","password":"x","__proto__":{"admin":true}}',
      headers: { 'content-type': 'application/json' },
    });
    expectProblem(res, 400, 'invalid-input');
  });

  it('malformed JSON: 400 problem that does not echo the body', async () => {
    const res = await api.request('POST', '/api/auth/sign-in', {
      raw: '{"email": "leak-me@example.test", ',
      headers: { 'content-type': 'application/json' },
    });
    expectProblem(res, 400, 'invalid-input');
    expect(JSON.stringify(res.body)).not.toContain('leak-me');
  });

  it('invalid UUID path parameter: 400 problem', async () => {
    for (const path of [
      '/api/api-keys/not-a-uuid',
      '/api/organization/members/123',
      "/api/api-keys/1'%20OR%20'1'='1",
    ]) {
      const res = await api.request('GET', path, { token: admin.token });
      expectProblem(res, 400, 'invalid-input');
    }
    const del = await api.request('DELETE', '/api/me/sessions/nope', { token: admin.token });
    expectProblem(del, 400, 'invalid-input');
  });

  it('missing or bad credentials: 401 problem', async () => {
    expectProblem(await apiClient(api).GET('/api/me'), 401, 'unauthorized');
    expectProblem(await apiClient(api, 'not.a.jwt').GET('/api/me'), 401, 'unauthorized');
  });
});

describe('health, OpenAPI, docs, headers', () => {
  it('GET /health answers 200 without touching the database; /health/ready goes through it', async () => {
    const dataSource = api.app.get(DataSource);
    const spy = vi.spyOn(dataSource, 'createQueryRunner');
    try {
      const live = await apiClient(api).GET('/health');
      expect(expectOk(live, 200)).toEqual({ status: 'ok' });
      expect(spy).not.toHaveBeenCalled();

      const ready = await apiClient(api).GET('/health/ready');
      expect(expectOk(ready, 200)).toEqual({ status: 'ok', database: 'ok' });
      expect(spy).toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });

  it('serves /openapi.json: OpenAPI 3 with the bearer and api-key security schemes', async () => {
    const res = await api.request('GET', '/openapi.json');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(res.body.openapi).toMatch(/^3\./);
    expect(res.body.info.title).toBe('Carebase API');
    expect(res.body.components.securitySchemes).toMatchObject({
      bearer: { type: 'http', scheme: 'bearer' },
      'api-key': { type: 'apiKey', in: 'header', name: 'X-API-Key' },
    });
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining(['/api/me', '/api/api-keys/{id}', '/health']),
    );
  });

  it('serves /docs as HTML', async () => {
    const res = await fetch(`${api.url}/docs`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(await res.text()).toMatch(/swagger/i);
  });

  it('sets the security headers on successes and on problems', async () => {
    for (const headers of [
      (await apiClient(api).GET('/health')).response.headers,
      (await api.request('GET', '/nowhere')).headers,
      (await apiClient(api, admin.token).GET('/api/me')).response.headers,
    ]) {
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('x-frame-options')).toBe('DENY');
      expect(headers.get('referrer-policy')).toBe('no-referrer');
      expect(headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(headers.get('strict-transport-security')).toMatch(/^max-age=\d+/);
    }
    const me = await apiClient(api, admin.token).GET('/api/me');
    expect(me.response.headers.get('cache-control')).toBe('no-store');
  });
});

describe('toProblem (unit): nothing leaks from a 500 or a database error', () => {
  const driverError = (code: string, message: string) =>
    Object.assign(new Error(message), { code, detail: `Key (email)=(secret@example.test) already exists.` });
  const queryError = (code: string, message: string) =>
    new QueryFailedError(
      'INSERT INTO users (email) VALUES ($1)',
      ['secret@example.test'],
      driverError(code, message),
    );

  it('an arbitrary Error is a generic 500', () => {
    const p = toProblem(new Error('connection string postgres://owner:hunter2@db/prod'), 'req-1');
    expect(p).toEqual({
      type: 'https://carebase.dev/problems/internal',
      title: 'Internal server error',
      status: 500,
      detail: 'The server could not complete the request.',
      requestId: 'req-1',
      code: 'internal',
    });
    expect(JSON.stringify(toProblem(new TypeError('x is undefined'), 'r'))).not.toContain('undefined');
    expect(toProblem('a thrown string', 'r').status).toBe(500);
    expect(toProblem(new InternalServerErrorException('stack trace here'), 'r')).toMatchObject({
      status: 500,
      detail: 'The server could not complete the request.',
    });
  });

  it('maps SQLSTATEs to statuses without echoing the driver message, the values or the query', () => {
    const cases: Array<[string, string, number, string]> = [
      ['23505', 'duplicate key value violates unique constraint "users_email_key"', 409, 'conflict'],
      ['23P01', 'conflicting key value violates exclusion constraint "bookings_no_overlap"', 409, 'conflict'],
      ['42501', 'new row violates row-level security policy for table "users"', 403, 'forbidden'],
      ['22P02', 'invalid input syntax for type uuid: "secret@example.test"', 400, 'invalid-input'],
    ];
    for (const [sqlstate, message, status, code] of cases) {
      const p = toProblem(queryError(sqlstate, message), 'req-2');
      expect(p, sqlstate).toMatchObject({ status, code, requestId: 'req-2' });
      const text = JSON.stringify(p);
      expect(text, sqlstate).not.toContain(message);
      expect(text).not.toContain('secret@example.test');
      expect(text).not.toContain('INSERT');
      expect(text).not.toMatch(/constraint|policy|users_email_key/);
    }
  });

  it("maps pg's own DatabaseError (raised by sql()) the same way", () => {
    const raw = Object.assign(
      new DatabaseError('duplicate key value violates unique constraint "users_email_key"', 100, 'error'),
      {
        code: '23505',
        detail: 'Key (email)=(secret@example.test) already exists.',
        constraint: 'users_email_key',
      },
    );
    const p = toProblem(raw, 'req-4');
    expect(p).toMatchObject({ status: 409, code: 'conflict', requestId: 'req-4' });
    expect(JSON.stringify(p)).not.toMatch(/secret@example.test|users_email_key|duplicate key/);
    const rls = Object.assign(
      new DatabaseError('new row violates row-level security policy for table "users"', 100, 'error'),
      {
        code: '42501',
      },
    );
    expect(toProblem(rls, 'r')).toMatchObject({
      status: 403,
      code: 'forbidden',
      detail: 'You are not allowed to do this.',
    });
  });

  it('a custom SQLSTATE from our own functions carries its message (written for callers)', () => {
    const p = toProblem(queryError('CB404', 'The booking does not exist or is not visible to you.'), 'req-3');
    expect(p).toMatchObject({
      status: 404,
      code: 'not-found',
      detail: 'The booking does not exist or is not visible to you.',
    });
    expect(toProblem(queryError('CB409', 'an organization must keep at least one admin'), 'r')).toMatchObject(
      {
        status: 409,
        detail: 'an organization must keep at least one admin',
      },
    );
  });

  it('an unmapped SQLSTATE is a generic 500; DomainError and HttpException keep their own status', () => {
    const p = toProblem(queryError('XX000', 'internal error in relation "secret_table"'), 'r');
    expect(p).toMatchObject({ status: 500, detail: 'The server could not complete the request.' });
    expect(JSON.stringify(p)).not.toContain('secret_table');
    expect(toProblem(new DomainError('conflict', 'Already a member.'), 'r')).toMatchObject({
      status: 409,
      detail: 'Already a member.',
    });
    expect(toProblem(new BadRequestException('bad'), 'r')).toMatchObject({
      status: 400,
      code: 'invalid-input',
    });
  });
});
