import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Monitoring rules of type ledger_discrepancies: the number of rows app_private.ledger_discrepancies() reports
 * (wallet balances against their entries, transfers that do not sum to zero, holds against open withdrawals,
 * refunds against payments). Read by the monitoring job as the service role; threshold 0 fires on the first.
 */
export class MonitoringLedgerRule1764300100000 implements MigrationInterface {
  name = 'MonitoringLedgerRule1764300100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE public.monitoring_rules DROP CONSTRAINT monitoring_rules_rule_type_check;
      ALTER TABLE public.monitoring_rules ADD CONSTRAINT monitoring_rules_rule_type_check
        CHECK (rule_type IN ('failed_sign_ins', 'pending_withdrawals', 'failed_job_runs', 'audit_chain', 'ledger_discrepancies'));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DELETE FROM public.monitoring_rules WHERE rule_type = 'ledger_discrepancies';
      ALTER TABLE public.monitoring_rules DROP CONSTRAINT monitoring_rules_rule_type_check;
      ALTER TABLE public.monitoring_rules ADD CONSTRAINT monitoring_rules_rule_type_check
        CHECK (rule_type IN ('failed_sign_ins', 'pending_withdrawals', 'failed_job_runs', 'audit_chain'));
    `);
  }
}
