// Booking throughput under contention, over HTTP: 200 booking requests over 20 chambers from 16 concurrent
// clients (16 patients), two requests per (chamber, slot) so half of them collide. Prints the figures and
// checks the outcome: one confirmed booking per slot, every other request a 409, nothing else.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type TestApp } from '../support/app';
import { createTestDatabase, type TestDb } from '../support/db';
import { newOrg, newUser, type TestUser } from '../support/factories';

const REQUESTS = 200;
const CHAMBERS = 20;
const CLIENTS = 16;
const SLOTS = REQUESTS / CHAMBERS / 2; // 5 slots per chamber, each asked for twice

let db: TestDb;
let api: TestApp;
let patients: TestUser[] = [];
let chambers: string[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  api = await startApp(db);
  const org = await newOrg(db, 'Busy clinic');
  const { rows: f } = await db.owner.query(`INSERT INTO facilities (org_id, name) VALUES ($1, 'Site') RETURNING id`, [org.id]);
  const { rows: c } = await db.owner.query(
    `INSERT INTO chambers (org_id, facility_id, name) SELECT $1, $2, 'Chamber ' || g FROM generate_series(1, $3) g RETURNING id`,
    [org.id, f[0].id, CHAMBERS],
  );
  chambers = c.map((r) => r.id);
  patients = await Promise.all(Array.from({ length: CLIENTS }, () => newUser(db, org, 'patient')));
  for (const p of patients)
    await db.owner.query(`INSERT INTO patients (org_id, user_id, first_name, last_name) VALUES ($1, $2, 'P', 'Q')`, [org.id, p.id]);
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});

describe('booking throughput under contention', () => {
  it(`${REQUESTS} requests, ${CHAMBERS} chambers, ${CLIENTS} concurrent clients`, async () => {
    const jobs = Array.from({ length: REQUESTS }, (_, i) => {
      const chamber = chambers[i % CHAMBERS];
      const slot = Math.floor(i / CHAMBERS) % SLOTS;
      const hour = String(9 + slot).padStart(2, '0');
      return { chamberId: chamber, startsAt: `2031-03-04T${hour}:00:00Z`, endsAt: `2031-03-04T${hour}:45:00Z` };
    });
    // Shuffle deterministically so colliding requests are not adjacent.
    for (let i = jobs.length - 1, seed = 7; i > 0; i--) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      const j = seed % (i + 1);
      [jobs[i], jobs[j]] = [jobs[j], jobs[i]];
    }
    const latencies: number[] = [];
    const statuses: number[] = [];
    let next = 0;
    const started = performance.now();
    await Promise.all(
      patients.map(async (client) => {
        while (next < jobs.length) {
          const body = jobs[next++];
          const t0 = performance.now();
          const res = await api.request('POST', '/api/bookings', { token: client.token, body });
          latencies.push(performance.now() - t0);
          statuses.push(res.status);
        }
      }),
    );
    const elapsed = performance.now() - started;
    latencies.sort((a, b) => a - b);
    const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))].toFixed(1);
    const count = (s: number) => statuses.filter((x) => x === s).length;
    process.stdout.write(
      `\nbooking throughput: ${REQUESTS} requests, ${CHAMBERS} chambers, ${CLIENTS} clients in ${elapsed.toFixed(0)} ms = ` +
        `${((REQUESTS / elapsed) * 1000).toFixed(0)} req/s; 201: ${count(201)}, 409: ${count(409)}, other: ${REQUESTS - count(201) - count(409)}; ` +
        `latency p50 ${pct(50)} ms, p95 ${pct(95)} ms, p99 ${pct(99)} ms, max ${latencies[latencies.length - 1].toFixed(1)} ms\n`,
    );
    expect(count(201)).toBe(CHAMBERS * SLOTS);
    expect(count(409)).toBe(REQUESTS - CHAMBERS * SLOTS);
    const { rows } = await db.owner.query(
      `SELECT chamber_id, starts_at, count(*)::int AS n FROM bookings WHERE status = 'confirmed' GROUP BY 1, 2 HAVING count(*) > 1`,
    );
    expect(rows).toEqual([]);
  });
});
