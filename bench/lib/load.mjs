// One HTTP load run (autocannon), in its own process so its CPU is not the server's: a pool of pre-signed
// tokens for random bench users, each request for a random one. Every response of a sampled share is parsed
// and checked against the token's user (notification titles name their recipient; a booking must be for the
// caller's own patient record; a checkout must be the caller's paid order of their org's product).
// Checkouts take the tokens in order (the file lists every bench user once, from `startAt`), so no user is
// asked twice before the bench has refilled their cart; each carries a fresh Idempotency-Key.
// Prints one JSON line with the result.
//   node bench/lib/load.mjs '<json options>'
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import autocannon from 'autocannon';
import { CHAMBERS_PER_ORG, CHECKOUT, CHECKOUT_BODY, SLOT_BASE, ids, chamberNo, orgOf } from './common.mjs';

const o = JSON.parse(process.argv[2]);
const tokens = JSON.parse(readFileSync(o.tokensFile, 'utf8')); // [[userNo, token], ...]
let slot = o.slotStart ?? 0;
let next = o.startAt ?? 0;
const checkoutBody = JSON.stringify(CHECKOUT_BODY);
let responses = 0;
const check = { sampled: 0, rows: 0, bad: 0, firstBad: undefined };
const sampleEvery = o.sampleEvery ?? 5;

function verify(status, body, n) {
  if (status !== 200 && status !== 201) return;
  check.sampled++;
  try {
    const data = JSON.parse(body);
    if (o.kind === 'list') {
      for (const item of data.items) {
        check.rows++;
        if (!String(item.title).startsWith(`u${n} #`)) {
          check.bad++;
          check.firstBad ??= { user: n, title: item.title };
        }
      }
    } else if (o.kind === 'checkout') {
      check.rows++;
      const item = data.items?.[0];
      if (
        data.patientId !== ids.user(n) ||
        data.status !== 'paid' ||
        data.totalAmount !== String(CHECKOUT.price) ||
        data.items.length !== 1 ||
        item.productId !== ids.product(orgOf(n, o.orgs))
      ) {
        check.bad++;
        check.firstBad ??= { user: n, order: data };
      }
    } else if (o.kind === 'booking') {
      check.rows++;
      if (data.patientId !== ids.patient(n)) {
        check.bad++;
        check.firstBad ??= { user: n, patientId: data.patientId };
      }
    }
  } catch {
    check.bad++;
  }
}

const request = {
  method: o.kind === 'booking' || o.kind === 'checkout' ? 'POST' : 'GET',
  path: o.path,
  setupRequest(req, context) {
    const [n, token] =
      o.kind === 'checkout' ? tokens[next++ % tokens.length] : tokens[Math.floor(Math.random() * tokens.length)];
    context.user = n;
    const headers = { ...req.headers, authorization: `Bearer ${token}` };
    if (o.kind === 'checkout')
      return { ...req, headers: { ...headers, 'content-type': 'application/json', 'idempotency-key': randomUUID() }, body: checkoutBody };
    if (o.kind !== 'booking') return { ...req, headers };
    const s = slot++;
    const start = SLOT_BASE + s * 60_000;
    const body = JSON.stringify({
      chamberId: ids.chamber(chamberNo(orgOf(n, o.orgs), 1 + (s % CHAMBERS_PER_ORG))),
      startsAt: new Date(start).toISOString(),
      endsAt: new Date(start + 60_000).toISOString(),
    });
    return { ...req, headers: { ...headers, 'content-type': 'application/json' }, body };
  },
  onResponse(status, body, context) {
    if (responses++ % sampleEvery === 0) verify(status, body, context.user);
  },
};

/**
 * A fixed rate, evenly paced and open loop: request i is due at start + i / rate whatever the answers before it,
 * sent on a keep-alive pool of `connections` sockets, and its latency counts from when it was due (so a server
 * or generator falling behind shows as latency, not as fewer requests). autocannon's own rate limit is not used:
 * each of its connections sends its whole per-second quota back to back when its one-second timer fires, and
 * the connections' timers fire together, so a "fixed rate" arrives as one burst per second.
 */
async function paced() {
  const url = new URL(o.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: o.connections, maxFreeSockets: o.connections });
  const latencies = [];
  const codes = {};
  let errors = 0;
  let sent = 0;
  let inFlight = 0;
  const start = performance.now();
  const end = start + o.duration * 1000;
  const interval = 1000 / o.rate;
  await new Promise((resolve) => {
    const fire = (due) => {
      const context = {};
      const req = request.setupRequest({ method: request.method, path: request.path, headers: {} }, context);
      inFlight++;
      const done = () => {
        if (--inFlight === 0 && performance.now() >= end) resolve();
      };
      const r = http.request(
        { agent, host: url.hostname, port: url.port, method: req.method, path: req.path, headers: req.headers, timeout: 10_000 },
        (res) => {
          const chunks = [];
          res.on('data', (c) => chunks.push(c));
          res.on('end', () => {
            latencies.push(performance.now() - due);
            codes[res.statusCode] = (codes[res.statusCode] ?? 0) + 1;
            request.onResponse(res.statusCode, Buffer.concat(chunks).toString('utf8'), context);
            done();
          });
        },
      );
      r.on('error', () => {
        errors++;
        done();
      });
      r.on('timeout', () => r.destroy(new Error('timeout')));
      r.end(req.body);
    };
    const tick = () => {
      const now = performance.now();
      while (sent * interval + start <= Math.min(now, end - interval / 2)) fire(start + sent++ * interval);
      if (now < end) setTimeout(tick, Math.min(1, interval / 2));
      else if (inFlight === 0) resolve();
    };
    tick();
  });
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const q = (p) => (latencies.length ? Math.round(latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] * 10) / 10 : null);
  const durationS = o.duration;
  return { total: sent, durationS, codes, errors, p50: q(0.5), p90: q(0.9), p99: q(0.99), p999: q(0.999) };
}

let out;
if (o.rate) {
  const r = await paced();
  out = { requests: r.total, durationS: r.durationS, codes: r.codes, failures: r.errors, p50: r.p50, p90: r.p90, p99: r.p99, p999: r.p999 };
} else {
  const result = await autocannon({ url: o.url, connections: o.connections, duration: o.duration, pipelining: 1, timeout: 10, requests: [request] });
  const codes = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([k, v]) => [k, v.count]));
  out = {
    requests: result.requests.total,
    durationS: result.duration,
    codes,
    failures: result.errors + result.timeouts,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    p999: result.latency.p99_9,
  };
}
const ok = (out.codes['200'] ?? 0) + (out.codes['201'] ?? 0);
process.stdout.write(
  `${JSON.stringify({
    requests: out.requests,
    ok,
    rps: ok / out.durationS,
    durationS: out.durationS,
    p50: out.p50,
    p90: out.p90,
    p99: out.p99,
    p999: out.p999,
    codes: out.codes,
    conflicts: out.codes['409'] ?? 0,
    errors: out.failures + Object.entries(out.codes).filter(([k]) => !['200', '201', '409'].includes(k)).reduce((a, [, v]) => a + v, 0),
    check,
  })}\n`,
);
