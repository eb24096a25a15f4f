// The audit export's SQL, in the job's transaction as the service role.
import type { Sql } from '../../common/database/sql';
import { EXPORT_COLUMNS, type ExportRow } from './audit-export.format';

export interface ExportableChain {
  org_id: string | null;
  /** The highest seq already exported, or null when nothing of this chain was. */
  last_seq: string | null;
  /** hex */
  head_hash: string | null;
}

/** One export at a time: a manual run and the scheduled one would otherwise race for the same ranges. */
export async function lockExports(db: Sql): Promise<void> {
  await db.one(`SELECT pg_advisory_xact_lock(hashtextextended('carebase:audit-export', 0))`);
}

/** Every chain with archived rows, and where its last export ended. */
export function exportableChains(db: Sql): Promise<ExportableChain[]> {
  return db.rows<ExportableChain>(
    `SELECT c.org_id, e.last_seq::text AS last_seq, encode(e.head_hash, 'hex') AS head_hash
     FROM (SELECT DISTINCT a.org_id FROM public.audit_logs_archive a) c
     LEFT JOIN LATERAL (
       SELECT x.last_seq, x.head_hash FROM public.audit_log_exports x
       WHERE x.org_id IS NOT DISTINCT FROM c.org_id ORDER BY x.last_seq DESC LIMIT 1
     ) e ON true
     ORDER BY c.org_id NULLS FIRST`,
  );
}

/** A chain's archived rows after `afterSeq`, in chain order. */
export function archivedRowsAfter(
  db: Sql,
  orgId: string | null,
  afterSeq: string,
  limit: number,
): Promise<ExportRow[]> {
  return orgId === null
    ? db.rows<ExportRow>(
        `SELECT ${EXPORT_COLUMNS} FROM public.audit_logs_archive
         WHERE org_id IS NULL AND seq > $1::bigint ORDER BY seq LIMIT $2`,
        [afterSeq, limit],
      )
    : db.rows<ExportRow>(
        `SELECT ${EXPORT_COLUMNS} FROM public.audit_logs_archive
         WHERE org_id = $1 AND seq > $2::bigint ORDER BY seq LIMIT $3`,
        [orgId, afterSeq, limit],
      );
}

export interface ExportRecord {
  orgId: string | null;
  firstSeq: string;
  lastSeq: string;
  rowCount: number;
  prevHash: string | null;
  headHash: string;
  target: 'folder' | 's3';
  location: string;
  objectKey: string;
  manifestKey: string;
  sha256: string;
  sizeBytes: number;
  jobSlot: Date;
}

export async function recordExport(db: Sql, r: ExportRecord): Promise<void> {
  await db.exec(
    `INSERT INTO public.audit_log_exports
       (org_id, first_seq, last_seq, row_count, prev_hash, head_hash, target, location, object_key, manifest_key,
        sha256, size_bytes, job_slot)
     VALUES ($1, $2::bigint, $3::bigint, $4, decode($5, 'hex'), decode($6, 'hex'), $7, $8, $9, $10,
             decode($11, 'hex'), $12, $13)`,
    [
      r.orgId,
      r.firstSeq,
      r.lastSeq,
      r.rowCount,
      r.prevHash,
      r.headHash,
      r.target,
      r.location,
      r.objectKey,
      r.manifestKey,
      r.sha256,
      r.sizeBytes,
      r.jobSlot,
    ],
  );
}
