// Crash durability: an embedded PostgreSQL of its own (not the suite's shared one), the app on it, writers
// creating journal entries through the API. Midway the postmaster is killed with SIGKILL (no shutdown at
// all), then started again on the same folder (crash recovery from the WAL). Every write the API
// acknowledged with a 2xx must be in the database afterwards, and the same app instance, never restarted,
// must answer 2xx again within seconds.
import { readFileSync, rmSync, mkdtempSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Client, Pool } from 'pg';
import { afterAll, expect, it } from 'vitest';
import {
  appUrlFor,
  ensureRoles,
  runMigrations,
  withMigrationLock,
} from '../../src/common/database/bootstrap';
import { startEmbeddedPostgres, type EmbeddedHandle } from '../../src/common/database/embedded';
import { createApp } from '../../src/create-app';
import { CapturingMailTransport } from '../support/app';
import { testConfig, withDb, type TestDb } from '../support/db';
import { newOrg, newUser } from '../support/factories';

const WRITERS = 6;
const LOAD_MS_BEFORE_KILL = 500;
const MIN_BEFORE_KILL = 50;
const LOAD_MS_AFTER_RECOVERY = 1_500;
/** The app must answer 2xx again within this long after the database is back. */
const RECOVERY_BUDGET_MS = 10_000;

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

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let dir: string | undefined;
let pg: EmbeddedHandle | undefined;
let app: NestFastifyApplication | undefined;
let owner: Pool | undefined;

afterAll(async () => {
  await app?.close().catch(() => undefined);
  await owner?.end().catch(() => undefined);
  await pg?.stop().catch(() => undefined);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Starts the server on the folder again, retrying while the killed server's backends are still exiting. */
async function restart(port: number): Promise<EmbeddedHandle> {
  let lastError: unknown;
  for (let attempt = 0; attempt < 40; attempt++) {
    try {
      return await startEmbeddedPostgres({ dir: dir!, port, database: 'carebase' });
    } catch (err) {
      lastError = err;
      await sleep(250);
    }
  }
  throw lastError;
}

it('keeps every acknowledged write through a kill -9 of PostgreSQL and recovers without a restart', async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'carebase-crash-pg-'));
  const port = await freePort();
  pg = await startEmbeddedPostgres({ dir, port, database: 'carebase' });
  const ownerUrl = withDb(pg.url, 'carebase');
  const config = testConfig(process.env.CRASH_LOG ? { LOG_LEVEL: 'error' } : {});
  await withMigrationLock(ownerUrl, async (client: Client) => {
    await ensureRoles(client, config, () => undefined);
    await runMigrations(ownerUrl, () => undefined);
  });
  owner = new Pool({ connectionString: ownerUrl, max: 2 });
  owner.on('error', () => undefined); // its idle clients die with the server
  const db = { owner, config } as unknown as TestDb;
  const org = await newOrg(db);
  const user = await newUser(db, org, 'patient');

  app = await createApp({
    config,
    appUrl: appUrlFor(config, ownerUrl),
    mailTransport: new CapturingMailTransport(),
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');

  const acknowledged: string[] = [];
  const refusedStatuses = new Map<number, number>();
  let networkErrors = 0;
  let stop = false;
  let dbBackAt = 0;
  let firstOkAfterBack = 0;
  let n = 0;
  async function writer(): Promise<void> {
    while (!stop) {
      const i = n++;
      try {
        const res = await fetch(`${url}/api/journal-entries`, {
          method: 'POST',
          headers: { authorization: `Bearer ${user.token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ content: `entry ${i}` }),
        });
        const body = (await res.json().catch(() => undefined)) as { id?: string } | undefined;
        if (res.status >= 200 && res.status < 300) {
          expect(body?.id).toBeTruthy();
          acknowledged.push(body!.id!);
          if (dbBackAt && !firstOkAfterBack) firstOkAfterBack = Date.now();
        } else {
          refusedStatuses.set(res.status, (refusedStatuses.get(res.status) ?? 0) + 1);
          await sleep(20);
        }
      } catch {
        networkErrors++; // the app itself must stay up: counted, and asserted below
        await sleep(20);
      }
    }
  }
  const writers = Array.from({ length: WRITERS }, () => writer());

  // Some load first (at least MIN_BEFORE_KILL acknowledged writes, or LOAD_MS_BEFORE_KILL on a slow machine).
  const loadStart = Date.now();
  while (acknowledged.length < MIN_BEFORE_KILL && Date.now() - loadStart < 15_000) await sleep(20);
  await sleep(LOAD_MS_BEFORE_KILL);
  const beforeKill = acknowledged.length;
  const postmasterPid = Number(readFileSync(path.join(dir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  expect(postmasterPid).toBeGreaterThan(0);
  const killedAt = Date.now();
  process.kill(postmasterPid, 'SIGKILL');
  await sleep(500); // writers run against a dead database meanwhile
  pg = await restart(port);
  dbBackAt = Date.now();
  const deadline = dbBackAt + RECOVERY_BUDGET_MS;
  while (!firstOkAfterBack && Date.now() < deadline) await sleep(20);
  const recoveredAt = firstOkAfterBack;
  await sleep(LOAD_MS_AFTER_RECOVERY);
  stop = true;
  await Promise.all(writers);

  const { rows } = await owner.query(
    `SELECT count(*)::int AS n FROM public.journal_entries WHERE id = ANY($1::uuid[])`,
    [acknowledged],
  );
  const lost = acknowledged.length - rows[0].n;
  const outage = [...refusedStatuses.entries()].map(([s, c]) => `${s}:${c}`).join(' ') || 'none';
  process.stdout.write(
    `crash durability: ${acknowledged.length} writes acknowledged (${beforeKill} before the kill -9), ${lost} lost; ` +
      `database back ${dbBackAt - killedAt} ms after the kill; ` +
      `recovery time ${recoveredAt ? `${recoveredAt - dbBackAt} ms` : 'none'} from the database being back to the app's next 2xx ` +
      `(refused meanwhile: ${outage}; connection errors: ${networkErrors})\n`,
  );
  expect(beforeKill).toBeGreaterThanOrEqual(MIN_BEFORE_KILL);
  expect(lost).toBe(0);
  expect(recoveredAt, `no 2xx within ${RECOVERY_BUDGET_MS} ms of the database being back`).toBeGreaterThan(0);
  expect(acknowledged.length).toBeGreaterThan(beforeKill);
  expect(networkErrors).toBe(0);
  // Refusals during the outage are problem details with 503 (unavailable), never a 500.
  expect([...refusedStatuses.keys()].filter((s) => s !== 503)).toEqual([]);
}, 120_000);
