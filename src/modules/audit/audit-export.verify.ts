// Verifies an exported audit file: first on its own (every hash recomputed, the rows chained from the header's
// prev_hash to its head hash), then against the database: the export record of that range, the same rows
// still in the chain with the same content and hashes (a row altered in the database is named), and the
// chain after the head still starting from it.
import type { Sql } from '../../common/database/sql';
import {
  canonicalContent,
  decodeExport,
  EXPORT_COLUMNS,
  ExportFormatError,
  rowHash,
  sha256Hex,
  type ExportHeader,
  type ExportRow,
} from './audit-export.format';

export interface VerifyProblem {
  /** Where the problem was found: in the file itself, or between the file and the database. */
  where: 'file' | 'database';
  rowId?: string;
  seq?: string;
  reason: string;
}

export interface VerifyReport {
  ok: boolean;
  header?: ExportHeader;
  rows: number;
  problems: VerifyProblem[];
}

type Db = Pick<Sql, 'rows'>;

interface RecordRow {
  last_seq: string;
  row_count: number;
  prev_hash: string | null;
  head_hash: string;
  sha256: string;
  object_key: string;
}

export async function verifyExport(data: Buffer, db: Db): Promise<VerifyReport> {
  let header: ExportHeader;
  let rows: ExportRow[];
  try {
    ({ header, rows } = decodeExport(data));
  } catch (err) {
    if (!(err instanceof ExportFormatError)) throw err;
    return { ok: false, rows: 0, problems: [{ where: 'file', reason: err.message }] };
  }
  const problems: VerifyProblem[] = [];
  const file = (reason: string, r?: ExportRow) =>
    problems.push({ where: 'file', reason, ...(r ? { rowId: r.id, seq: r.seq } : {}) });
  const database = (reason: string, r?: { id: string; seq: string }) =>
    problems.push({ where: 'database', reason, ...(r ? { rowId: r.id, seq: r.seq } : {}) });

  // The file on its own.
  let expected = header.prev_hash;
  let lastSeq: bigint | undefined;
  for (const r of rows) {
    if (r.org_id !== header.org_id) file(`row of another chain (${r.org_id ?? 'instance'})`, r);
    let seq: bigint | undefined;
    try {
      seq = BigInt(r.seq);
    } catch {
      file('seq is not an integer', r);
    }
    if (seq !== undefined && lastSeq !== undefined && seq <= lastSeq) file('seq out of order', r);
    lastSeq = seq ?? lastSeq;
    if (r.prev_hash !== expected) file('prev_hash_mismatch: does not chain from the row before', r);
    let recomputed: string | undefined;
    try {
      recomputed = rowHash(r);
    } catch (err) {
      file(`unreadable row: ${(err as Error).message}`, r);
    }
    if (recomputed !== undefined && recomputed !== r.hash)
      file('hash_mismatch: the content does not hash to the row’s hash', r);
    expected = r.hash;
  }
  if (rows.length !== header.rows) file(`the header says ${header.rows} rows, the file has ${rows.length}`);
  if (!rows.length) return { ok: false, header, rows: 0, problems: [...problems] };
  if (rows[0].seq !== header.first_seq || rows[rows.length - 1].seq !== header.last_seq)
    file(`the header's range ${header.first_seq}..${header.last_seq} is not the rows'`);
  if (rows[rows.length - 1].hash !== header.head_hash) file('the head hash is not the last row’s hash');

  // The export record of this range.
  const [record] = await db.rows<RecordRow>(
    `SELECT last_seq::text AS last_seq, row_count, encode(prev_hash, 'hex') AS prev_hash,
            encode(head_hash, 'hex') AS head_hash, encode(sha256, 'hex') AS sha256, object_key
     FROM public.audit_log_exports WHERE org_id IS NOT DISTINCT FROM $1::uuid AND first_seq = $2::bigint`,
    [header.org_id, header.first_seq],
  );
  if (!record) database(`no export of this chain starts at seq ${header.first_seq}`);
  else {
    if (record.head_hash !== header.head_hash || record.last_seq !== header.last_seq)
      database(`the recorded export ends at seq ${record.last_seq} with another head hash`);
    if (record.prev_hash !== header.prev_hash) database('the recorded export chains from another hash');
    if (record.row_count !== header.rows) database(`the recorded export has ${record.row_count} rows`);
    if (record.sha256 !== sha256Hex(data))
      database(`the file's bytes are not the ones exported as ${record.object_key}`);
  }

  // The same rows in the database (archive, or still live), with the same content.
  const stored = await chainRows(db, header.org_id, header.first_seq, header.last_seq);
  const byId = new Map(stored.map((r) => [r.id, r]));
  const inFile = new Set(rows.map((r) => r.id));
  for (const r of rows) {
    const s = byId.get(r.id);
    if (!s) {
      database('missing from the database', r);
      continue;
    }
    if (rowHash(s) !== s.hash)
      database('hash_mismatch: the database row was altered after it was written', s);
    if (s.hash !== r.hash || s.prev_hash !== r.prev_hash || s.seq !== r.seq)
      database('the database row’s chain position or hash is not the exported one', s);
    else if (canonicalContent(s) !== canonicalContent(r))
      database('the database row’s content is not the exported one', s);
  }
  for (const s of stored)
    if (!inFile.has(s.id)) database('in the database within the exported range but not in the file', s);

  // The chain goes on from the head.
  const [next] = await chainRows(db, header.org_id, (BigInt(header.last_seq) + 1n).toString(), null, 1);
  if (next && next.prev_hash !== header.head_hash)
    database('the row after the exported head does not chain from it', next);

  return { ok: problems.length === 0, header, rows: rows.length, problems };
}

/** A chain's rows (archive and live) with seq in [from, to], in order. */
function chainRows(
  db: Db,
  orgId: string | null,
  from: string,
  to: string | null,
  limit = 1_000_000,
): Promise<ExportRow[]> {
  const where = `org_id IS NOT DISTINCT FROM $1::uuid AND seq >= $2::bigint AND ($3::bigint IS NULL OR seq <= $3::bigint)`;
  return db.rows<ExportRow>(
    `SELECT * FROM (
       SELECT ${EXPORT_COLUMNS}, seq AS n FROM public.audit_logs_archive WHERE ${where}
       UNION ALL
       SELECT ${EXPORT_COLUMNS}, seq AS n FROM public.audit_logs WHERE ${where}
     ) u ORDER BY n LIMIT $4`,
    [orgId, from, to, limit],
  );
}

/** The report as lines for a terminal. */
export function formatReport(source: string, report: VerifyReport): string[] {
  const h = report.header;
  const range = h ? ` chain ${h.org_id ?? 'instance'} seq ${h.first_seq}..${h.last_seq}` : '';
  if (report.ok) return [`OK ${source}:${range}, ${report.rows} rows, head ${h?.head_hash}`];
  return [
    `FAILED ${source}:${range}, ${report.problems.length} problem(s)`,
    ...report.problems.map(
      (p) => `  ${p.where}${p.rowId ? ` row ${p.rowId}` : ''}${p.seq ? ` (seq ${p.seq})` : ''}: ${p.reason}`,
    ),
  ];
}
