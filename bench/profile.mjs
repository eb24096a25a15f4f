// `npm run bench:profile -- [--endpoint list|health] [--connections 64] [--duration 5] [--rounds 3]
//                          [--dist DIR] [--cpu-prof DIR]`
//
// Carebase alone (server A of `npm run bench`, same production settings and quick data set), one endpoint:
// prints req/s, latency and CPU per request (Node: the server process; PostgreSQL: every process of its server,
// when it runs on this machine) for each round and their medians. Made to compare two builds
// back to back (`--dist` points at another checkout's `dist/`; the database and data stay this checkout's) and,
// with `--cpu-prof DIR`, to write a V8 CPU profile of the server (a .cpuprofile, opened by Chrome DevTools or
// turned into a flame graph) covering the measured rounds and their warm-up.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BENCH_JWT_SECRET, ROOT, benchDatabase, loadDist, parseArgs, signToken } from './lib/common.mjs';
import pg from 'pg';
import { seed } from './seed-data.mjs';

const args = parseArgs(process.argv.slice(2), { endpoint: 'list', connections: 64, duration: 5, rounds: 3 });
// Read-only endpoints: repeated runs see the same data (bookings would use up the seeded slots and limits).
const PATHS = { list: '/api/notifications?limit=20', health: '/health' };
if (!PATHS[args.endpoint]) throw new Error(`--endpoint must be one of ${Object.keys(PATHS).join(', ')}`);
const DATA = { orgs: 50, users: 1000, notificationsPerUser: 50, bookingsPerUser: 2 }; // the quick bench's
const PORT = 3111;
const POOL = Number(process.env.DATABASE_POOL_SIZE ?? 10);
const CLK_TCK = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
const tmp = mkdtempSync(path.join(os.tmpdir(), 'carebase-profile-'));
const log = (m) => process.stdout.write(`${m}\n`);

function procStat(pid) {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = s.slice(s.lastIndexOf(')') + 2).split(' '); // f[0] is field 3 (state)
    return { ppid: Number(f[1]), self: Number(f[11]) + Number(f[12]), children: Number(f[13]) + Number(f[14]) };
  } catch {
    return undefined;
  }
}
const cpuTicks = (pid) => procStat(pid).self;
let postmasterPid;
/** The PostgreSQL server's CPU: the postmaster, its backends and what its exited children used. */
function pgTicks() {
  if (!postmasterPid) return NaN;
  const pm = procStat(postmasterPid);
  let total = pm.self + pm.children;
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    const t = procStat(d);
    if (t && t.ppid === postmasterPid) total += t.self;
  }
  return total;
}

async function waitHealthy(child) {
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error('the server exited while starting (its stderr is above)');
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/health`)).ok) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the server did not become healthy within 60 s');
}

async function load(server, tokensFile, duration) {
  const opts = {
    url: `http://127.0.0.1:${PORT}`,
    path: PATHS[args.endpoint],
    kind: args.endpoint,
    connections: args.connections,
    duration,
    tokensFile,
    orgs: DATA.orgs,
  };
  const t0 = cpuTicks(server.pid);
  const pg0 = pgTicks();
  const out = execFileSync(process.execPath, [path.join(ROOT, 'bench/lib/load.mjs'), JSON.stringify(opts)], {
    cwd: ROOT,
  }).toString();
  const r = JSON.parse(out.trim().split('\n').pop());
  const perReq = (ticks) => (ticks * (1e6 / CLK_TCK)) / Math.max(r.requests, 1);
  const nodeUsPerReq = perReq(cpuTicks(server.pid) - t0);
  const pgUsPerReq = perReq(pgTicks() - pg0);
  return { rps: r.rps, p50: r.p50, p99: r.p99, errors: r.errors, codes: r.codes, nodeUsPerReq, pgUsPerReq };
}

async function main() {
  const distDir = path.resolve(args.dist ?? path.join(ROOT, 'bench', '.cache', 'dist'));
  if (!existsSync(path.join(distDir, 'src/main.js'))) throw new Error(`no build at ${distDir}: run "npx nest build"`);
  // The database is this checkout's (its migrations), whichever build serves it.
  const db = await benchDatabase(loadDist(path.join(ROOT, 'bench', '.cache', 'dist')), { migrate: true });
  await seed(db.ownerUrl, DATA, { write: () => undefined });
  const owner = new pg.Client({ connectionString: db.ownerUrl });
  await owner.connect();
  const { rows } = await owner.query('SELECT pg_backend_pid() AS pid');
  postmasterPid = procStat(rows[0].pid)?.ppid; // while the backend lives
  await owner.end();
  if (!postmasterPid) log('PostgreSQL is not on this machine: its CPU is not measured');
  const tokens = [];
  for (let i = 0; i < 1000; i++) {
    const n = 1 + Math.floor(Math.random() * DATA.users);
    tokens.push([n, signToken(BENCH_JWT_SECRET, n, DATA.orgs)]);
  }
  const tokensFile = path.join(tmp, 'tokens.json');
  writeFileSync(tokensFile, JSON.stringify(tokens));

  const nodeArgs = [];
  if (args.cpuProf) {
    const dir = path.resolve(String(args.cpuProf));
    mkdirSync(dir, { recursive: true });
    nodeArgs.push('--cpu-prof', `--cpu-prof-dir=${dir}`);
  }
  const server = spawn(process.execPath, [...nodeArgs, path.join(distDir, 'src/main.js')], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      JWT_SECRET: BENCH_JWT_SECRET,
      DATABASE_POOL_SIZE: String(POOL),
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      PORT: String(PORT),
      LOG_LEVEL: 'warn',
      SCHEDULER_ENABLED: 'false',
      MIGRATIONS_RUN: 'false',
      DATABASE_URL: db.ownerUrl,
      DATABASE_APP_PASSWORD: db.cfg.DATABASE_APP_PASSWORD,
      DATA_ENCRYPTION_KEY: Buffer.alloc(32, 9).toString('base64'),
      SMTP_URL: 'smtp://127.0.0.1:1',
      MAIL_FROM: 'bench@carebase.test',
    },
  });
  try {
    await waitHealthy(server);
    await load(server, tokensFile, 2); // warm-up
    const runs = [];
    for (let i = 1; i <= args.rounds; i++) {
      const r = await load(server, tokensFile, args.duration);
      runs.push(r);
      log(
        `${args.endpoint} round ${i}: ${r.rps.toFixed(0)} req/s  p50 ${r.p50} p99 ${r.p99} ms  node ${r.nodeUsPerReq.toFixed(0)} pg ${r.pgUsPerReq.toFixed(0)} us/req  errors ${r.errors} codes ${JSON.stringify(r.codes)}`,
      );
    }
    const median = (k) => runs.map((r) => r[k]).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
    log(
      `${args.endpoint} median (${distDir}): ${median('rps').toFixed(0)} req/s  p99 ${median('p99')} ms  node ${median('nodeUsPerReq').toFixed(0)} pg ${median('pgUsPerReq').toFixed(0)} us/req  load avg ${os.loadavg()[0].toFixed(2)}`,
    );
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => (server.exitCode !== null ? r() : server.on('exit', r)));
    await db.embedded?.stop();
  }
  if (args.cpuProf && !existsSync(path.resolve(String(args.cpuProf)))) log('no profile was written');
}

main().then(
  () => process.exit(0),
  (err) => {
    process.stderr.write(`bench:profile failed: ${err?.stack ?? err}\n`);
    process.exit(1);
  },
);
