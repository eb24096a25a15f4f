// What an organization's admins read about its audit log: the rows (get_org_audit_logs), the verification of
// its hash chain (app_private.verify_audit_chain) and the suspicious patterns (detect_suspicious_activity).
// All three run in the request's transaction as the admin; the SQL functions check the caller again.
import { Injectable } from '@nestjs/common';
import { currentTransaction } from '../../common/context/request-context';
import { sql } from '../../common/database/sql';
import { decodeSeqCursor, seqPage } from '../../common/pagination';
import type {
  AuditLogDto,
  AuditLogPageDto,
  AuditLogQueryDto,
  AuditVerificationDto,
  SuspiciousActivityListDto,
  SuspiciousQueryDto,
} from './dto/audit.dto';

interface AuditRow {
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
  outcome: AuditLogDto['outcome'];
  details: Record<string, unknown> | null;
  prev_hash: Buffer | null;
  hash: Buffer;
}

const EXPLANATION = {
  hash_mismatch: 'The content of this row does not match its hash: the row was altered after it was written.',
  prev_hash_mismatch:
    'This row does not follow the row before it in the chain: a row before it was removed, inserted or reordered, or the chain was rewritten from here.',
} as const;

function toDto(r: AuditRow): AuditLogDto {
  return {
    id: r.id,
    seq: r.seq,
    eventType: r.event_type,
    actor: {
      userId: r.actor_user_id,
      role: r.actor_role,
      appRole: r.actor_app_role,
      apiKeyId: r.api_key_id,
      job: r.job,
      dbUser: r.db_user,
    },
    occurredAt: r.occurred_at,
    action: r.action,
    table: r.table_name,
    rowId: r.row_id,
    changedColumns: r.changed_columns,
    query: r.query,
    requestId: r.request_id,
    ip: r.ip,
    userAgent: r.user_agent,
    outcome: r.outcome,
    details: r.details,
    hash: r.hash.toString('hex'),
    prevHash: r.prev_hash ? r.prev_hash.toString('hex') : null,
  };
}

@Injectable()
export class AuditReportsService {
  private get orgId(): string {
    return currentTransaction().claims.org_id!;
  }

  async logs(q: AuditLogQueryDto): Promise<AuditLogPageDto> {
    const before = decodeSeqCursor(q.cursor);
    const rows = await sql().rows<AuditRow>(
      `SELECT * FROM public.get_org_audit_logs($1, $2, $3, $4, $5, $6, $7, $8, $9::bigint)`,
      [
        this.orgId,
        q.table ?? null,
        q.action ?? null,
        q.actor ?? null,
        q.outcome ?? null,
        q.from ?? null,
        q.to ?? null,
        q.limit + 1,
        before,
      ],
    );
    const { items, nextCursor } = seqPage(rows, q.limit);
    return { items: items.map(toDto), nextCursor };
  }

  async verify(): Promise<AuditVerificationDto> {
    const r = await sql().one<{
      checked: string;
      broken_seq: string | null;
      broken_id: string | null;
      reason: keyof typeof EXPLANATION | null;
      head_seq: string | null;
      head_hash: Buffer | null;
    }>(`SELECT * FROM app_private.verify_audit_chain($1)`, [this.orgId]);
    if (!r) throw new Error('verify_audit_chain answered no row');
    const out: AuditVerificationDto = { ok: r.broken_seq === null, checkedRows: Number(r.checked) };
    if (r.broken_seq !== null && r.reason)
      out.firstBroken = {
        seq: r.broken_seq,
        id: r.broken_id!,
        reason: r.reason,
        explanation: EXPLANATION[r.reason],
      };
    if (r.head_seq !== null && r.head_hash) out.head = { seq: r.head_seq, hash: r.head_hash.toString('hex') };
    return out;
  }

  async suspicious(q: SuspiciousQueryDto): Promise<SuspiciousActivityListDto> {
    const rows = await sql().rows<{
      kind: string;
      actor: string;
      count: string;
      window_start: Date;
      window_end: Date;
    }>(
      `SELECT s.kind, s.actor, s.count, lower(s."window") AS window_start, upper(s."window") AS window_end
       FROM public.detect_suspicious_activity($1, $2, make_interval(hours => $3)) s`,
      [this.orgId, q.threshold, q.hours],
    );
    return {
      items: rows.map((r) => ({
        kind: r.kind,
        actor: r.actor,
        count: Number(r.count),
        windowStart: r.window_start,
        windowEnd: r.window_end,
      })),
    };
  }
}
