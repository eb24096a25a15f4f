// The bench report: the table, the ratios and the targets of issue 14 (each met or missed), the checkout's
// correctness checks, and the charts; printed and as docs/benchmarks.md.
import { evaluateTargets, verdict } from './targets.mjs';

const f = (x, d = 0) => (x === null || x === undefined || !Number.isFinite(x) ? '-' : x.toFixed(d));
/** The heading that starts the hand-written part of docs/benchmarks.md, kept when the bench rewrites the file. */
export const HAND_WRITTEN = /^## .*written by hand/m;

/**
 * The absolute targets (a p99 in ms, Node CPU in us) were set from the run of 2026-11-23 on another machine of the
 * same kind, where the hand-written peer C used 432 us of Node CPU per list request. C is unchanged since, so its
 * figure on this run's machine says how much slower or faster the host is: a reader can tell the code from it.
 * (L* is no yardstick across runs: it sends A's list statement, which changed.)
 */
const REFERENCE = { cNodeUs: 432, aNodeTargetUs: 250 };
function machineScale(P) {
  const c = P.list?.C?.nodeUsPerReq;
  const a = P.list?.A?.nodeUsPerReq;
  if (!c || !a) return [];
  const share = REFERENCE.aNodeTargetUs / REFERENCE.cNodeUs;
  return [
    `The absolute targets were set on the machine of the 2026-11-23 run, where the hand-written peer C used ` +
      `${REFERENCE.cNodeUs} us of Node CPU per list request. On this run's machine C used ${f(c, 0)} us ` +
      `(${f(c / REFERENCE.cNodeUs, 2)}x). Scaled the same way, the Node CPU goal of ${REFERENCE.aNodeTargetUs} us ` +
      `(${f(share, 2)} of C's) would be ${f(share * c, 0)} us here; A used ${f(a, 0)} us (${f(a / c, 2)} of C's). ` +
      'The verdicts above are against the goals as written.',
    '',
  ];
}

