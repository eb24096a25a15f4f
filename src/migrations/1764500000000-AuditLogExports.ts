import type { MigrationInterface, QueryRunner } from 'typeorm';
import { auditTrigger, enableRls } from './helpers';

/**
 * What the audit export job (issue 14) has written to object storage: one row per exported file, a contiguous
 * run of one chain's archived rows (first_seq..last_seq), with the hash before the run and the run's head hash.
 * The next export of a chain starts after its highest last_seq, so no row is exported twice; the unique
 * (org_id, first_seq), NULLS NOT DISTINCT so the chain of no tenant counts too, refuses a second file for the
 * same start. Append-only: the service role inserts, nobody updates or deletes; admins read their own
 * organization's records (they may verify an exported file against them).
 */
export class AuditLogExports1764500000000 implements MigrationInterface {
  name = 'AuditLogExports1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE public.audit_log_exports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        -- NULL: the chain of events of no tenant. No foreign key, as on audit_logs.
        org_id uuid,
        first_seq bigint NOT NULL,
        last_seq bigint NOT NULL,
        row_count integer NOT NULL,
        -- The hash the first exported row chains from (NULL at the start of the chain), and the last row's.
        prev_hash bytea,
        head_hash bytea NOT NULL,
        target text NOT NULL,
        -- Bucket (s3) or folder (folder) and the object's key inside it.
        location text NOT NULL,
        object_key text NOT NULL,
        manifest_key text NOT NULL,
        -- sha256 of the stored (compressed) bytes.
        sha256 bytea NOT NULL,
        size_bytes bigint NOT NULL,
        job_slot timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT audit_log_exports_range_check CHECK (first_seq <= last_seq),
        CONSTRAINT audit_log_exports_row_count_check CHECK (row_count > 0 AND row_count <= last_seq - first_seq + 1),
        CONSTRAINT audit_log_exports_head_hash_check CHECK (length(head_hash) = 32),
        CONSTRAINT audit_log_exports_sha256_check CHECK (length(sha256) = 32),
        CONSTRAINT audit_log_exports_target_check CHECK (target IN ('folder', 's3')),
        CONSTRAINT audit_log_exports_object_key_check CHECK (length(object_key) BETWEEN 1 AND 1024)
      );
      COMMENT ON TABLE public.audit_log_exports IS 'Audit archive files written to object storage: one chain range each, never exported twice.';
      CREATE UNIQUE INDEX audit_log_exports_chain_start_key ON public.audit_log_exports (org_id, first_seq) NULLS NOT DISTINCT;
      CREATE INDEX audit_log_exports_org_last_idx ON public.audit_log_exports (org_id, last_seq);
      ${enableRls('audit_log_exports')}
      CREATE POLICY audit_log_exports_select_admin ON public.audit_log_exports FOR SELECT TO authenticated
        USING (org_id = (SELECT public.auth_org_id()) AND (SELECT auth.app_role()) = 'admin');
      GRANT SELECT ON public.audit_log_exports TO authenticated;
      GRANT SELECT, INSERT ON public.audit_log_exports TO service_role;
      ${auditTrigger('audit_log_exports')}
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS public.audit_log_exports;`);
  }
}
