// The audit log is written and read only through its SQL functions (definer functions that append to the
// per-organization hash chain, the archival function, and the readers that check the caller), so every query
// of this module is SQL, here, with its row type.
import { sql, type Sql } from '../../common/database/sql';
import type { AuditOutcome } from './dto/audit.dto';

/** A row of audit_logs or audit_logs_archive as get_org_audit_logs() returns it. */
export interface AuditLogRow {
  id: string;
  seq: string;
  event_type: string;
  actor_user_id: string | null;
  actor_role: string | null;
  actor_app_role: string | null;
  api_key_id: string | null;
  job: string | null;
  db_user: string;
  occurred_at: Date;
  action: string;
  table_name: string | null;
  row_id: string | null;
  changed_columns: string[] | null;
  query: string | null;
  request_id: string | null;
  ip: string | null;
  user_agent: string | null;
  outcome: AuditOutcome;
  details: Record<string, unknown> | null;
  prev_hash: Buffer | null;
  hash: Buffer;
}

export type ChainProblem = 'hash_mismatch' | 'prev_hash_mismatch';

export interface ChainVerificationRow {
  checked: string;
  broken_seq: string | null;
  broken_id: string | null;
  reason: ChainProblem | null;
  head_seq: string | null;
  head_hash: Buffer | null;
}

export interface SuspiciousActivityRow {
  kind: string;
  actor: string;
  count: string;
  window_start: Date;
  window_end: Date;
}

export interface AccessRecordParams {
  table: string;
  rowIds: readonly string[];
  outcome: AuditOutcome;
  action: string;
  eventType: string;
  orgId: string | null;
  details: Record<string, unknown> | null;
}

export interface AuditLogFilter {
  orgId: string;
  table: string | null;
  action: string | null;
  actor: string | null;
  outcome: string | null;
  from: Date | null;
  to: Date | null;
  /** Rows to fetch (the page size plus one). */
  take: number;
  /** Only rows with a lower seq (the cursor). */
  beforeSeq: string | null;
}

/** Appends one audit row per distinct row id (one without an id when none); answers how many. */
export async function recordAccess(db: Sql, p: AccessRecordParams): Promise<number> {
  const row = await db.one<{ n: number }>(
    `SELECT app_private.record_access($1, $2::text[], $3, $4, $5, $6::uuid, $7::jsonb) AS n`,
    [
      p.table,
      [...p.rowIds],
      p.outcome,
      p.action,
      p.eventType,
      p.orgId,
      p.details === null ? null : JSON.stringify(p.details),
    ],
  );
  return row?.n ?? 0;
}

/** Moves rows older than `days` to the archive; answers how many moved. */
export async function archiveOldAuditLogs(db: Sql, days: number): Promise<number> {
  const row = await db.one<{ n: number }>(`SELECT public.archive_old_audit_logs($1) AS n`, [days]);
  return row?.n ?? 0;
}

export function pgauditPresence(db: Sql): Promise<{ installed: boolean; available: boolean } | undefined> {
  return db.one<{ installed: boolean; available: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_extension WHERE extname = 'pgaudit') AS installed,
            EXISTS (SELECT 1 FROM pg_catalog.pg_available_extensions WHERE name = 'pgaudit') AS available`,
  );
}

/** An organization's audit rows, live and archived, by descending seq. */
export function orgAuditLogs(f: AuditLogFilter): Promise<AuditLogRow[]> {
  return sql().rows<AuditLogRow>(
    `SELECT * FROM public.get_org_audit_logs($1, $2, $3, $4, $5, $6, $7, $8, $9::bigint)`,
    [f.orgId, f.table, f.action, f.actor, f.outcome, f.from, f.to, f.take, f.beforeSeq],
  );
}

export async function verifyAuditChain(orgId: string): Promise<ChainVerificationRow> {
  const row = await sql().one<ChainVerificationRow>(`SELECT * FROM app_private.verify_audit_chain($1)`, [
    orgId,
  ]);
  if (!row) throw new Error('verify_audit_chain answered no row');
  return row;
}

export function suspiciousActivity(
  orgId: string,
  threshold: number,
  hours: number,
): Promise<SuspiciousActivityRow[]> {
  return sql().rows<SuspiciousActivityRow>(
    `SELECT s.kind, s.actor, s.count, lower(s."window") AS window_start, upper(s."window") AS window_end
     FROM public.detect_suspicious_activity($1, $2, make_interval(hours => $3)) s`,
    [orgId, threshold, hours],
  );
}
