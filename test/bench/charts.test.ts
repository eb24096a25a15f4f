// The bench's SVG charts (bench/lib/charts.mjs): well-formed SVG, text escaped, bars proportional to their
// values on an axis from zero, stacked segments summing to their total, missing values drawn as no bar.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { barChart, niceMax, writeCharts } from '../../bench/lib/charts.mjs';

interface Bar {
  series: string;
  category: string;
  value: number;
  y: number;
  height: number;
}

function bars(svg: string): Bar[] {
  return [...svg.matchAll(/<rect class="bar" ([^>]*)>/g)].map(([, attrs]) => {
    const a = Object.fromEntries([...attrs.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, k, v]) => [k, v]));
    return {
      series: a['data-series'],
      category: a['data-category'],
      value: Number(a['data-value']),
      y: Number(a.y),
      height: Number(a.height),
    };
  });
}

/** A small XML well-formedness check: one root <svg>, every tag closed in order, no raw & or < in text. */
function assertWellFormed(svg: string): void {
  expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  const stack: string[] = [];
  const body = svg.replace(
    /<(\/?)([A-Za-z][\w-]*)((?:\s+[\w-]+="[^"<]*")*)\s*(\/?)>/g,
    (_, close: string, name: string, _attrs: string, self: string) => {
      if (close) expect(stack.pop()).toBe(name);
      else if (!self) stack.push(name);
      return '';
    },
  );
  expect(stack).toEqual([]);
  expect(body).not.toMatch(/<|>/);
  expect(body).not.toMatch(/&(?!amp;|lt;|gt;|quot;)/);
}

describe('bench charts', () => {
  it('draws bars proportional to their values, from a zero baseline', () => {
    const svg = barChart({
      title: 'list: req/s <A & C>',
      unit: 'req/s',
      categories: ['A', 'C', 'L*'],
      series: [
        { name: '16 connections', values: [1000, 1500, null] },
        { name: '64 connections', values: [2000, 500, 6000] },
      ],
    });
    assertWellFormed(svg);
    expect(svg).toContain('list: req/s &lt;A &amp; C&gt;');
    const drawn = bars(svg);
    expect(drawn).toHaveLength(5); // the missing value has no bar
    const perUnit = drawn[0].height / drawn[0].value;
    for (const b of drawn) expect(b.height / b.value).toBeCloseTo(perUnit, 3);
    const baseline = drawn[0].y + drawn[0].height;
    for (const b of drawn) expect(b.y + b.height).toBeCloseTo(baseline, 1);
    const tallest = drawn.find((b) => b.value === 6000)!;
    const shortest = drawn.find((b) => b.value === 500)!;
    expect(tallest.height / shortest.height).toBeCloseTo(12, 2);
  });

  it('stacks series into one bar per category whose segments add up', () => {
    const svg = barChart({
      title: 'CPU',
      unit: 'us',
      categories: ['list A', 'list L*'],
      series: [
        { name: 'Node', values: [300, null] },
        { name: 'PostgreSQL', values: [450, 280] },
      ],
      stacked: true,
    });
    assertWellFormed(svg);
    const drawn = bars(svg);
    const a = drawn.filter((b) => b.category === 'list A');
    expect(a).toHaveLength(2);
    const [node, pgSeg] = a;
    expect(node.y).toBeCloseTo(pgSeg.y + pgSeg.height, 1); // Node sits on top of PostgreSQL's segment
    expect(pgSeg.height / node.height).toBeCloseTo(1.5, 3);
    const lStar = drawn.filter((b) => b.category === 'list L*');
    expect(lStar).toHaveLength(1);
    expect((node.height + pgSeg.height) / lStar[0].height).toBeCloseTo(750 / 280, 3);
  });

  it('rounds the axis up to a readable maximum', () => {
    expect(niceMax(6703)).toBe(10000);
    expect(niceMax(1477)).toBe(2000);
    expect(niceMax(240)).toBe(250);
    expect(niceMax(28.5)).toBe(50);
    expect(niceMax(0)).toBe(1);
  });

  it("writes a run's charts: req/s and latency per endpoint, CPU per request", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-charts-'));
    try {
      const s = (rps: number, node: number | null, pg: number) => ({
        rps,
        p50: 2,
        p90: 4,
        p99: 9,
        p999: 20,
        nodeUsPerReq: node,
        pgUsPerReq: pg,
      });
      const written = writeCharts(
        {
          quick: true,
          pool: 10,
          table: {
            checkout: {
              A: { 64: s(300, 900, 2000) },
              C: { 64: s(320, 500, 2100) },
              L: { 10: s(800, null, 1500) },
            },
          },
          peaks: {
            checkout: {
              A: { connections: 64, ...s(300, 900, 2000) },
              C: { connections: 64, ...s(320, 500, 2100) },
              L: { connections: 10, ...s(800, null, 1500) },
            },
          },
          fixedRate: { checkout: { '80%': { rate: 240, ...s(239, 900, 2000) } } },
        },
        dir,
      );
      expect(written.map((w) => path.basename(w.file))).toEqual([
        'checkout-rps.svg',
        'checkout-latency.svg',
        'cpu-per-request.svg',
      ]);
      for (const w of written) assertWellFormed(readFileSync(w.file, 'utf8'));
      const rps = bars(readFileSync(written[0].file, 'utf8'));
      expect(rps.map((b) => [b.category, b.value])).toEqual([
        ['A', 300],
        ['C', 320],
        ['L', 800],
      ]);
      const latency = bars(readFileSync(written[1].file, 'utf8'));
      expect(latency.filter((b) => b.category.startsWith('A @80%')).map((b) => b.value)).toEqual([
        2, 4, 9, 20,
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
