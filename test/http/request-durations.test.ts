// The request-duration histogram is kept by the app itself (metrics.ts, RequestDurations): its exposition must
// be what prom-client's own Histogram writes for the same observations, line for line.
import { Histogram, Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { LATENCY_BUCKETS, Metrics } from '../../src/common/metrics/metrics';

const NAME = 'carebase_http_request_duration_seconds';
const HELP =
  'HTTP requests by method, route pattern and status: time from the request to the end of the response';
// As written: label order, line order and family order are compared as they are.
const lines = (text: string) =>
  text
    .split('\n')
    .filter((l) => l.startsWith(NAME) || l.startsWith(`# HELP ${NAME}`) || l.startsWith(`# TYPE ${NAME}`));

describe('request durations', () => {
  it('are exposed exactly as prom-client writes a histogram', async () => {
    const metrics = new Metrics({ driver: {} } as unknown as DataSource);
    const registry = new Registry();
    const reference = new Histogram({
      name: NAME,
      help: HELP,
      labelNames: ['method', 'route', 'status'],
      buckets: LATENCY_BUCKETS,
      registers: [registry],
    });
    const seen: Array<[string, string, number, number]> = [
      ['GET', '/api/notifications', 200, 0.0004],
      ['GET', '/api/notifications', 200, 0.001], // on a bound: that bucket
      ['GET', '/api/notifications', 200, 0.03],
      ['GET', '/api/notifications/:id', 404, 0.002],
      ['POST', '/api/bookings', 201, 0.7],
      ['GET', 'unmatched', 404, 12], // past the last bound: +Inf only
    ];
    for (const [method, route, status, s] of seen) {
      metrics.observeRequest(method, route, status, s);
      reference.observe({ method, route, status }, s);
    }
    const ours = lines(await metrics.registry.metrics());
    expect(ours.length).toBe(2 + 4 * (LATENCY_BUCKETS.length + 3)); // HELP, TYPE; per series: buckets, +Inf, sum, count
    expect(ours).toEqual(lines(await registry.metrics()));
    expect(ours).toContain(`${NAME}_count{method="GET",route="/api/notifications",status="200"} 3`);
    expect(ours).toContain(
      `${NAME}_bucket{le="0.001",method="GET",route="/api/notifications",status="200"} 2`,
    );
    expect(ours).toContain(`${NAME}_bucket{le="10",method="GET",route="unmatched",status="404"} 0`);
    // The first family of the exposition, as when it was prom-client's own histogram.
    expect((await metrics.registry.metrics()).split('\n')[0]).toBe(`# HELP ${NAME} ${HELP}`);
    // A non-finite duration is not recorded (prom-client throws on one).
    metrics.observeRequest('GET', 'unmatched', 404, Number.NaN);
    expect(lines(await metrics.registry.metrics())).toEqual(ours);
  });
});
