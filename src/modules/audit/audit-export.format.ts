// The audit export file: gzip NDJSON, a header line then one line per archived row in chain (seq) order.
// Each row carries what app_private.audit_hash() hashes, so the chain can be recomputed here, without the
// database: hash = sha256(prev_hash || the text of jsonb_build_array(<the row's columns>)). Two columns keep
// the database's own text so the bytes hashed are the ones PostgreSQL hashed: `details` is jsonb's text
// output (its key order and numbers, which JSON.parse would not keep), `occurred_at` has microseconds.
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';

export const EXPORT_FORMAT = 'carebase-audit-export/1';

export interface ExportRow {
  id: string;
  seq: string;
  org_id: string | null;
  event_type: string;
  actor_user_id: string | null;
  actor_role: string | null;
  actor_app_role: string | null;
  api_key_id: string | null;
  job: string | null;
  db_user: string;
  /** UTC, microseconds: 2026-09-01T03:30:00.123456Z. */
  occurred_at: string;
  action: string;
  table_name: string | null;
  row_id: string | null;
  changed_columns: string[] | null;
  query: string | null;
  request_id: string | null;
  ip: string | null;
  user_agent: string | null;
  outcome: string;
  /** jsonb's text output, or null. */
  details: string | null;
  /** hex */
  prev_hash: string | null;
  /** hex */
  hash: string;
}

export interface ExportHeader {
  format: typeof EXPORT_FORMAT;
  org_id: string | null;
  first_seq: string;
  last_seq: string;
  rows: number;
  /** The hash the first row chains from (hex), null at the start of the chain. */
  prev_hash: string | null;
  /** The last row's hash (hex). */
  head_hash: string;
  exported_at: string;
}

/** The columns in the order the export query and the canonical content use. */
export const EXPORT_COLUMNS = `id, seq::text AS seq, org_id, event_type, actor_user_id, actor_role, actor_app_role,
  api_key_id, job, db_user, to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS occurred_at,
  action, table_name, row_id, changed_columns, query, request_id, ip, user_agent, outcome, details::text AS details,
  encode(prev_hash, 'hex') AS prev_hash, encode(hash, 'hex') AS hash`;

const OCCURRED = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})\.(\d{6})Z$/;

/** Epoch microseconds of an `occurred_at` as exported: what audit_hash() hashes. */
export function epochMicros(occurredAt: string): bigint {
  const m = OCCURRED.exec(occurredAt);
  if (!m) throw new Error(`occurred_at ${JSON.stringify(occurredAt)} is not UTC with microseconds`);
  const ms = Date.parse(`${m[1]}Z`);
  if (!Number.isFinite(ms)) throw new Error(`occurred_at ${occurredAt} is not a date`);
  return BigInt(ms) * 1000n + BigInt(m[2]);
}

// JSON.stringify escapes a string as PostgreSQL's escape_json does (", \, \b \f \n \r \t, other control
// characters as \u00xx, nothing else), and jsonb prints arrays with ", " between elements.
const str = (v: string | null) => (v === null ? 'null' : JSON.stringify(v));
const int = (v: string) => {
  if (!/^-?\d+$/.test(v)) throw new Error(`not an integer: ${v}`);
  return v;
};

/** The text app_private.audit_hash() feeds to sha256 after prev_hash. */
export function canonicalContent(r: ExportRow): string {
  const parts = [
    str(r.id),
    int(r.seq),
    str(r.org_id),
    str(r.event_type),
    str(r.actor_user_id),
    str(r.actor_role),
    str(r.actor_app_role),
    str(r.api_key_id),
    str(r.job),
    str(r.db_user),
    epochMicros(r.occurred_at).toString(),
    str(r.action),
    str(r.table_name),
    str(r.row_id),
    r.changed_columns === null ? 'null' : `[${r.changed_columns.map(str).join(', ')}]`,
    str(r.query),
    str(r.request_id),
    str(r.ip),
    str(r.user_agent),
    str(r.outcome),
    r.details === null ? 'null' : r.details,
  ];
  return `[${parts.join(', ')}]`;
}

/** The row's hash recomputed from its content and its prev_hash (hex). */
export function rowHash(r: ExportRow): string {
  const h = createHash('sha256');
  if (r.prev_hash) h.update(Buffer.from(r.prev_hash, 'hex'));
  h.update(canonicalContent(r), 'utf8');
  return h.digest('hex');
}

export const sha256Hex = (data: Buffer) => createHash('sha256').update(data).digest('hex');

export function encodeExport(header: ExportHeader, rows: readonly ExportRow[]): Buffer {
  const lines = [JSON.stringify({ type: 'header', ...header })];
  for (const r of rows) lines.push(JSON.stringify({ type: 'row', ...r }));
  return gzipSync(`${lines.join('\n')}\n`, { level: 9 });
}

export class ExportFormatError extends Error {}

function withoutType(line: Record<string, unknown>): Record<string, unknown> {
  const copy = { ...line };
  delete copy.type;
  return copy;
}

export function decodeExport(data: Buffer): { header: ExportHeader; rows: ExportRow[] } {
  let text: string;
  try {
    text = gunzipSync(data).toString('utf8');
  } catch (err) {
    throw new ExportFormatError(`not a gzip file: ${(err as Error).message}`);
  }
  const lines = text.split('\n').filter((l) => l.length > 0);
  const parsed = lines.map((line, i) => {
    try {
      return JSON.parse(line) as { type?: string } & Record<string, unknown>;
    } catch {
      throw new ExportFormatError(`line ${i + 1} is not JSON`);
    }
  });
  const [first, ...rest] = parsed;
  if (first?.type !== 'header' || first.format !== EXPORT_FORMAT)
    throw new ExportFormatError(`the first line is not a ${EXPORT_FORMAT} header`);
  const rows = rest.map((line, i) => {
    if (line.type !== 'row') throw new ExportFormatError(`line ${i + 2} is not a row`);
    return withoutType(line) as unknown as ExportRow;
  });
  return { header: withoutType(first) as unknown as ExportHeader, rows };
}
