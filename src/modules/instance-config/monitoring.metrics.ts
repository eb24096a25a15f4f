// The monitoring rules' latest evaluation, for GET /metrics: each active rule's measured value, whether it is
// firing, and when it was evaluated. Rules of type ledger_discrepancies and audit_chain are how the ledger's
// consistency and the audit chains' verification reach Prometheus (the checks are full scans: the monitoring
// job runs them on its schedule, and a scrape only reads the result).
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Gauge } from 'prom-client';
import { Metrics } from '../../common/metrics/metrics';

interface RuleState {
  name: string;
  type: string;
  value: string | null;
  firing: boolean;
  evaluated: number | null;
}

@Injectable()
export class MonitoringMetrics implements OnModuleInit {
  constructor(private readonly metrics: Metrics) {}

  onModuleInit(): void {
    const labelNames = ['rule', 'type'] as const;
    const registers = [this.metrics.registry];
    const value = new Gauge({
      name: 'carebase_monitoring_rule_value',
      help: 'The value each active monitoring rule measured at its latest evaluation (e.g. ledger discrepancies, audit chains that do not verify)',
      labelNames,
      registers,
    });
    const firing = new Gauge({
      name: 'carebase_monitoring_rule_firing',
      help: '1 while an active monitoring rule is firing, else 0',
      labelNames,
      registers,
    });
    const evaluated = new Gauge({
      name: 'carebase_monitoring_rule_last_evaluated_timestamp_seconds',
      help: 'When each active monitoring rule was last evaluated',
      labelNames,
      registers,
    });
    this.metrics.addSource('monitoring-rules', async (db) => {
      const rules = await db.rows<RuleState>(
        `SELECT name, rule_type AS type, last_value::text AS value, firing,
                extract(epoch FROM last_evaluated_at)::float8 AS evaluated
           FROM public.monitoring_rules WHERE is_active ORDER BY name`,
      );
      for (const g of [value, firing, evaluated]) g.reset();
      for (const r of rules) {
        const labels = { rule: r.name, type: r.type };
        firing.set(labels, r.firing ? 1 : 0);
        if (r.value !== null) value.set(labels, Number(r.value));
        if (r.evaluated !== null) evaluated.set(labels, r.evaluated);
      }
    });
  }
}
