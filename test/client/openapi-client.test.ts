// The typed client's schema (test/client/schema.d.ts) must be generated from exactly the document the
// server publishes: a drift fails here (regenerate with `npm run client:generate`, then review the diff).
// The document is also linted with Redocly (redocly.yaml): zero errors.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startApp, type TestApp } from '../support/app';
import { createTestDatabase, type TestDb } from '../support/db';
import { generateSchemaSource, SCHEMA_FILE } from './generate';

let db: TestDb;
let api: TestApp;
let document: any;
let tmp: string;

beforeAll(async () => {
  db = await createTestDatabase();
  api = await startApp(db);
  document = (await api.request('GET', '/openapi.json')).body;
  tmp = mkdtempSync(path.join(os.tmpdir(), 'carebase-openapi-'));
});
afterAll(async () => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
  await api?.close();
  await db?.close();
});

it('the committed typed-client schema matches the live OpenAPI document', async () => {
  const live = await generateSchemaSource(document);
  if (process.env.UPDATE_CLIENT === '1') {
    writeFileSync(SCHEMA_FILE, live);
    process.stdout.write(`typed client: wrote ${path.relative(process.cwd(), SCHEMA_FILE)}\n`);
  }
  const committed = existsSync(SCHEMA_FILE) ? readFileSync(SCHEMA_FILE, 'utf8') : '';
  const paths = Object.keys(document.paths).length;
  const schemas = Object.keys(document.components.schemas).length;
  process.stdout.write(
    `typed client: schema.d.ts ${committed === live ? 'matches' : 'DIFFERS FROM'} the live document (${paths} paths, ${schemas} schemas)\n`,
  );
  expect(
    committed === live,
    'test/client/schema.d.ts is not the live document: run `npm run client:generate` and review the diff',
  ).toBe(true);
}, 60_000);

it('the OpenAPI document passes Redocly lint with zero errors', async () => {
  const file = path.join(tmp, 'openapi.json');
  writeFileSync(file, JSON.stringify(document, null, 2));
  const cli = path.join(process.cwd(), 'node_modules', '@redocly', 'cli', 'bin', 'cli.js');
  const run = promisify(execFile);
  const result = await run(
    process.execPath,
    [cli, 'lint', file, '--config', path.join(process.cwd(), 'redocly.yaml'), '--format', 'json'],
    {
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    },
  ).catch((err: { stdout?: string; code?: number }) => ({ stdout: err.stdout ?? '', code: err.code }));
  const report = JSON.parse(result.stdout.slice(result.stdout.indexOf('{')));
  const problems: Array<{
    ruleId: string;
    severity: string;
    message: string;
    location?: Array<{ pointer?: string }>;
  }> = report.problems ?? [];
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warn');
  const byRule = (list: typeof problems) =>
    Object.entries(
      list.reduce<Record<string, number>>((a, p) => ({ ...a, [p.ruleId]: (a[p.ruleId] ?? 0) + 1 }), {}),
    )
      .map(([r, n]) => `${r}:${n}`)
      .join(' ');
  process.stdout.write(
    `redocly lint: ${errors.length} errors, ${warnings.length} warnings${warnings.length ? ` (${byRule(warnings)})` : ''}\n`,
  );
  expect(errors.map((e) => `${e.ruleId}: ${e.message} at ${e.location?.[0]?.pointer}`)).toEqual([]);
}, 120_000);
