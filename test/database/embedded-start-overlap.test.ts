// `npm start` loads the app's modules while the embedded PostgreSQL starts (main.ts passes them as
// `whileStarting`): the work runs once, after the server process is spawned and before it is ready, and a
// failure there stops the server it started and is the error start-up reports.
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from '../../src/common/database/embedded';

const dir = mkdtempSync(path.join(os.tmpdir(), 'carebase-overlap-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function accepts(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

describe('embedded PostgreSQL: work while it starts', () => {
  it('runs the work once, after the spawn and before the server is ready', async () => {
    const port = await freePort();
    const events: string[] = [];
    const pg = await startEmbeddedPostgres({
      dir: path.join(dir, 'ok'),
      port,
      database: 'postgres',
      whileStarting: () => events.push('work'),
    });
    events.push('ready');
    try {
      expect(events).toEqual(['work', 'ready']);
      expect(await accepts(pg.url)).toBe(true);
    } finally {
      await pg.stop();
    }
  }, 120_000);

  it('a failure of the work stops the server and is the error start-up reports', async () => {
    const port = await freePort();
    const failure = new Error('the app could not load');
    const err = await startEmbeddedPostgres({
      dir: path.join(dir, 'fails'),
      port,
      database: 'postgres',
      whileStarting: () => {
        throw failure;
      },
    }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBe(failure);
    expect(await accepts(`postgres://postgres:postgres@127.0.0.1:${port}/postgres`)).toBe(false);
  }, 120_000);
});
