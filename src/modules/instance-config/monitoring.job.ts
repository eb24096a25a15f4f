// Evaluates every active monitoring rule through the exactly-once job runner. A rule fires when its measure
// exceeds its threshold: the first evaluation that finds it so raises one alert and one notification to each
// of the platform's ops and marks the rule firing; later evaluations raise nothing until the measure falls
// back (the rule resolves) and exceeds the threshold again.
import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type ResolvedConfig } from '../../common/config/config';
import { ScheduledJob, type JobContext, type JobResult, type ScheduledJobHandler } from '../jobs';
import { NotificationsService } from '../notifications';
import {
  activeRules,
  insertAlert,
  measure,
  platformRecipients,
  recordEvaluation,
  type RuleRow,
} from './monitoring.queries';
import { SettingsService } from './settings.service';

export const MONITORING_JOB = 'evaluate-monitoring-rules';

const DESCRIBE: Record<RuleRow['rule_type'], (value: number, r: RuleRow) => string> = {
  failed_sign_ins: (v, r) =>
    `${v} failed sign-ins in the last ${r.window_hours} h (threshold ${r.threshold}).`,
  pending_withdrawals: (v, r) =>
    `${v} withdrawals pending for more than ${r.window_hours} h (threshold ${r.threshold}).`,
  failed_job_runs: (v, r) =>
    `${v} failed job runs in the last ${r.window_hours} h (threshold ${r.threshold}).`,
  audit_chain: (v) => `${v} audit chain(s) failed verification.`,
  ledger_discrepancies: (v) =>
    `${v} ledger discrepancies (balances, transfers, holds or refunds that do not add up).`,
};

@Injectable()
@ScheduledJob({
  name: MONITORING_JOB,
  cron: '*/5 * * * *',
  description: 'Evaluates the active monitoring rules; alerts the platform ops once per firing',
  timeoutSeconds: 300,
})
export class MonitoringJob implements ScheduledJobHandler {
  private readonly logger = new Logger('Monitoring');

  constructor(
    @Inject(APP_CONFIG) private readonly config: ResolvedConfig,
    private readonly notifications: NotificationsService,
    private readonly settings: SettingsService,
  ) {}

  async run({ sql }: JobContext): Promise<JobResult> {
    const rules = await activeRules(sql);
    let changed = 0;
    for (const rule of rules) {
      const value = await measure(sql, rule);
      const firing = value > rule.threshold;
      const raised = firing && !rule.firing;
      changed += await recordEvaluation(sql, rule.id, value, firing, raised);
      if (raised) await this.raise(sql, rule, value);
      else if (rule.firing && !firing)
        this.logger.log({ msg: 'monitoring rule resolved', rule: rule.name, value });
    }
    return { rows: changed };
  }

  private async raise(sql: JobContext['sql'], rule: RuleRow, value: number): Promise<void> {
    this.logger.warn({ msg: 'monitoring rule fired', rule: rule.name, type: rule.rule_type, value });
    const orgId = this.config.PLATFORM_ORG_ID;
    if (!orgId) return;
    const title = `Monitoring: ${rule.name}`.slice(0, 200);
    const message = DESCRIBE[rule.rule_type](value, rule);
    const data = { ruleId: rule.id, ruleType: rule.rule_type, value, threshold: rule.threshold };
    const channels = await this.settings.valueOf<('in_app' | 'email')[]>('monitoring.notification_channels');
    for (const { user_id } of await platformRecipients(sql, orgId)) {
      await insertAlert(sql, { orgId, userId: user_id, severity: rule.severity, title, message, data });
      await this.notifications.notify({
        orgId,
        userId: user_id,
        type:
          rule.rule_type === 'audit_chain' || rule.rule_type === 'failed_sign_ins'
            ? 'security_alert'
            : 'system',
        title,
        message,
        metadata: data,
        priority: rule.severity === 'critical' ? 'urgent' : rule.severity === 'warning' ? 'high' : 'normal',
        channels,
      });
    }
  }
}
