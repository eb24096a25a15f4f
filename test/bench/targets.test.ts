// The bench's targets (issue 14's table, bench/lib/targets.mjs): each met or missed at its bound, and "not
// measured" when the run left the endpoint or the peer out.
import { describe, expect, it } from 'vitest';
import { evaluateTargets, verdict } from '../../bench/lib/targets.mjs';

const peak = (rps: number, nodeUsPerReq: number | null, pgUsPerReq: number) => ({
  rps,
  nodeUsPerReq,
  pgUsPerReq,
});
/** The last full run before issue 14 (docs/benchmarks.md of 2026-11-23): every target missed. */
const lastRun = {
  list: {
    A: peak(1477, 547, 454),
    B: peak(991, 873, 652),
    C: peak(1611, 432, 548),
    L: peak(6403, null, 286),
    'L*': peak(6703, null, 279),
  },
  booking: { A: peak(672, 854, 1478), C: peak(712, 488, 1897) },
  health: { A: peak(8147, 151, 0), C: peak(51681, 16, 0) },
};

describe('bench targets', () => {
  it("reproduces the issue's 'last run' column, every target missed", () => {
    const t = evaluateTargets(lastRun, { list: { '80%': { p99: 28.5 } } });
    expect(t.map((x) => x.target)).toEqual([
      'list: A / C (hand-written Fastify + pg)',
      'list: A / L*',
      "list: p99 at 80% of A's peak",
      'list: Node CPU per request',
      "list: PostgreSQL CPU per request against L*'s",
      'booking: A / C',
      "/health: A's CPU per request",
    ]);
    expect(t.map((x) => Number(x.value!.toFixed(2)))).toEqual([0.92, 0.22, 28.5, 547, 1.63, 0.94, 9.44]);
    expect(t.every((x) => x.met === false)).toBe(true);
    expect(t.map(verdict)).toEqual(Array(7).fill('MISSED'));
  });

  it('meets each target at its bound and misses it just past', () => {
    const at = (
      listAC: number,
      listAL: number,
      p99: number,
      node: number,
      pgRatio: number,
      bookAC: number,
      healthRatio: number,
    ) =>
      evaluateTargets(
        {
          list: {
            A: peak(1000 * listAC, node, 300 * pgRatio),
            C: peak(1000, 400, 500),
            'L*': peak((1000 * listAC) / listAL, null, 300),
          },
          booking: { A: peak(100 * bookAC, 800, 1500), C: peak(100, 500, 1800) },
          health: { A: peak(9000, 20 * healthRatio, 0), C: peak(40000, 20, 0) },
        },
        { list: { '80%': { p99 } } },
      ).map((x) => x.met);
    expect(at(1.2, 0.3, 10, 250, 1.2, 1.1, 2)).toEqual(Array(7).fill(true));
    expect(at(1.19, 0.29, 10.1, 251, 1.21, 1.09, 2.01)).toEqual(Array(7).fill(false));
  });

  it('says "not measured" for what the run left out (a --only checkout run)', () => {
    const t = evaluateTargets({ checkout: { A: peak(300, 900, 2000), C: peak(320, 500, 2100) } }, {});
    expect(t.every((x) => x.met === null && x.value === null)).toBe(true);
    expect(verdict(t[0])).toBe('not measured');
    const noPeer = evaluateTargets({ list: { A: peak(1000, 200, 300) } }, {});
    expect(noPeer[0].met).toBeNull(); // A / C without C
    expect(noPeer[3].met).toBe(true); // Node CPU needs only A
  });
});
