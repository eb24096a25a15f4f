// SVG charts of a bench run (issue 14), drawn by hand (no chart library): req/s by target and connection
// level, latency percentiles, and CPU per request (Node and PostgreSQL stacked), one file each, written
// beside the tables. Bars are proportional to their values on an axis that starts at zero.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const PALETTE = ['#4e79a7', '#f28e2b', '#59a14f', '#e15759', '#76b7b2', '#b07aa1', '#edc948', '#9c755f'];
const FONT = 'font-family="system-ui, -apple-system, Segoe UI, sans-serif"';

export function escapeXml(s) {
  return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A round axis maximum at or above `max` (1, 2, 2.5 or 5 times a power of ten). */
export function niceMax(max) {
  if (!(max > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(max));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= max) return m * p;
  return 10 * p;
}

const label = (v) => (v === 0 ? '0' : v >= 100 ? Math.round(v).toLocaleString('en-US') : v >= 10 ? v.toFixed(1) : v.toFixed(2));
const tick = (v, step) => (step >= 1 ? Math.round(v).toLocaleString('en-US') : String(Number(v.toFixed(3))));

/**
 * A bar chart: one group per category, one bar per series (or the series stacked in one bar).
 * Missing values (null, NaN) leave no bar. Answers the SVG text.
 * @param {{ title: string, unit: string, categories: string[], series: { name: string, values: (number|null)[] }[], stacked?: boolean }} c
 */
export function barChart({ title, unit, categories, series, stacked = false }) {
  const ok = (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0;
  const totals = categories.map((_, i) =>
    stacked ? series.reduce((a, s) => a + (ok(s.values[i]) ? s.values[i] : 0), 0) : Math.max(0, ...series.map((s) => (ok(s.values[i]) ? s.values[i] : 0))),
  );
  const top = niceMax(Math.max(0, ...totals));
  const perGroup = stacked ? 1 : series.length;
  const barW = stacked ? 36 : Math.max(10, Math.min(28, 120 / perGroup));
  // Wide enough for the longest category label (about 6.2 px a character at 11 px).
  const groupW = Math.max(perGroup * barW + 28, Math.max(0, ...categories.map((c) => String(c).length)) * 6.2 + 14);
  const left = 64;
  const plotTop = 48;
  const plotH = 240;
  const width = Math.max(420, left + categories.length * groupW + 24);
  const legendY = plotTop + plotH + 46;
  const height = legendY + 18 * Math.ceil(series.length / 4) + 10;
  const y = (v) => plotTop + plotH - (v / top) * plotH;
  const out = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(title)}">`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${width / 2}" y="24" text-anchor="middle" font-size="15" font-weight="600" ${FONT}>${escapeXml(title)}</text>`,
    `<text x="14" y="${plotTop + plotH / 2}" text-anchor="middle" font-size="11" ${FONT} transform="rotate(-90 14 ${plotTop + plotH / 2})">${escapeXml(unit)}</text>`,
  );
  for (let t = 0; t <= 5; t++) {
    const v = (top * t) / 5;
    out.push(
      `<line x1="${left}" y1="${y(v).toFixed(1)}" x2="${width - 16}" y2="${y(v).toFixed(1)}" stroke="${t ? '#e5e5e5' : '#333333'}" stroke-width="1"/>`,
      `<text x="${left - 6}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end" font-size="10" ${FONT}>${escapeXml(tick(v, top / 5))}</text>`,
    );
  }
  categories.forEach((cat, i) => {
    const span = stacked ? barW : perGroup * barW;
    const gx = left + 14 + i * groupW + (groupW - 28 - span) / 2;
    let base = 0;
    series.forEach((s, k) => {
      const v = s.values[i];
      if (!ok(v)) return;
      const x = stacked ? gx : gx + k * barW;
      const y0 = y(base + v);
      const h = (v / top) * plotH;
      out.push(
        `<rect class="bar" data-series="${escapeXml(s.name)}" data-category="${escapeXml(cat)}" data-value="${v}" x="${x.toFixed(1)}" y="${y0.toFixed(2)}" width="${(barW - 2).toFixed(1)}" height="${h.toFixed(2)}" fill="${PALETTE[k % PALETTE.length]}"><title>${escapeXml(`${cat}, ${s.name}: ${label(v)} ${unit}`)}</title></rect>`,
      );
      if (!stacked && h >= 0)
        out.push(`<text x="${(x + (barW - 2) / 2).toFixed(1)}" y="${(y0 - 3).toFixed(1)}" text-anchor="middle" font-size="9" ${FONT}>${escapeXml(label(v))}</text>`);
      if (stacked) base += v;
    });
    if (stacked && totals[i] > 0)
      out.push(`<text x="${(gx + span / 2).toFixed(1)}" y="${(y(totals[i]) - 3).toFixed(1)}" text-anchor="middle" font-size="9" ${FONT}>${escapeXml(label(totals[i]))}</text>`);
    out.push(`<text x="${(gx + span / 2).toFixed(1)}" y="${plotTop + plotH + 16}" text-anchor="middle" font-size="11" ${FONT}>${escapeXml(cat)}</text>`);
  });
  series.forEach((s, k) => {
    const lx = left + (k % 4) * 130;
    const ly = legendY + 18 * Math.floor(k / 4);
    out.push(
      `<rect x="${lx}" y="${ly - 9}" width="10" height="10" fill="${PALETTE[k % PALETTE.length]}"/>`,
      `<text x="${lx + 14}" y="${ly}" font-size="11" ${FONT}>${escapeXml(s.name)}</text>`,
    );
  });
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

/** The charts of a run (bench/run.mjs results): written to `dir`; answers [{ title, file }]. */
export function writeCharts(results, dir) {
  mkdirSync(dir, { recursive: true });
  const written = [];
  const write = (name, title, svg) => {
    const file = path.join(dir, name);
    writeFileSync(file, svg);
    written.push({ title, file });
  };
  const quick = results.quick ? ' (quick run)' : '';
  for (const [endpoint, byTarget] of Object.entries(results.table ?? {})) {
    const targets = Object.keys(byTarget);
    const levels = [...new Set(targets.flatMap((t) => Object.keys(byTarget[t])))].sort((a, b) => Number(a) - Number(b));
    const lTargets = new Set(targets.filter((t) => t.startsWith('L')));
    // L and L* run on the pool's connections only: their own series, so no level is mislabelled.
    const httpLevels = levels.filter((c) => targets.some((t) => !lTargets.has(t) && byTarget[t][c]));
    const series = httpLevels.map((c) => ({ name: `${c} connections`, values: targets.map((t) => (lTargets.has(t) ? null : byTarget[t][c]?.rps ?? null)) }));
    if (lTargets.size) series.push({ name: `pgbench, ${results.pool} connections`, values: targets.map((t) => (lTargets.has(t) ? Object.values(byTarget[t])[0]?.rps ?? null : null)) });
    write(`${endpoint}-rps.svg`, `${endpoint}: requests per second`, barChart({ title: `${endpoint}: req/s by target and connection level${quick}`, unit: 'req/s', categories: targets, series }));

    const peaks = results.peaks?.[endpoint] ?? {};
    const cats = targets.map((t) => `${t} (${peaks[t]?.connections ?? '-'})`);
    const fixed = Object.entries(results.fixedRate?.[endpoint] ?? {});
    const pct = [['p50', 'p50'], ['p90', 'p90'], ['p99', 'p99'], ['p999', 'p99.9']];
    const rows = [...targets.map((t) => peaks[t]), ...fixed.map(([, s]) => s)];
    write(
      `${endpoint}-latency.svg`,
      `${endpoint}: latency percentiles`,
      barChart({
        title: `${endpoint}: latency at each target's peak, and A at a fixed rate${quick}`,
        unit: 'ms',
        categories: [...cats, ...fixed.map(([share, s]) => `A @${share} (${s.rate}/s)`)],
        series: pct.map(([k, name]) => ({ name, values: rows.map((r) => r?.[k] ?? null) })),
      }),
    );
  }
  const cpuCats = [];
  const node = [];
  const pgCpu = [];
  for (const [endpoint, byTarget] of Object.entries(results.peaks ?? {}))
    for (const [t, p] of Object.entries(byTarget)) {
      cpuCats.push(`${endpoint} ${t}`);
      node.push(p.nodeUsPerReq ?? null);
      pgCpu.push(p.pgUsPerReq ?? null);
    }
  if (cpuCats.length)
    write(
      'cpu-per-request.svg',
      'CPU per request',
      barChart({
        title: `CPU per request at each target's peak (server process + PostgreSQL)${quick}`,
        unit: 'CPU us per request',
        categories: cpuCats,
        series: [{ name: 'Node (server)', values: node }, { name: 'PostgreSQL', values: pgCpu }],
        stacked: true,
      }),
    );
  return written;
}
