// Seed 004's "quarterly audit log S3 archival": archived audit rows not yet exported go to object storage
// as gzip NDJSON files, one per contiguous range of one chain, each with the hash it chains from and its head
// hash, plus a manifest per run; audit_log_exports records each file, so the next run starts after it.
//
// Daily rather than quarterly, half an hour after the daily archival: a row is then off the database within a
// day of leaving audit_logs instead of up to three months, which is what an off-site copy of a
// tamper-evident log is for, and each run stays small. A quarterly cadence would be the same job with
// another cron.
import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type ResolvedConfig } from '../../common/config/config';
import { ScheduledJob, type JobContext, type JobResult, type ScheduledJobHandler } from '../jobs';
import {
  encodeExport,
  EXPORT_FORMAT,
  rowHash,
  sha256Hex,
  type ExportHeader,
  type ExportRow,
} from './audit-export.format';
import {
  archivedRowsAfter,
  exportableChains,
  lockExports,
  recordExport,
  type ExportableChain,
} from './audit-export.queries';
import { exportStorage, S3Storage, type ExportStorage } from './audit-export.storage';

/** Rows per file: a file is built in memory (about 0.5 KB a row before compression). */
export const EXPORT_ROWS_PER_FILE = 20_000;
export const MANIFEST_FORMAT = 'carebase-audit-export-manifest/1';

export interface ManifestFile {
  key: string;
  org_id: string | null;
  first_seq: string;
  last_seq: string;
  rows: number;
  prev_hash: string | null;
  head_hash: string;
  sha256: string;
  bytes: number;
}

/** The object key of a chain's range: sortable, and the same range always gets the same key. */
export function exportKey(prefix: string, orgId: string | null, firstSeq: string, lastSeq: string): string {
  const pad = (s: string) => s.padStart(19, '0');
  return `${prefix}chains/${orgId ?? 'instance'}/${pad(firstSeq)}-${pad(lastSeq)}.ndjson.gz`;
}

export class BrokenChainError extends Error {
  constructor(
    readonly orgId: string | null,
    readonly rowId: string,
    readonly reason: 'prev_hash_mismatch' | 'hash_mismatch',
  ) {
    super(`audit chain ${orgId ?? 'instance'} is broken at row ${rowId} (${reason}): not exported`);
  }
}

@Injectable()
@ScheduledJob({
  name: 'export-audit-archive',
  cron: '0 4 * * *',
  description:
    'Exports archived audit rows not yet exported to object storage (gzip NDJSON with the chain head hash, and a manifest).',
  timeoutSeconds: 30 * 60,
})
export class AuditExportJob implements ScheduledJobHandler {
  private readonly logger = new Logger('AuditExportJob');

  constructor(@Inject(APP_CONFIG) private readonly config: ResolvedConfig) {}

  async run({ sql, slot }: JobContext): Promise<JobResult> {
    await lockExports(sql);
    const storage = exportStorage(this.config);
    try {
      const prefix = this.config.AUDIT_EXPORT_PREFIX;
      // One manifest per slot: a retried slot rewrites the same manifest.
      const manifestKey = `${prefix}manifests/${slot.toISOString().replace(/[:.]/g, '-')}.json`;
      const files: ManifestFile[] = [];
      for (const chain of await exportableChains(sql)) {
        try {
          files.push(...(await this.exportChain(sql, storage, chain, manifestKey, slot)));
        } catch (err) {
          // A broken chain is never exported (no file vouches for altered rows); the others still are. The
          // audit_chain monitoring rule reports the break on /metrics.
          if (!(err instanceof BrokenChainError)) throw err;
          this.logger.error({ msg: err.message, org: err.orgId, row: err.rowId, reason: err.reason });
        }
      }
      if (files.length) {
        const manifest = {
          format: MANIFEST_FORMAT,
          slot: slot.toISOString(),
          exported_at: new Date().toISOString(),
          target: storage.target,
          location: storage.location,
          files,
        };
        await storage.put(
          manifestKey,
          Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`),
          'application/json',
        );
      }
      return { rows: files.reduce((n, f) => n + f.rows, 0) };
    } finally {
      if (storage instanceof S3Storage) storage.destroy();
    }
  }

  private async exportChain(
    sql: JobContext['sql'],
    storage: ExportStorage,
    chain: ExportableChain,
    manifestKey: string,
    slot: Date,
  ): Promise<ManifestFile[]> {
    const files: ManifestFile[] = [];
    let after = chain.last_seq ?? '0';
    let prev = chain.head_hash;
    for (;;) {
      const rows = await archivedRowsAfter(sql, chain.org_id, after, EXPORT_ROWS_PER_FILE);
      if (!rows.length) return files;
      checkChain(chain.org_id, prev, rows);
      const last = rows[rows.length - 1];
      const header: ExportHeader = {
        format: EXPORT_FORMAT,
        org_id: chain.org_id,
        first_seq: rows[0].seq,
        last_seq: last.seq,
        rows: rows.length,
        prev_hash: prev,
        head_hash: last.hash,
        exported_at: new Date().toISOString(),
      };
      const body = encodeExport(header, rows);
      const key = exportKey(this.config.AUDIT_EXPORT_PREFIX, chain.org_id, header.first_seq, header.last_seq);
      const sha256 = sha256Hex(body);
      await storage.put(key, body, 'application/x-ndjson');
      await recordExport(sql, {
        orgId: chain.org_id,
        firstSeq: header.first_seq,
        lastSeq: header.last_seq,
        rowCount: rows.length,
        prevHash: prev,
        headHash: last.hash,
        target: storage.target,
        location: storage.location,
        objectKey: key,
        manifestKey,
        sha256,
        sizeBytes: body.length,
        jobSlot: slot,
      });
      files.push({
        key,
        org_id: chain.org_id,
        first_seq: header.first_seq,
        last_seq: header.last_seq,
        rows: rows.length,
        prev_hash: prev,
        head_hash: last.hash,
        sha256,
        bytes: body.length,
      });
      after = last.seq;
      prev = last.hash;
    }
  }
}

/** Each row chains from the one before (the first from the last export's head) and hashes to its hash. */
function checkChain(orgId: string | null, prev: string | null, rows: readonly ExportRow[]): void {
  let expected = prev;
  for (const r of rows) {
    if (r.prev_hash !== expected) throw new BrokenChainError(orgId, r.id, 'prev_hash_mismatch');
    if (rowHash(r) !== r.hash) throw new BrokenChainError(orgId, r.id, 'hash_mismatch');
    expected = r.hash;
  }
}
