// The bench report: the table, the ratios and the targets of the benchmark issue (each met or missed),
// printed and as docs/benchmarks.md.
const f = (x, d = 0) => (x === null || x === undefined || !Number.isFinite(x) ? '-' : x.toFixed(d));

export function report(r) {
  const P = r.peaks;
  const ratio = (e, a, b) => P[e][a].rps / P[e][b].rps;
  const ratios = {};
  for (const e of ['list', 'booking']) ratios[e] = { 'A/L': ratio(e, 'A', 'L'), 'A/L*': ratio(e, 'A', 'L*'), 'A/B': ratio(e, 'A', 'B'), 'A/C': ratio(e, 'A', 'C') };
  ratios.health = { 'A/B': ratio('health', 'A', 'B'), 'A/C': ratio('health', 'A', 'C') };
  const at80 = r.fixedRate?.list?.['80%'];
  const targets = [
    { target: 'List: A >= 0.30 x L*', value: ratios.list['A/L*'], met: ratios.list['A/L*'] >= 0.3 },
    { target: 'List: A >= 3 x B', value: ratios.list['A/B'], met: ratios.list['A/B'] >= 3 },
    { target: 'List: A >= 1.0 x C', value: ratios.list['A/C'], met: ratios.list['A/C'] >= 1 },
    { target: "List: p99 <= 10 ms at 80% of A's peak", value: at80?.p99, unit: 'ms', met: at80 ? at80.p99 <= 10 : null },
    { target: 'Create booking: A >= 0.25 x L*', value: ratios.booking['A/L*'], met: ratios.booking['A/L*'] >= 0.25 },
    { target: 'Create booking: A >= 2 x B', value: ratios.booking['A/B'], met: ratios.booking['A/B'] >= 2 },
    { target: 'Node CPU per list request <= 150 us', value: P.list.A.nodeUsPerReq, unit: 'us', met: P.list.A.nodeUsPerReq <= 150 },
    r.scaling
      ? { target: 'Cost per request flat (within 20%) from 10k to 1M notifications', value: r.scaling.A.change * 100, unit: '% (A)', met: Math.abs(r.scaling.A.change) <= 0.2 }
      : { target: 'Cost per request flat (within 20%) from 10k to 1M notifications', value: null, met: null, note: 'not measured in --quick' },
  ];
  const verdict = (t) => (t.met === null ? 'SKIPPED' : t.met ? 'met' : 'MISSED');

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
  const text = [
    `Carebase bench${r.quick ? ' (quick)' : ''}: ${r.machine.nproc} cores, ${r.machine.cpu}, ${r.machine.memoryGiB} GiB, Node ${r.machine.node}`,
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
    r.scaling ? `scaling (list, 64 conns): ${Object.entries(r.scaling).map(([t, s]) => `${t} ${f(s.small.cpuUsPerReq)} us/req at ${s.small.notifications} -> ${f(s.large.cpuUsPerReq)} us/req at ${s.large.notifications} (${f(s.change * 100, 1)}%)`).join('; ')}` : 'scaling: skipped in --quick',
    '',
    'targets:',
    ...targets.map((t) => `  [${verdict(t).padEnd(7)}] ${t.target}: ${f(t.value, 2)}${t.unit ? ` ${t.unit}` : ''}${t.note ? ` (${t.note})` : ''}`),
  ].join('\n');

  const markdown = (resultsFile) => {
    const md = (cells) => `| ${cells.join(' | ')} |`;
    return [
      '# Benchmarks',
      '',
      'Produced by `npm run bench` (full run; `npm run bench -- --quick` is the short version). Targets and method:',
      'the benchmark issue. Raw results: [`' + resultsFile + '`](../' + resultsFile + ').',
      '',
      '- **A**: Carebase, production build (`node dist/src/main.js`, `LOG_LEVEL=warn`, scheduler off).',
      '- **B**: `bench/peers/nest-typeorm`: NestJS + TypeORM on the Fastify adapter, a QueryRunner transaction per request,',
      '  `SET LOCAL ROLE authenticated` and `set_config(\'request.jwt.claims\', ...)` as two statements, repository `find` / `save`.',
      '- **C**: `bench/peers/fastify-pg`: Fastify + pg by hand: BEGIN; set_config; query; COMMIT (unnamed statements).',
      "- **L**: pgbench running the statements A sends per request, in A's shape (BEGIN + claims + first query pipelined,",
      "  then the rest one by one), `-M prepared`, as many connections as A's pool. **L\\***: the whole transaction in one",
      '  pipeline (one round trip), prepared.',
      '- HTTP load: autocannon in its own process, a pool of pre-signed tokens for random users; bookings on',
      '  non-overlapping one-minute slots (409s are counted apart from errors). CPU per request from `/proc` (server process;',
      '  every process of the PostgreSQL server). Medians over rounds; interleaved A B C (per connection level), L, L\\*.',
      '',
      '## Machine',
      '',
      md(['nproc', 'memory', 'CPU', 'Node', 'PostgreSQL', 'pgbench']),
      md(['---', '---', '---', '---', '---', '---']),
      md([String(r.machine.nproc), `${r.machine.memoryGiB} GiB`, r.machine.cpu, r.machine.node, r.machine.postgres.split(' on ')[0], r.machine.pgbench]),
      '',
      `Load average at start ${r.machine.loadAvgAtStart.join(' / ')}, at end ${r.loadAvgAtEnd.join(' / ')}: other work shared the two cores`,
      'during the run (the interleaving keeps the ratios fair; absolute figures are lower than on an idle machine).',
      `Data: ${JSON.stringify(r.plan.data)}; ${r.plan.rounds} rounds of ${r.plan.duration} s per run; pool ${r.pool}; run took ${r.durationS} s.`,
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
      '## Row ownership checks',
      '',
      `- During the load: a sample of responses (every 5th) is parsed; each notification's title names its recipient and each booking must be for the caller's patient record (column "rows checked").`,
      `- Untimed pass after the runs: ${Object.entries(r.verification).map(([k, v]) => `${k}: ${v.rows} rows, ${v.bad} bad`).join('; ')}.`,
      '',
      '## Scaling',
      '',
      r.scaling
        ? Object.entries(r.scaling).map(([t, s]) => `- ${t}: ${f(s.small.cpuUsPerReq)} CPU us/request at ${s.small.notifications} notifications, ${f(s.large.cpuUsPerReq)} at ${s.large.notifications} (${f(s.change * 100, 1)}%); req/s ${f(s.small.rps)} -> ${f(s.large.rps)}.`).join('\n')
        : '- Not measured (quick run).',
      '',
      '## Targets',
      '',
      md(['target', 'measured', 'verdict']),
      md(['---', '---', '---']),
      ...targets.map((t) => md([t.target, `${f(t.value, 2)}${t.unit ? ` ${t.unit}` : ''}`, verdict(t)])),
      '',
    ].join('\n');
  };
  return { text, markdown, targets, ratios };
}
