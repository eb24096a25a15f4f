// The monitoring job's SQL, in its service_role transaction: what each rule type measures, the firing state,
// and the platform's recipients. The measures read other modules' tables (audit log, withdrawals, job runs)
// as the instance's operator would, through counts only.
import type { Sql } from '../../common/database/sql';
import type { MonitoringRuleType, MonitoringSeverity } from './entities';

export interface RuleRow {
  id: string;
  name: string;
  rule_type: MonitoringRuleType;
  threshold: number;
  window_hours: number;
  severity: MonitoringSeverity;
  firing: boolean;
}

/** Active rules, locked: a slow run and a manual run never both raise the same firing. */
export function activeRules(db: Sql): Promise<RuleRow[]> {
  return db.rows<RuleRow>(
    `SELECT id, name, rule_type, threshold, window_hours, severity, firing
       FROM public.monitoring_rules WHERE is_active ORDER BY created_at, id FOR UPDATE`,
  );
}

const MEASURES: Record<MonitoringRuleType, string> = {
  failed_sign_ins: `SELECT count(*)::bigint AS value FROM public.audit_logs
                     WHERE event_type = 'AUTH_SIGN_IN_FAILED' AND occurred_at > now() - make_interval(hours => $1)`,
  pending_withdrawals: `SELECT count(*)::bigint AS value FROM public.crypto_withdrawals
                         WHERE status = 'PENDING' AND created_at < now() - make_interval(hours => $1)`,
  failed_job_runs: `SELECT count(*)::bigint AS value FROM public.job_runs
                     WHERE status = 'failed' AND started_at > now() - make_interval(hours => $1)`,
  // Every chain (each organization's and the instance-wide one): how many do not verify. $1 unused.
  audit_chain: `SELECT count(*)::bigint AS value
                  FROM (SELECT DISTINCT org_id FROM public.audit_logs
                        UNION SELECT DISTINCT org_id FROM public.audit_logs_archive) chains,
                       LATERAL app_private.verify_audit_chain(chains.org_id) v
                 WHERE v.broken_seq IS NOT NULL AND $1::int IS NOT NULL`,
  // Every discrepancy the ledger's own check reports, all organizations. $1 unused.
  ledger_discrepancies: `SELECT count(*)::bigint AS value FROM app_private.ledger_discrepancies() WHERE $1::int IS NOT NULL`,
};

export async function measure(db: Sql, rule: RuleRow): Promise<number> {
  const row = await db.one<{ value: string }>(MEASURES[rule.rule_type], [rule.window_hours]);
  return Number(row?.value ?? 0);
}

export function recordEvaluation(
  db: Sql,
  id: string,
  value: number,
  firing: boolean,
  raised: boolean,
): Promise<number> {
  return db.exec(
    `UPDATE public.monitoring_rules
        SET last_value = $2, last_evaluated_at = now(), firing = $3,
            fired_at = CASE WHEN $4 THEN now() ELSE fired_at END
      WHERE id = $1`,
    [id, value, firing, raised],
  );
}

/** The platform organization's ops; its admins when it has no ops. */
export function platformRecipients(db: Sql, orgId: string): Promise<{ user_id: string }[]> {
  return db.rows<{ user_id: string }>(
    `WITH members AS (
       SELECT r.user_id, r.role FROM public.users_roles r JOIN public.users u ON u.id = r.user_id
        WHERE r.org_id = $1 AND r.role IN ('ops', 'admin') AND u.disabled_at IS NULL)
     SELECT user_id FROM members
      WHERE role = 'ops' OR NOT EXISTS (SELECT 1 FROM members WHERE role = 'ops')
      ORDER BY user_id`,
    [orgId],
  );
}

export function insertAlert(
  db: Sql,
  a: {
    orgId: string;
    userId: string;
    severity: MonitoringSeverity;
    title: string;
    message: string;
    data: object;
  },
): Promise<number> {
  return db.exec(
    `INSERT INTO public.alerts (org_id, user_id, kind, severity, title, message, data)
     VALUES ($1, $2, 'monitoring_rule', $3, $4, $5, $6::jsonb)`,
    [a.orgId, a.userId, a.severity, a.title, a.message, JSON.stringify(a.data)],
  );
}
