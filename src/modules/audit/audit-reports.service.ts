// What an organization's admins read about its audit log: the rows (get_org_audit_logs), the verification of
// its hash chain (app_private.verify_audit_chain) and the suspicious patterns (detect_suspicious_activity).
// All three run in the request's transaction as the admin; the SQL functions check the caller again.
import { Injectable } from '@nestjs/common';
import { currentTransaction } from '../../common/context/request-context';
import { decodeSeqCursor, seqPage } from '../../common/pagination';
import {
  orgAuditLogs,
  suspiciousActivity,
  verifyAuditChain,
  type AuditLogRow,
  type ChainProblem,
} from './audit-logs.queries';
import type {
  AuditLogDto,
  AuditLogPageDto,
  AuditLogQueryDto,
  AuditVerificationDto,
  SuspiciousActivityListDto,
  SuspiciousQueryDto,
} from './dto/audit.dto';

const EXPLANATION: Record<ChainProblem, string> = {
  hash_mismatch: 'The content of this row does not match its hash: the row was altered after it was written.',
  prev_hash_mismatch:
    'This row does not follow the row before it in the chain: a row before it was removed, inserted or reordered, or the chain was rewritten from here.',
};

function toDto(r: AuditLogRow): AuditLogDto {
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
    const rows = await orgAuditLogs({
      orgId: this.orgId,
      table: q.table ?? null,
      action: q.action ?? null,
      actor: q.actor ?? null,
      outcome: q.outcome ?? null,
      from: q.from ?? null,
      to: q.to ?? null,
      take: q.limit + 1,
      beforeSeq: before,
    });
    const { items, nextCursor } = seqPage(rows, q.limit);
    return { items: items.map(toDto), nextCursor };
  }

  async verify(): Promise<AuditVerificationDto> {
    const r = await verifyAuditChain(this.orgId);
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
    const rows = await suspiciousActivity(this.orgId, q.threshold, q.hours);
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