export function report(r) {
  const P = r.peaks;
  const ratio = (e, a, b) => (P[e]?.[a] && P[e]?.[b] ? P[e][a].rps / P[e][b].rps : null);
  const ratios = {};
  for (const e of Object.keys(P)) ratios[e] = { 'A/L': ratio(e, 'A', 'L'), 'A/L*': ratio(e, 'A', 'L*'), 'A/B': ratio(e, 'A', 'B'), 'A/C': ratio(e, 'A', 'C') };
  const targets = evaluateTargets(P, r.fixedRate);
  const measured = (t) => `${f(t.value, 2)}${t.unit ? ` ${t.unit}` : ''}${t.detail ? ` (${t.detail})` : ''}`;

  const rows = [];
  for (const [e, byTarget] of Object.entries(r.table))
    for (const [t, byConn] of Object.entries(byTarget))
      for (const [c, s] of Object.entries(byConn))
        rows.push([e, t, c, f(s.rps), f(s.p50, 1), f(s.p99, 1), f(s.nodeUsPerReq), f(s.pgUsPerReq), String(s.conflicts), String(s.errors),
          s.sampleCheck ? `${s.sampleCheck.bad} bad / ${s.sampleCheck.rows}` : 'n/a (pgbench)']);
  const head = ['endpoint', 'target', 'conns', 'req/s', 'p50 ms', 'p99 ms', 'node us/req', 'pg us/req', '409', 'errors', 'rows checked (sample)'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((x) => x[i].length)));
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
  const ratioLines = Object.entries(ratios).map(([e, rs]) => `${e.padEnd(8)} ${Object.entries(rs).map(([k, v]) => `${k} ${f(v, 2)}`).join('   ')}`);
  const fixed = Object.entries(r.fixedRate ?? {}).flatMap(([e, byShare]) =>
    Object.entries(byShare).map(([share, s]) => `${e.padEnd(8)} A at ${share} of peak (${s.rate} req/s): got ${f(s.rps)} req/s, p50 ${f(s.p50, 1)} ms, p99 ${f(s.p99, 1)} ms, errors ${s.errors}`),
  );
  const c = r.checkoutChecks;
  const checkoutLine = c
    ? `${c.ok ? 'all passed' : 'FAILED'}: ${c.orders} orders (${c.unitsSold} units) in this session; stock never negative ${c.stockNeverNegative} (lowest ${c.minStock}); ` +
      `stock + units sold unchanged but for restocking (${c.restocked} units) ${c.stockAccounted}; every order paid in full with its one line ${c.ordersPaidInFull}; ` +
      `buyers' wallets lost what the revenue accounts gained and the orders total ${c.moneyAccounted}; ledger_discrepancies() rows ${c.ledgerDiscrepancies}`
    : undefined;
  const partial = r.endpoints && r.endpoints.length < 4 ? ` (only ${r.endpoints.join(', ')})` : '';
  const text = [
    `Carebase bench${r.quick ? ' (quick)' : ''}${partial}: ${r.machine.nproc} cores, ${r.machine.cpu}, ${r.machine.memoryGiB} GiB, Node ${r.machine.node}`,
    `data: ${JSON.stringify(r.plan.data)}; pool ${r.pool}; ${r.plan.rounds} rounds x ${r.plan.duration} s; load average ${r.machine.loadAvgAtStart.join(' ')} -> ${r.loadAvgAtEnd.join(' ')}`,
    '',
    line(head),
    ...rows.map(line),
    '',
    'ratios (peak req/s over connection levels):',
    ...ratioLines,
    '',
    'fixed rate:',
    ...fixed,
    '',
    `verification pass: ${JSON.stringify(r.verification)}`,
    ...(checkoutLine ? [`checkout checks: ${checkoutLine}`] : []),
    r.scaling ? `scaling (list, 64 conns): ${Object.entries(r.scaling).map(([t, s]) => `${t} ${f(s.small.cpuUsPerReq)} us/req at ${s.small.notifications} -> ${f(s.large.cpuUsPerReq)} us/req at ${s.large.notifications} (${f(s.change * 100, 1)}%)`).join('; ')}` : 'scaling: not measured in this run',
    '',
    'targets (issue 14):',
    ...targets.map((t) => `  [${verdict(t).padEnd(12)}] ${t.target} ${t.goal}: ${measured(t)}`),
  ].join('\n');

  /** `charts`: [{ title, file }] with files relative to docs/; `handWritten`: the kept hand-written part. */
  const markdown = (resultsFile, charts = [], handWritten = '') => {
    const md = (cells) => `| ${cells.join(' | ')} |`;
    return [
      '# Benchmarks',
      '',
      'Produced by `npm run bench` (full run; `npm run bench -- --quick` is the short version, `--only checkout` one',
      'endpoint). Targets: issue 14. Raw results: [`' + resultsFile + '`](../' + resultsFile + ').',
      '',
      '- **A**: Carebase, production build (`node dist/src/main.js`, `LOG_LEVEL=warn`, scheduler off).',
      '- **B**: `bench/peers/nest-typeorm`: NestJS + TypeORM on the Fastify adapter, a QueryRunner transaction per request,',
      '  `SET LOCAL ROLE authenticated` and `set_config(\'request.jwt.claims\', ...)` as two statements, repository `find` / `save`',
      '  (list, booking, /health; it has no checkout).',
      '- **C**: `bench/peers/fastify-pg`: Fastify + pg by hand: BEGIN; set_config; query; COMMIT (unnamed statements). Its',
      '  checkout stores the Idempotency-Key, calls the same `app_private.checkout` (the rules live in the database), reads',
      '  the order and its items and stores the answer, one statement at a time.',
      "- **L**: pgbench running the statements A sends per request, in A's shape (BEGIN + claims + first query pipelined,",
      "  then the rest one by one; the list is a single read, so A's shape there is L\\*'s, with `BEGIN READ ONLY`),",
      "  `-M prepared`, as many connections as A's pool. **L\\***: the whole transaction in one",
      '  pipeline (one round trip), prepared; for the booking, one `INSERT ... SELECT ... RETURNING` instead of three',
      "  statements; for the checkout, the order and its items found as the caller's latest order instead of by the id.",
      '- HTTP load: autocannon in its own process, a pool of pre-signed tokens for random users; bookings on',
      '  non-overlapping one-minute slots (409s are counted apart from errors). Checkout: `POST /api/orders/checkout` with a',
      "  fresh Idempotency-Key, paid from the buyer's wallet through the ledger; each org sells one product, each user has",
      '  a funded wallet and a one-line cart that the bench refills (before each run, and every 500 ms during it: the',
      "  refiller's CPU is taken out of PostgreSQL's); users are taken in turn so no cart is asked twice before its refill.",
      '  CPU per request from `/proc` (server process; every process of the PostgreSQL server). Medians over rounds;',
      '  interleaved A B C (per connection level), L, L\\*.',
      '',
      '## Machine',
      '',
      md(['nproc', 'memory', 'CPU', 'Node', 'PostgreSQL', 'pgbench']),
      md(['---', '---', '---', '---', '---', '---']),
      md([String(r.machine.nproc), `${r.machine.memoryGiB} GiB`, r.machine.cpu, r.machine.node, r.machine.postgres.split(' on ')[0], r.machine.pgbench]),
      '',
      `Load average at start ${r.machine.loadAvgAtStart.join(' / ')}, at end ${r.loadAvgAtEnd.join(' / ')} on ${r.machine.nproc} cores${r.machine.loadAvgAtStart[0] >= 0.5 ? ': other work shared the machine' : ''}`,
      '(the interleaving keeps the ratios fair; absolute figures drop as the load rises).',
      `Data: ${JSON.stringify(r.plan.data)}; ${r.plan.rounds} rounds of ${r.plan.duration} s per run; pool ${r.pool}; run took ${r.durationS} s${r.quick ? '; QUICK RUN' : ''}${partial}.`,
      '',
      '## Targets (issue 14)',
      '',
      md(['target', 'goal', 'measured', 'verdict']),
      md(['---', '---', '---', '---']),
      ...targets.map((t) => md([t.target, t.goal, measured(t), verdict(t)])),
      '',
      ...machineScale(P),
      '## Charts',
      '',
      ...(charts.length ? charts.map((ch) => `![${ch.title}](${ch.file})`) : ['- None written.']),
      '',
      '## Results',
      '',
      md(head),
      md(head.map(() => '---')),
      ...rows.map(md),
      '',
      '## Ratios (peak req/s over the connection levels)',
      '',
      md(['endpoint', 'A/L', 'A/L*', 'A/B', 'A/C']),
      md(['---', '---', '---', '---', '---']),
      ...Object.entries(ratios).map(([e, rs]) => md([e, f(rs['A/L'], 2), f(rs['A/L*'], 2), f(rs['A/B'], 2), f(rs['A/C'], 2)])),
      '',
      '## Fixed rate',
      '',
      ...fixed.map((l) => `- ${l}`),
      '',
      '## Correctness checks',
      '',
      `- During the load: a sample of responses (every 5th) is parsed; each notification's title names its recipient, each booking must be for the caller's patient record, each checkout the caller's paid order of their organization's product (column "rows checked").`,
      `- Untimed pass after the runs: ${Object.entries(r.verification ?? {}).map(([k, v]) => `${k}: ${v.rows} rows, ${v.bad} bad`).join('; ') || 'none'}.`,
      ...(checkoutLine ? [`- Checkout, after the runs: ${checkoutLine}.`] : []),
      '',
      '## Scaling',
      '',
      r.scaling
        ? Object.entries(r.scaling).map(([t, s]) => `- ${t}: ${f(s.small.cpuUsPerReq)} CPU us/request at ${s.small.notifications} notifications, ${f(s.large.cpuUsPerReq)} at ${s.large.notifications} (${f(s.change * 100, 1)}%); req/s ${f(s.small.rps)} -> ${f(s.large.rps)}.`).join('\n')
        : '- Not measured in this run.',
      '',
      ...(handWritten ? [handWritten.trimEnd(), ''] : []),
    ].join('\n');
  };
  return { text, markdown, targets, ratios };
}
