import { Check, Column, Entity, Generated, PrimaryColumn, Unique } from 'typeorm';

export const MONITORING_RULE_TYPES = [
  'failed_sign_ins',
  'pending_withdrawals',
  'failed_job_runs',
  'audit_chain',
  'ledger_discrepancies',
] as const;
export type MonitoringRuleType = (typeof MONITORING_RULE_TYPES)[number];
export const MONITORING_SEVERITIES = ['info', 'warning', 'critical'] as const;
export type MonitoringSeverity = (typeof MONITORING_SEVERITIES)[number];

/** A condition the monitoring job evaluates; the firing state is written by the job only. */
@Entity({ name: 'monitoring_rules' })
@Unique('monitoring_rules_name_key', ['name'])
@Check('monitoring_rules_name_check', `length(name) BETWEEN 1 AND 200`)
@Check(
  'monitoring_rules_rule_type_check',
  `rule_type IN ('failed_sign_ins', 'pending_withdrawals', 'failed_job_runs', 'audit_chain', 'ledger_discrepancies')`,
)
@Check('monitoring_rules_threshold_check', `threshold >= 0`)
@Check('monitoring_rules_window_hours_check', `window_hours BETWEEN 1 AND 8760`)
@Check('monitoring_rules_severity_check', `severity IN ('info', 'warning', 'critical')`)
export class MonitoringRule {
  @PrimaryColumn({ type: 'uuid', insert: false, update: false })
  @Generated('uuid')
  id!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ name: 'rule_type', type: 'text', update: false }) ruleType!: MonitoringRuleType;
  @Column({ type: 'integer', default: 0 }) threshold!: number;
  @Column({ name: 'window_hours', type: 'integer', default: 1 }) windowHours!: number;
  @Column({ type: 'text', default: 'warning' }) severity!: MonitoringSeverity;
  @Column({ name: 'is_active', type: 'boolean', default: true }) isActive!: boolean;
  @Column({ type: 'boolean', default: false, insert: false, update: false }) firing!: boolean;
  @Column({ name: 'fired_at', type: 'timestamptz', nullable: true, insert: false, update: false })
  firedAt!: Date | null;
  @Column({ name: 'last_value', type: 'bigint', nullable: true, insert: false, update: false })
  lastValue!: string | null;
  @Column({ name: 'last_evaluated_at', type: 'timestamptz', nullable: true, insert: false, update: false })
  lastEvaluatedAt!: Date | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  updatedAt!: Date;
}
