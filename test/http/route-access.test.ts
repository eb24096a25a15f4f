// Who may call what, as a reviewed file: every operation of the OpenAPI document with its declared access
// (public, or roles + whether API keys may call it), compared with test/http/__snapshots__/route-access.json.
// A new route or an access change fails here until the file is regenerated and the diff reviewed:
//   UPDATE_ROUTE_SNAPSHOT=1 npx vitest run test/http/route-access.test.ts
import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { OpenAPIObject } from '@nestjs/swagger';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Authenticated, Public } from '../../src/common/decorators/access.decorator';
import { buildOpenApi } from '../../src/create-app';
import { startApp, type TestApp } from '../support/app';
import { createTestDatabase, type TestDb } from '../support/db';
import { operations, undeclared } from './openapi-routes';

const SNAPSHOT = path.join(__dirname, '__snapshots__', 'route-access.json');
const UPDATE = process.env.UPDATE_ROUTE_SNAPSHOT === '1';

let db: TestDb;
let api: TestApp;
let doc: OpenAPIObject;

beforeAll(async () => {
  db = await createTestDatabase();
  api = await startApp(db);
  const res = await api.request('GET', '/openapi.json');
  expect(res.status).toBe(200);
  doc = res.body;
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});

describe('route access', () => {
  it('every operation declares its access (@Public or @Authenticated)', () => {
    expect(operations(doc).length).toBeGreaterThan(10);
    expect(undeclared(doc)).toEqual([]);
  });

  it('matches the reviewed snapshot', () => {
    const table = operations(doc).map(({ method, path: p, access }) => ({
      method,
      path: p,
      access: access ?? null,
    }));
    if (UPDATE) {
      // One operation per line, so a change is a one-line diff.
      writeFileSync(SNAPSHOT, `[\n${table.map((row) => `  ${JSON.stringify(row)}`).join(',\n')}\n]\n`);
      process.stdout.write(
        `route-access: wrote ${table.length} operations to ${path.relative(process.cwd(), SNAPSHOT)}\n`,
      );
    }
    expect(
      existsSync(SNAPSHOT),
      `${SNAPSHOT} is missing: run UPDATE_ROUTE_SNAPSHOT=1 npx vitest run test/http/route-access.test.ts and commit it`,
    ).toBe(true);
    const reviewed = JSON.parse(readFileSync(SNAPSHOT, 'utf8'));
    expect(
      table,
      'route access changed: review the diff, then UPDATE_ROUTE_SNAPSHOT=1 npx vitest run test/http/route-access.test.ts',
    ).toEqual(reviewed);
  });

  it('the check catches a route without an access declaration', async () => {
    @Controller('probe')
    class ProbeController {
      @Get('open')
      @Public({ transaction: false })
      open() {
        return {};
      }

      @Get('members')
      @Authenticated({ roles: ['admin'], apiKeys: false })
      members() {
        return {};
      }

      @Get('bare')
      bare() {
        return {};
      }
    }
    @Module({ controllers: [ProbeController] })
    class ProbeModule {}
    const app = await NestFactory.create<NestFastifyApplication>(ProbeModule, new FastifyAdapter(), {
      logger: false,
    });
    try {
      const probeDoc = buildOpenApi(app);
      expect(undeclared(probeDoc)).toEqual(['GET /probe/bare']);
      expect(operations(probeDoc).map((o) => [o.method, o.path, o.access])).toEqual([
        ['GET', '/probe/bare', undefined],
        ['GET', '/probe/members', { roles: ['admin'], apiKeys: false }],
        ['GET', '/probe/open', { public: true }],
      ]);
    } finally {
      await app.close();
    }
  });
});
