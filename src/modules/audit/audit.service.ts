// Recording audit events from the API: reads of clinical data (writes are recorded by the database's row
// triggers), events that must outlive a rolled-back request, the archival entry point for the scheduler, and
// the boot-time pgaudit check.
//
// How a service records a read of clinical data:
//
//   const row = await sql().one(`SELECT ... FROM public.medical_records WHERE id = $1`, [id]);
//   if (!row) {
//     this.audit.recordDenied({ table: 'medical_records', rowIds: [id] }); // survives the 404's rollback
//     throw notFound('medical record');
//   }
//   await this.audit.recordAccess({ table: 'medical_records', rowIds: [row.id], outcome: 'success' });
//
// recordAccess writes in the request's transaction (it commits or rolls back with the request). recordDenied
// and recordDetached write in a short service_role transaction of their own that carries the request's
// identity (user, org, app role, request id, ip, user agent) in its claims; they are not awaited, so the
// request never holds two pool connections at once. flush() waits for them (tests, shutdown).
import { BeforeApplicationShutdown, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import type { Claims } from '../../common/context/claims';
import { transactionStorage } from '../../common/context/request-context';
import { RlsTransactions } from '../../common/database/rls-transactions';
import { sql } from '../../common/database/sql';
import { archiveOldAuditLogs, pgauditPresence, recordAccess } from './audit-logs.queries';
import type { AuditOutcome } from './dto/audit.dto';

export interface AccessRecord {
  /** The table read (any table name; the row ids are its ids). */
  table: string;
  /** The rows read; one audit row is written per distinct id (one without an id when empty). */
  rowIds: readonly string[];
  outcome: 'success' | 'denied';
  /** Defaults to SELECT. */
  action?: string;
  /** Defaults to DATA_ACCESS. */
  eventType?: string;
  /** Identifiers and context only (e.g. { patient_id, via }); never clinical values. At most 8 kB. */
  details?: Record<string, unknown>;
  /**
   * The organization whose log receives the row. Absent or null: the caller's (claims) organization, or no
   * tenant when the claims name none. A signed-in caller may name only its own; the service role any.
   */
  orgId?: string | null;
}

export interface DetachedRecord extends Omit<AccessRecord, 'outcome'> {
  outcome: AuditOutcome;
}

export type PgauditStatus = 'enabled' | 'available-not-enabled' | 'unavailable';

export const PGAUDIT_UNAVAILABLE_LINE = 'pgaudit not available: using trigger-based audit only';

@Injectable()
export class AuditService implements OnModuleInit, BeforeApplicationShutdown {
  private readonly logger = new Logger('Audit');
  private readonly pending = new Set<Promise<void>>();

  constructor(private readonly tx: RlsTransactions) {}

  /** Records a read (or another access) in the current transaction. Answers the number of audit rows. */
  async recordAccess(rec: AccessRecord): Promise<number> {
    return recordAccess(sql(), {
      table: rec.table,
      rowIds: rec.rowIds,
      outcome: rec.outcome,
      action: rec.action ?? 'SELECT',
      eventType: rec.eventType ?? 'DATA_ACCESS',
      orgId: rec.orgId ?? null,
      details: rec.details ?? null,
    });
  }

  /** A denied access whose request is about to fail (and roll back): recorded in its own transaction. */
  recordDenied(rec: Omit<AccessRecord, 'outcome'>): void {
    this.recordDetached({ ...rec, outcome: 'denied' });
  }

  /**
   * Records an event outside the current transaction, so it stays even when the request rolls back. The
   * write starts at once on its own connection and is not awaited; failures are logged.
   */
  recordDetached(rec: DetachedRecord): void {
    const claims: Claims = transactionStorage.getStore()?.claims ?? { role: 'service_role' };
    const { role, job } = claims;
    // Not the session id: a service transaction is not a session (and sid would make it check one).
    const identity: Partial<Claims> = {
      sub: claims.sub,
      org_id: claims.org_id,
      app_role: claims.app_role,
      api_key_id: claims.api_key_id,
      request_id: claims.request_id,
      ip: claims.ip,
      user_agent: claims.user_agent,
    };
    const orgId = rec.orgId !== undefined ? rec.orgId : (claims.org_id ?? null);
    const details = { ...rec.details, after_rollback: true, request_role: role };
    const write = this.tx
      .asService(
        job ?? 'audit.after-rollback',
        () =>
          recordAccess(sql(), {
            table: rec.table,
            rowIds: rec.rowIds,
            outcome: rec.outcome,
            action: rec.action ?? 'SELECT',
            eventType: rec.eventType ?? 'DATA_ACCESS',
            orgId,
            details,
          }),
        identity,
      )
      .then(
        () => undefined,
        (err: Error) =>
          this.logger.error({
            msg: 'audit event lost',
            eventType: rec.eventType,
            table: rec.table,
            err: err.message,
          }),
      );
    this.pending.add(write);
    void write.finally(() => this.pending.delete(write));
  }

  /** Waits for the detached writes started so far. */
  async flush(): Promise<void> {
    while (this.pending.size) await Promise.all([...this.pending]);
  }

  /**
   * Moves audit rows older than `days` to the archive (archive_old_audit_logs) in its own service_role
   * transaction; answers how many moved. For the scheduled job.
   */
  archive(days = 90): Promise<number> {
    return this.tx.asService('audit.archive', () => archiveOldAuditLogs(sql(), days));
  }

  /** Whether the server runs pgaudit (statement audit in the server log) beside the trigger audit. */
  async pgauditStatus(): Promise<PgauditStatus> {
    const row = await this.tx.asService('audit.boot-check', () => pgauditPresence(sql()));
    if (row?.installed) return 'enabled';
    return row?.available ? 'available-not-enabled' : 'unavailable';
  }

  async onModuleInit(): Promise<void> {
    try {
      const status = await this.pgauditStatus();
      if (status === 'enabled')
        this.logger.log('pgaudit enabled: statement audit in the server log, row audit in audit_logs');
      else if (status === 'available-not-enabled')
        this.logger.log(
          'pgaudit available but not enabled (it must be in shared_preload_libraries): using trigger-based audit only',
        );
      else this.logger.log(PGAUDIT_UNAVAILABLE_LINE);
    } catch (err) {
      this.logger.warn({
        msg: 'could not check for pgaudit; trigger-based audit is active',
        err: (err as Error).message,
      });
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.flush();
  }
}
