import { newArchivedAuditLog } from '../support/factories';
import type { TableCase } from './harness';

let exportSeq = 0;

// The audit log: admins of the organization read it, the service role reads all of it; nobody writes it
// directly (rows come only from the audit definer functions), and nobody updates or deletes it.
export const auditMatrix: TableCase[] = [
  {
    table: 'audit_logs',
    seed: async (w) => {
      const { rows } = await w.db.owner.query(
        `SELECT public.log_audit_event('MATRIX_SEED', 'SELECT', 'test_table', SESSION_USER, $1, 'SELECT 1', NULL, NULL) AS id`,
        [w.orgA.id],
      );
      return rows[0].id;
    },
    insert: (w) => ({
      sql: `INSERT INTO public.audit_logs (org_id, event_type, db_user, action, hash) VALUES ($1, 'FORGED', 'x', 'INSERT', $2)`,
      params: [w.orgA.id, Buffer.alloc(32)],
    }),
    update: `UPDATE public.audit_logs SET action = 'FORGED' WHERE id = $1`,
    allow: { admin: 'S', service: 'S' },
  },
  {
    table: 'audit_logs_archive',
    // A row archived a year ago (the archive is written only by archive_old_audit_logs(); this one as the owner).
    seed: async (w) => {
      const row = await newArchivedAuditLog(w.db, w.orgA, {
        eventType: 'MATRIX_SEED',
        dbUser: 'postgres',
        occurredAt: new Date(Date.now() - 365 * 86_400_000),
        action: 'SELECT',
        outcome: 'success',
        hash: Buffer.alloc(32),
      });
      return row.id;
    },
    insert: (w) => ({
      sql: `INSERT INTO public.audit_logs_archive (id, seq, org_id, event_type, db_user, action, hash) VALUES (gen_random_uuid(), 0, $1, 'FORGED', 'x', 'INSERT', $2)`,
      params: [w.orgA.id, Buffer.alloc(32)],
    }),
    update: `UPDATE public.audit_logs_archive SET action = 'FORGED' WHERE id = $1`,
    allow: { admin: 'S', service: 'S' },
  },
  {
    // Files of the audit export job: the service role records them (append-only); admins read their org's.
    table: 'audit_log_exports',
    seed: async (w) => {
      const { rows } = await w.db.owner.query(
        `INSERT INTO public.audit_log_exports (org_id, first_seq, last_seq, row_count, head_hash, target, location,
           object_key, manifest_key, sha256, size_bytes, job_slot)
         VALUES ($1, $2, $2, 1, $3, 'folder', '/exports', 'k', 'm', $3, 10, now()) RETURNING id`,
        [w.orgA.id, String(1_000_000 + ++exportSeq), Buffer.alloc(32)],
      );
      return rows[0].id;
    },
    insert: (w) => ({
      sql: `INSERT INTO public.audit_log_exports (org_id, first_seq, last_seq, row_count, head_hash, target, location,
              object_key, manifest_key, sha256, size_bytes, job_slot)
            VALUES ($1, $2, $2, 1, $3, 'folder', '/exports', 'k', 'm', $3, 10, now())`,
      params: [w.orgA.id, String(2_000_000 + ++exportSeq), Buffer.alloc(32)],
    }),
    update: `UPDATE public.audit_log_exports SET object_key = 'moved' WHERE id = $1`,
    allow: { admin: 'S', service: 'SI' },
  },
];
