// A flame graph (SVG) from a V8 CPU profile, such as `npm run bench:profile -- --cpu-prof DIR` writes.
//   node bench/flamegraph.mjs <file.cpuprofile> <out.svg> [--title "..."] [--min-percent 0.2]
// Frames are merged by function, file and line along each stack; width is sampled time. Idle time is left out
// (the graph shows where the process worked); boxes under --min-percent of the total are dropped.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from './lib/common.mjs';

const [input, output] = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !all[i - 1]?.startsWith('--'));
if (!input || !output) throw new Error('usage: node bench/flamegraph.mjs <file.cpuprofile> <out.svg> [--title T] [--min-percent P]');
const args = parseArgs(process.argv.slice(2), { minPercent: 0.2 });
const profile = JSON.parse(readFileSync(input, 'utf8'));

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));

const label = (cf) => {
  const file = cf.url ? cf.url.replace(/^file:\/\//, '').replace(/.*node_modules\//, '').replace(/.*\/dist\//, '') : '';
  return `${cf.functionName || '(anonymous)'}${file ? ` ${file}:${cf.lineNumber + 1}` : ''}`;
};

/** The merged tree: { name, value, children: Map } with value = inclusive microseconds. */
function build(node) {
  const name = label(node.callFrame);
  const out = { name, value: self.get(node.id) ?? 0, children: new Map() };
  for (const childId of node.children ?? []) {
    const child = byId.get(childId);
    if (child.callFrame.functionName === '(idle)') continue;
    const sub = build(child);
    const same = out.children.get(sub.name);
    if (same) merge(same, sub);
    else out.children.set(sub.name, sub);
    out.value += sub.value;
  }
  return out;
}
function merge(into, from) {
  into.value += from.value;
  for (const [k, v] of from.children) {
    const same = into.children.get(k);
    if (same) merge(same, v);
    else into.children.set(k, v);
  }
}

const root = build(profile.nodes[0]);
root.name = 'all (idle excluded)';
const WIDTH = 1600;
const ROW = 17;
const minValue = (root.value * Number(args.minPercent)) / 100;
const boxes = [];
let depthMax = 0;
(function layout(n, x, depth) {
  depthMax = Math.max(depthMax, depth);
  boxes.push({ n, x, depth });
  let cx = x;
  for (const c of [...n.children.values()].sort((a, b) => a.name.localeCompare(b.name))) {
    if (c.value >= minValue) layout(c, cx, depth + 1);
    cx += c.value;
  }
})(root, 0, 0);

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const scale = WIDTH / root.value;
const height = (depthMax + 1) * ROW + 40;
const color = (name) => {
  let h = 0;
  for (const ch of name) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  const ours = /(^| )src\//.test(name); // paths are cut to dist/-relative, so Carebase's start with src/
  return ours ? `hsl(${20 + (h % 30)}, 85%, ${55 + (h % 15)}%)` : `hsl(${200 + (h % 40)}, 45%, ${60 + (h % 15)}%)`;
};
const title = args.title ? String(args.title) : path.basename(input);
const svg = [
  `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" font-family="monospace" font-size="11">`,
  `<text x="4" y="16" font-size="14">${esc(title)}: ${(root.value / 1000).toFixed(0)} ms sampled; width = time; warm = Carebase code, cool = libraries and Node</text>`,
  ...boxes.map(({ n, x, depth }) => {
    const w = n.value * scale;
    const y = height - (depth + 1) * ROW;
    const pct = ((100 * n.value) / root.value).toFixed(2);
    const text = w > 40 ? `<text x="${(x * scale + 3).toFixed(1)}" y="${y + 12}">${esc(n.name.slice(0, Math.floor(w / 6.6)))}</text>` : '';
    return `<g><title>${esc(n.name)} (${pct}%)</title><rect x="${(x * scale).toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${ROW - 1}" fill="${color(n.name)}"/>${text}</g>`;
  }),
  '</svg>',
].join('\n');
writeFileSync(output, svg);
process.stdout.write(`${output}: ${boxes.length} boxes, ${(root.value / 1000).toFixed(0)} ms sampled\n`);
