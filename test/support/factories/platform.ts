// Rows of the cross-cutting tables: idempotency records, job runs, rate-limit counters, archived audit rows.
import { randomBytes, randomUUID } from 'node:crypto';
import type { IdempotencyKey } from '../../../src/common/idempotency/idempotency-key.entity';
import type { RateLimitCounter } from '../../../src/common/guards/rate-limit-counter.entity';
import type { AuditLogArchive } from '../../../src/modules/audit/entities/audit-log-archive.entity';
import type { JobRun } from '../../../src/modules/jobs/entities/job-run.entity';
import type { TestDb } from '../db';
import { insertRow, type OrgRef, type Overrides, type UserRef } from './rows';

/** A recorded first response to a member's POST /api/x with a key of its own. */
export function newIdempotencyKey(
  db: TestDb,
  user: UserRef,
  o: Overrides<IdempotencyKey> = {},
): Promise<IdempotencyKey> {
  return insertRow<IdempotencyKey>(db, 'idempotency_keys', {
    orgId: user.orgId,
    userId: user.id,
    idempotencyKey: `k-${randomUUID()}`,
    method: 'POST',
    path: '/api/x',
    requestHash: randomBytes(32),
    ...o,
  });
}

let slots = 0;

/** A run of a job (running unless told) in a slot no other default run has. */
export function newJobRun(db: TestDb, o: Overrides<JobRun> = {}): Promise<JobRun> {
  return insertRow<JobRun>(db, 'job_runs', {
    job: 'test-job',
    slot: new Date(Date.UTC(2030, 0, 1) + ++slots * 60_000),
    instance: 'test',
    ...o,
  });
}

export function newRateLimitCounter(
  db: TestDb,
  o: Overrides<RateLimitCounter> = {},
): Promise<RateLimitCounter> {
  return insertRow<RateLimitCounter>(db, 'rate_limit_counters', {
    bucket: `test:${randomBytes(4).toString('hex')}`,
    windowStart: new Date(),
    ...o,
  });
}

/**
 * A row already moved to the audit archive (the archive has no defaults: id and seq are drawn here, seq from
 * the audit log's sequence). Its hash is zeros: it is not part of a verified chain.
 */
export async function newArchivedAuditLog(
  db: TestDb,
  org: OrgRef,
  o: Overrides<AuditLogArchive> = {},
): Promise<AuditLogArchive> {
  const { rows } = await db.owner.query(`SELECT nextval('public.audit_logs_seq_seq')::text AS seq`);
  return insertRow<AuditLogArchive>(db, 'audit_logs_archive', {
    id: randomUUID(),
    seq: rows[0].seq,
    orgId: org.id,
    eventType: 'TEST',
    dbUser: 'postgres',
    occurredAt: new Date(Date.now() - 365 * 86_400_000),
    action: 'SELECT',
    outcome: 'success',
    hash: Buffer.alloc(32),
    ...o,
  });
}
