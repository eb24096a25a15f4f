// Issue 15, finding 9: a start-up failure names its cause and the remedy. `npm start` printed
// "Carebase failed to start: undefined" when the embedded database's port was taken by another server.
// The start path here is main.ts's: the config, then prepareDatabase(), and main.ts's message for the error.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../src/common/config/config';
import { prepareDatabase } from '../../src/common/database/bootstrap';
import { startupFailureMessage } from '../../src/common/startup/startup-failure';

const cleanup: Array<() => void | Promise<void>> = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

/** Another process's server on a free port of 127.0.0.1: it accepts connections and says nothing (or hangs up). */
async function occupiedPort(hangUp = false): Promise<number> {
  const server = net.createServer((socket) => {
    socket.on('error', () => undefined);
    if (hangUp) socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanup.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return (server.address() as net.AddressInfo).port;
}

function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'carebase-startup-'));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function failure(env: Record<string, string>): Promise<string> {
  const config = loadConfig({ NODE_ENV: 'development', LOG_LEVEL: 'silent', ...env });
  const err = await prepareDatabase(config, () => undefined).then(
    () => {
      throw new Error('the database started');
    },
    (e: unknown) => e,
  );
  return startupFailureMessage(err);
}

describe('start-up failures name the cause and the remedy', () => {
  it('the embedded database port is taken by another process', async () => {
    const port = await occupiedPort();
    const message = await failure({
      EMBEDDED_PG_PORT: String(port),
      EMBEDDED_PG_DIR: path.join(tempDir(), 'postgres'),
    });
    expect(message).not.toMatch(/undefined/);
    expect(message).toContain(`port ${port}`);
    expect(message).toMatch(/in use/);
    expect(message).toContain('EMBEDDED_PG_PORT');
    expect(message).toContain('DATABASE_URL');
  }, 120_000);

  it('a stale postmaster.pid in the data folder while another process holds the port', async () => {
    const port = await occupiedPort(true);
    const dir = path.join(tempDir(), 'postgres');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'postmaster.pid'), '4242\n');
    const message = await failure({ EMBEDDED_PG_PORT: String(port), EMBEDDED_PG_DIR: dir });
    expect(message).toContain(`port ${port}`);
    expect(message).toContain('EMBEDDED_PG_PORT');
    expect(message).toContain(path.join(dir, 'postmaster.pid'));
  }, 60_000);

  it('a data folder PostgreSQL refuses: its own words, and what to do with the folder', async () => {
    const port = await freePort();
    const dir = path.join(tempDir(), 'postgres');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'PG_VERSION'), '9.6\n');
    const message = await failure({ EMBEDDED_PG_PORT: String(port), EMBEDDED_PG_DIR: dir });
    // Here: no postgresql.conf; whatever the server says is passed on.
    expect(message).toMatch(
      /the embedded PostgreSQL did not start: postgres: could not access the server configuration file/,
    );
    expect(message).toContain(dir);
    expect(message).toContain('EMBEDDED_PG_DIR');
  }, 120_000);

  it('DATABASE_URL: nothing listening, or the login refused', async () => {
    const closed = await freePort();
    const refused = await failure({
      DATABASE_URL: `postgres://postgres:postgres@127.0.0.1:${closed}/carebase`,
    });
    expect(refused).toContain(`127.0.0.1:${closed}`);
    expect(refused).toMatch(/connection refused/);
    expect(refused).toContain('DATABASE_URL');

    const admin = new URL(inject('pgAdminUrl'));
    admin.password = 'not-the-password';
    const login = await failure({ DATABASE_URL: admin.toString() });
    expect(login).toMatch(/refused the login: password authentication failed/);
    expect(login).toContain('DATABASE_URL');
  });

  it('the HTTP port in use, and an error without a description', async () => {
    const port = await occupiedPort();
    const err = await new Promise<unknown>((resolve) => {
      const second = net.createServer();
      second.once('error', resolve);
      second.listen(port, '127.0.0.1');
    });
    const message = startupFailureMessage(err);
    expect(message).toContain(`port ${port} (127.0.0.1) is in use by another process`);
    expect(message).toContain('set PORT');

    expect(startupFailureMessage(undefined)).toMatch(/LOG_LEVEL=debug/);
  });
});

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
