// The bench's targets (issue 14's table), each met, MISSED, or not measured when the run left its endpoint or
// target out. Ratios take each target's peak req/s over the connection levels; CPU per request is at that peak.
const ratio = (a, b) => (a && b && b.rps > 0 ? a.rps / b.rps : null);

/**
 * @param {Record<string, Record<string, { rps: number, nodeUsPerReq: number|null, pgUsPerReq: number }>>} peaks
 * @param {Record<string, Record<string, { p99: number }>>} [fixedRate]
 */
export function evaluateTargets(peaks, fixedRate = {}) {
  const P = (e, t) => peaks?.[e]?.[t];
  const num = (x) => (typeof x === 'number' && Number.isFinite(x) ? x : null);
  const listPg = num(P('list', 'A')?.pgUsPerReq);
  const listPgL = num(P('list', 'L*')?.pgUsPerReq);
  const healthA = num(P('health', 'A')?.nodeUsPerReq);
  const healthC = num(P('health', 'C')?.nodeUsPerReq);
  const targets = [
    { target: 'list: A / C (hand-written Fastify + pg)', goal: '>= 1.2', value: ratio(P('list', 'A'), P('list', 'C')), test: (v) => v >= 1.2 },
    { target: 'list: A / L*', goal: '>= 0.30', value: ratio(P('list', 'A'), P('list', 'L*')), test: (v) => v >= 0.3 },
    { target: "list: p99 at 80% of A's peak", goal: '<= 10 ms', unit: 'ms', value: num(fixedRate?.list?.['80%']?.p99), test: (v) => v <= 10 },
    { target: 'list: Node CPU per request', goal: '<= 250 us', unit: 'us', value: num(P('list', 'A')?.nodeUsPerReq), test: (v) => v <= 250 },
    {
      target: "list: PostgreSQL CPU per request against L*'s",
      goal: "<= 1.2 x L*'s",
      unit: 'x',
      value: listPg !== null && listPgL ? listPg / listPgL : null,
      detail: listPg !== null && listPgL !== null ? `${listPg.toFixed(0)} vs ${listPgL.toFixed(0)} us` : undefined,
      test: (v) => v <= 1.2,
    },
    { target: 'booking: A / C', goal: '>= 1.1', value: ratio(P('booking', 'A'), P('booking', 'C')), test: (v) => v >= 1.1 },
    {
      target: "/health: A's CPU per request",
      goal: "<= 2 x C's",
      unit: 'x',
      value: healthA !== null && healthC ? healthA / healthC : null,
      detail: healthA !== null && healthC !== null ? `${healthA.toFixed(0)} vs ${healthC.toFixed(0)} us` : undefined,
      test: (v) => v <= 2,
    },
  ];
  return targets.map(({ test, ...t }) => ({ ...t, met: t.value === null ? null : test(t.value) }));
}

export const verdict = (t) => (t.met === null ? 'not measured' : t.met ? 'met' : 'MISSED');
