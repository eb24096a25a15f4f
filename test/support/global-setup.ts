// One PostgreSQL for the whole suite: the embedded server in a temporary folder (or TEST_DATABASE_URL, a
// superuser connection to any Postgres). Roles and migrations are applied once to a template database;
// every test file then gets its own database cloned from it (see test/support/db.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../src/common/config/config';
import { ensureRoles, runMigrations, withMigrationLock } from '../../src/common/database/bootstrap';
import { startEmbeddedPostgres } from '../../src/common/database/embedded';

export const TEMPLATE_DB = 'carebase_template';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

function withDb(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

export default async function setup(project: TestProject) {
  const started = Date.now();
  let adminUrl = process.env.TEST_DATABASE_URL;
  let stop: (() => Promise<void>) | undefined;
  let dir: string | undefined;
  if (!adminUrl) {
    dir = mkdtempSync(path.join(os.tmpdir(), 'carebase-test-pg-'));
    const pg = await startEmbeddedPostgres({ dir, port: await freePort(), database: 'postgres' });
    adminUrl = pg.url;
    stop = pg.stop;
  }
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`);
  await admin.end();
  const templateUrl = withDb(adminUrl, TEMPLATE_DB);
  const config = loadConfig({ NODE_ENV: 'test' });
  await withMigrationLock(templateUrl, async (client) => {
    await ensureRoles(client, config, () => undefined);
    await runMigrations(templateUrl, () => undefined);
  });
  process.stdout.write(`test database ready in ${Date.now() - started} ms\n`);
  project.provide('pgAdminUrl', adminUrl);
  return async () => {
    await stop?.();
    if (dir) rmSync(dir, { recursive: true, force: true });
  };
}
