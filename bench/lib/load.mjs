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

const opts = {
  url: o.url,
  connections: o.connections,
  duration: o.duration,
  pipelining: 1,
  timeout: 10,
  requests: [request],
};
if (o.rate) opts.overallRate = o.rate;

const result = await autocannon(opts);
const codes = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([k, v]) => [k, v.count]));
const ok = (codes['200'] ?? 0) + (codes['201'] ?? 0);
process.stdout.write(
  `${JSON.stringify({
    requests: result.requests.total,
    ok,
    rps: ok / result.duration,
    durationS: result.duration,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    p999: result.latency.p99_9,
    codes,
    conflicts: codes['409'] ?? 0,
    errors: result.errors + result.timeouts + Object.entries(codes).filter(([k]) => !['200', '201', '409'].includes(k)).reduce((a, [, v]) => a + v, 0),
    check,
  })}\n`,
);
