// Prometheus metrics of one app instance, on its own registry (two instances in one process, as in tests,
// never mix their figures). What the process measures itself (requests, transactions, the pool) is recorded
// as it happens; what the database knows (job runs, monitoring results) is read at scrape time by the sources
// modules register, in one service-role transaction.
import { Injectable, Logger } from '@nestjs/common';
import type { Pool } from 'pg';
import { Counter, Gauge, Histogram, Registry, type Metric, type MetricValueWithName } from 'prom-client';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import type { Sql } from '../database/sql';

/** Seconds: the API answers in milliseconds; the tail and the slow outliers still land in a bucket. */
export const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

interface RequestSeries {
  labels: { method: string; route: string; status: string };
  counts: number[];
  sum: number;
  count: number;
}

/**
 * carebase_http_request_duration_seconds, written as prom-client writes a histogram, but kept per label set in a
 * map keyed by one string: prom-client's histogram hashes the label object on every observation, a few percent
 * of a small request's CPU. Label sets are bounded: methods, route patterns (never URLs) and statuses.
 */
class RequestDurations {
  readonly name = 'carebase_http_request_duration_seconds';
  readonly help =
    'HTTP requests by method, route pattern and status: time from the request to the end of the response';
  readonly type = 'histogram';
  readonly aggregator = 'sum';
  private readonly series = new Map<string, RequestSeries>();

  constructor(registry: Registry) {
    registry.registerMetric(this as unknown as Metric);
  }

  observe(method: string, route: string, status: number, seconds: number): void {
    if (!Number.isFinite(seconds)) return; // prom-client would throw; a duration is always finite
    const key = `${method} ${status} ${route}`;
    let s = this.series.get(key);
    if (!s) {
      s = {
        labels: { method, route, status: String(status) },
        counts: LATENCY_BUCKETS.map(() => 0),
        sum: 0,
        count: 0,
      };
      this.series.set(key, s);
    }
    const at = LATENCY_BUCKETS.findIndex((bound) => seconds <= bound);
    if (at >= 0) s.counts[at]++;
    s.sum += seconds;
    s.count++;
  }

  get(): {
    name: string;
    help: string;
    type: string;
    aggregator: string;
    values: MetricValueWithName<string>[];
  } {
    const values: MetricValueWithName<string>[] = [];
    const bucket = `${this.name}_bucket`;
    for (const s of this.series.values()) {
      let acc = 0;
      LATENCY_BUCKETS.forEach((le, i) => {
        acc += s.counts[i];
        values.push({ metricName: bucket, labels: { le, ...s.labels }, value: acc });
      });
      values.push({ metricName: bucket, labels: { le: '+Inf', ...s.labels }, value: s.count });
      values.push({ metricName: `${this.name}_sum`, labels: s.labels, value: s.sum });
      values.push({ metricName: `${this.name}_count`, labels: s.labels, value: s.count });
    }
    return { name: this.name, help: this.help, type: this.type, aggregator: this.aggregator, values };
  }

  reset(): void {
    this.series.clear();
  }
}

/**
 * A reader of database-held figures, run at each scrape inside a service-role transaction: it sets gauges it
 * created once, on `Metrics.registry`.
 */
export type MetricsSource = (db: Sql) => Promise<void>;

@Injectable()
export class Metrics {
  private readonly logger = new Logger('Metrics');
  readonly registry = new Registry();
  private readonly sources: Array<{ name: string; read: MetricsSource }> = [];

  private readonly httpDuration = new RequestDurations(this.registry);

  readonly transactionDuration = new Histogram({
    name: 'carebase_db_transaction_duration_seconds',
    help: 'RLS transactions (one per request or job step) from taking a connection to COMMIT or ROLLBACK',
    labelNames: ['outcome'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  readonly rollbacks = new Counter({
    name: 'carebase_db_transaction_rollbacks_total',
    help: 'RLS transactions rolled back (an error in the handler, a failed statement, a refused COMMIT)',
    registers: [this.registry],
  });

  readonly scrapeErrors = new Counter({
    name: 'carebase_metrics_source_errors_total',
    help: 'Scrapes in which a database-held figure could not be read (its gauges keep their last value)',
    labelNames: ['source'] as const,
    registers: [this.registry],
  });

  constructor(dataSource: DataSource) {
    const pool = () => (dataSource.driver as PostgresDriver).master as Pool | undefined;
    new Gauge({
      name: 'carebase_db_pool_connections',
      help: 'Connections of the API pool: in use (lent to a transaction), idle, and requests waiting for one',
      labelNames: ['state'] as const,
      registers: [this.registry],
      collect() {
        const p = pool();
        if (!p) return;
        this.set({ state: 'in_use' }, p.totalCount - p.idleCount);
        this.set({ state: 'idle' }, p.idleCount);
        this.set({ state: 'waiting' }, p.waitingCount);
      },
    });
  }

  observeRequest(method: string, route: string, status: number, seconds: number): void {
    this.httpDuration.observe(method, route, status, seconds);
  }

  observeTransaction(outcome: 'commit' | 'rollback', seconds: number): void {
    this.transactionDuration.observe({ outcome }, seconds);
    if (outcome === 'rollback') this.rollbacks.inc();
  }

  /** Adds a database-held figure; `name` labels its read errors. */
  addSource(name: string, read: MetricsSource): void {
    this.sources.push({ name, read });
  }

  /**
   * Runs every source (inside `withService`, one service-role transaction each, so one failure does not void
   * the others), then renders the registry in the Prometheus text format.
   */
  async render(withService: <T>(fn: (db: Sql) => Promise<T>) => Promise<T>): Promise<string> {
    for (const source of this.sources) {
      try {
        await withService((db) => source.read(db));
      } catch (err) {
        this.scrapeErrors.inc({ source: source.name });
        this.logger.warn({ msg: 'metrics source failed', source: source.name, err: (err as Error).message });
      }
    }
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
