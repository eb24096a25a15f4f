// `npm run bench:startup -- [--runs 5] [--mode both|npm|node] [--dir TREE] [--keep]`
//
// Start-up time on a built tree: spawn -> the first 200 from GET /health, for `npm start` (the up-to-date
// check, then the server) and for `node dist/src/main.js` alone, each started --runs times, alternating.
// Every start brings up its own embedded PostgreSQL in a private data folder (initialized and migrated by
// one warm-up start that is not counted) on a free port, and is stopped with SIGTERM before the next one.
// Prints every run, then median, min and max per mode, beside the app's own "listening ... in N ms" figure,
// the load average, and the CPU the start used (its own processes, not PostgreSQL): a figure a busy machine
// does not inflate as it does the wall clock. `--dir` measures another tree (a checkout with its own dist/
// and node_modules), so two builds can be compared back to back; `--keep` keeps the data folder.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv) {
  const out = { runs: 5, mode: 'both', dir: ROOT, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i].replace(/^--/, '');
    if (key === 'keep') out.keep = true;
    else if (key in out) out[key] = key === 'runs' ? Number(argv[++i]) : argv[++i];
    else throw new Error(`unknown option ${argv[i]}`);
  }
  if (!['both', 'npm', 'node'].includes(out.mode)) throw new Error('--mode must be both, npm or node');
  if (!(out.runs >= 1)) throw new Error('--runs must be a positive number');
  out.dir = path.resolve(out.dir);
  return out;
}

const args = parseArgs(process.argv.slice(2));
const log = (m) => process.stdout.write(`${m}\n`);

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** True while any process of the group `pgid` is alive. */
function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

const CLK_TCK = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;

/**
 * CPU ms used so far by the start's own processes (npm, its shell, the check, the server; not PostgreSQL):
 * what a start costs regardless of how busy the machine is. Exited children count through their parent.
 */
function startCpuMs(pgid) {
  let ticks = 0;
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    let stat;
    try {
      stat = readFileSync(`/proc/${d}/stat`, 'utf8');
    } catch {
      continue;
    }
    const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // f[0] is field 3 (state)
    if (Number(f[2]) !== pgid || comm.startsWith('postgres')) continue;
    ticks += Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]);
  }
  return (ticks * 1000) / CLK_TCK;
}

const COMMANDS = {
  npm: ['npm', ['start', '--silent']],
  node: [process.execPath, ['dist/src/main.js']],
};

/** One start: ms from spawn to the first 200 from /health, and the app's own "in N ms". */
async function startOnce(mode, env, port) {
  const [cmd, argv] = COMMANDS[mode];
  const t0 = performance.now();
  // Its own process group, so SIGTERM reaches the server behind npm and its shell too.
  const child = spawn(cmd, argv, { cwd: args.dir, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let appMs;
  const collect = (chunk) => {
    output += chunk;
    const m = /listening on \S+.* in (\d+) ms/.exec(output);
    if (m && appMs === undefined) appMs = Number(m[1]);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  let exited = false;
  child.once('exit', () => (exited = true));
  let ms;
  let cpuMs;
  try {
    while (ms === undefined) {
      if (exited) throw new Error(`the server exited while starting:\n${output.slice(-3000)}`);
      if (performance.now() - t0 > 120_000)
        throw new Error(`no 200 from /health in 120 s:\n${output.slice(-3000)}`);
      try {
        const res = await fetch(`http://127.0.0.1:${port}/health`);
        await res.arrayBuffer();
        if (res.status === 200) {
          ms = performance.now() - t0;
          cpuMs = startCpuMs(child.pid);
        }
      } catch {
        /* not listening yet */
      }
      if (ms === undefined) await sleep(10);
    }
    // The log line is written just after listen() resolves: give it a moment to arrive.
    for (let i = 0; i < 100 && appMs === undefined && !exited; i++) await sleep(10);
  } finally {
    if (groupAlive(child.pid)) process.kill(-child.pid, 'SIGTERM');
    for (let i = 0; i < 3000 && groupAlive(child.pid); i++) await sleep(10);
    if (groupAlive(child.pid)) process.kill(-child.pid, 'SIGKILL');
  }
  return { ms, appMs, cpuMs };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const fmt = (x) => (x === undefined || Number.isNaN(x) ? '-' : `${Math.round(x)}`);
const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

async function main() {
  if (!existsSync(path.join(args.dir, 'dist/src/main.js')))
    throw new Error(`${args.dir} has no build (dist/src/main.js): run \`npm run build\` there first`);
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'carebase-startup-'));
  const port = await freePort();
  const env = {
    ...process.env,
    NODE_ENV: 'development',
    HOST: '127.0.0.1',
    PORT: String(port),
    LOG_LEVEL: 'info',
    EMBEDDED_PG_DIR: path.join(tmp, 'postgres'),
    EMBEDDED_PG_PORT: String(await freePort()),
    AUDIT_EXPORT_DIR: path.join(tmp, 'audit-exports'),
  };
  delete env.DATABASE_URL;
  delete env.DATABASE_APP_URL;
  const modes = args.mode === 'both' ? ['npm', 'node'] : [args.mode];
  log(`start-up of ${args.dir}: ${args.runs} runs of ${modes.join(' and ')}; load average ${load()}`);
  try {
    const warm = await startOnce('node', env, port);
    log(`warm-up (creates and migrates the database, not counted): ${fmt(warm.ms)} ms`);
    const results = Object.fromEntries(modes.map((m) => [m, []]));
    for (let i = 0; i < args.runs; i++) {
      for (const mode of modes) {
        const r = await startOnce(mode, env, port);
        results[mode].push(r);
        log(
          `run ${i + 1} ${mode.padEnd(4)}: ${fmt(r.ms)} ms to the first 200 (app says ${fmt(r.appMs)} ms; CPU ${fmt(r.cpuMs)} ms)`,
        );
      }
    }
    log('');
    log(
      'mode | command                 | median ms | min ms | max ms | app "listening in" median ms | CPU median ms',
    );
    log(
      '-----|-------------------------|-----------|--------|--------|------------------------------|--------------',
    );
    for (const mode of modes) {
      const ms = results[mode].map((r) => r.ms);
      const app = results[mode].map((r) => r.appMs).filter((x) => x !== undefined);
      const cpu = results[mode].map((r) => r.cpuMs);
      const command = mode === 'npm' ? 'npm start' : 'node dist/src/main.js';
      log(
        `${mode.padEnd(4)} | ${command.padEnd(23)} | ${fmt(median(ms)).padStart(9)} | ${fmt(Math.min(...ms)).padStart(6)} | ${fmt(Math.max(...ms)).padStart(6)} | ${fmt(app.length ? median(app) : undefined).padStart(28)} | ${fmt(median(cpu)).padStart(12)}`,
      );
    }
    log(`load average after: ${load()} (${os.cpus().length} cores)`);
  } finally {
    if (args.keep) log(`data folder kept: ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((err) => {
  process.stderr.write(`${err?.stack ?? err}\n`);
  process.exit(1);
});
