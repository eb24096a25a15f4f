// The app through PgBouncer in transaction mode (Debian's pgbouncer, 1.18: no prepared-statement support),
// started here: two app instances share one PgBouncer whose few server connections serve every client in
// turn. With DATABASE_PREPARED_STATEMENTS=false the app works through it; tenants still see only their own
// rows under concurrent load from both instances; and no claim or role survives on a pooled server connection.
// .ci/run installs pgbouncer (as root); without it this suite fails and says how to install it.
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, expectOk } from '../support/api-client';
import { startApp, type TestApp } from '../support/app';
import { createTestDatabase, type TestDb } from '../support/db';
import { newNotification, newOrg, newUser, type TestUser } from '../support/factories';

const PGBOUNCER = process.env.PGBOUNCER_PATH ?? '/usr/sbin/pgbouncer';
const SERVER_CONNECTIONS = 2; // fewer than either app's pool: every server connection serves both apps

let db: TestDb;
let dir: string;
let bouncer: ChildProcess | undefined;
let bouncerUrl: string;
let apps: TestApp[] = [];
const users: TestUser[] = [];

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

async function startBouncer(): Promise<string> {
  if (!existsSync(PGBOUNCER))
    throw new Error(
      `no pgbouncer at ${PGBOUNCER}: install it with apt-get install -y pgbouncer (.ci/run does so as root)`,
    );
  const app = new URL(db.appUrl);
  const port = await freePort();
  dir = mkdtempSync(path.join(os.tmpdir(), 'carebase-pgbouncer-'));
  chmodSync(dir, 0o755);
  const user = decodeURIComponent(app.username);
  const password = decodeURIComponent(app.password);
  writeFileSync(path.join(dir, 'users.txt'), `"${user}" "${password.replace(/"/g, '""')}"\n`, {
    mode: 0o644,
  });
  writeFileSync(
    path.join(dir, 'pgbouncer.ini'),
    [
      '[databases]',
      `${db.name} = host=${app.hostname} port=${app.port} dbname=${db.name}`,
      '[pgbouncer]',
      'listen_addr = 127.0.0.1',
      `listen_port = ${port}`,
      'unix_socket_dir =',
      'auth_type = plain',
      `auth_file = ${path.join(dir, 'users.txt')}`,
      'pool_mode = transaction',
      `default_pool_size = ${SERVER_CONNECTIONS}`,
      'max_client_conn = 200',
      // The server connection is handed to the next client as it is: no DISCARD ALL between transactions.
      'server_reset_query =',
      'ignore_startup_parameters = extra_float_digits',
      'logfile =',
    ].join('\n'),
    { mode: 0o644 },
  );
  // PgBouncer refuses to run as root: -u switches to the postgres system user (the embedded server's).
  const args =
    process.getuid?.() === 0
      ? ['-u', 'postgres', path.join(dir, 'pgbouncer.ini')]
      : [path.join(dir, 'pgbouncer.ini')];
  let stderr = '';
  bouncer = spawn(PGBOUNCER, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  bouncer.stderr!.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
  const url = new URL(db.appUrl);
  url.port = String(port);
  url.hostname = '127.0.0.1';
  for (let i = 0; i < 100; i++) {
    if (bouncer.exitCode !== null) throw new Error(`pgbouncer exited (${bouncer.exitCode}): ${stderr}`);
    const c = new Client({ connectionString: url.toString() });
    try {
      await c.connect();
      await c.query('SELECT 1');
      await c.end();
      return url.toString();
    } catch {
      await c.end().catch(() => undefined);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`pgbouncer did not accept connections: ${stderr}`);
}

beforeAll(async () => {
  db = await createTestDatabase();
  bouncerUrl = await startBouncer();
  const viaBouncer: TestDb = {
    ...db,
    appUrl: bouncerUrl,
    // LISTEN (the module gate) needs a session of its own: direct, not through the pooler.
    config: {
      ...db.config,
      DATABASE_PREPARED_STATEMENTS: false,
      DATABASE_POOL_SIZE: 6,
      DATABASE_LISTEN_URL: db.appUrl,
    },
  };
  apps = [await startApp(viaBouncer), await startApp(viaBouncer)];
  const orgs = [await newOrg(db), await newOrg(db)];
  for (const org of orgs)
    for (let i = 0; i < 3; i++) {
      const user = await newUser(db, org, 'patient');
      for (let k = 0; k < 3; k++) await newNotification(db, user, { title: `for ${user.id} #${k}` });
      users.push(user);
    }
});

afterAll(async () => {
  for (const app of apps) await app.close();
  bouncer?.kill('SIGTERM');
  if (bouncer && bouncer.exitCode === null) await new Promise((r) => bouncer!.once('exit', r));
  await db?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('through PgBouncer in transaction mode', () => {
  it('serves the API from two instances; each caller sees only their own rows under concurrent load', async () => {
    const seen = new Map<string, number>();
    await Promise.all(
      Array.from({ length: 240 }, async (_, i) => {
        const user = users[i % users.length];
        const app = apps[i % apps.length];
        const page = expectOk(await apiClient(app, user.token).GET('/api/notifications'), 200);
        expect(page.items.map((n) => n.title).sort()).toEqual([0, 1, 2].map((k) => `for ${user.id} #${k}`));
        const me = expectOk(await apiClient(app, user.token).GET('/api/me'), 200);
        expect(me.id).toBe(user.id);
        seen.set(user.id, (seen.get(user.id) ?? 0) + 1);
      }),
    );
    expect([...seen.values()]).toEqual(users.map(() => 240 / users.length));
  });

  it('leaves no role or claims on a pooled server connection', async () => {
    // Every statement below may run on any of the server connections the load above used.
    const client = new Client({ connectionString: bouncerUrl });
    await client.connect();
    try {
      const backends = new Set<number>();
      for (let i = 0; i < 50; i++) {
        const { rows } = await client.query<{ role: string; claims: string | null; pid: number }>(
          `SELECT current_user AS role, current_setting('request.jwt.claims', true) AS claims, pg_backend_pid() AS pid`,
        );
        expect(rows[0].role).toBe(db.config.DATABASE_APP_ROLE);
        expect(rows[0].claims ?? '').toBe('');
        backends.add(rows[0].pid);
      }
      expect(backends.size).toBeGreaterThanOrEqual(1);
      expect(backends.size).toBeLessThanOrEqual(SERVER_CONNECTIONS);
    } finally {
      await client.end();
    }
  });

  it('needs DATABASE_PREPARED_STATEMENTS=false: with named statements the pooled connections refuse them', async () => {
    const named = await startApp({
      ...db,
      appUrl: bouncerUrl,
      config: { ...db.config, DATABASE_POOL_SIZE: 6 },
    });
    try {
      const statuses = await Promise.all(
        Array.from({ length: 40 }, async (_, i) => {
          const user = users[i % users.length];
          return (await apiClient(named, user.token).GET('/api/notifications')).response.status;
        }),
      );
      // A statement prepared on one server connection is unknown on the next (or already exists): some fail.
      expect(statuses.some((s) => s >= 500)).toBe(true);
    } finally {
      await named.close();
    }
  });
});
