import type { MigrationInterface, QueryRunner } from 'typeorm';
import { auditTrigger, enableRls, tenantTriggers } from './helpers';

/**
 * Medical records are amended, never overwritten (issue 15, finding 6: a treating provider rewrote the content
 * of a record another provider authored; authorship stayed, no history was kept).
 *
 * - A record carries its version (1 as written), and for a later version when and why it was amended.
 * - Changing its clinical content (record_type, title, content, recorded_at) is an amendment: only the
 *   author may make one, with a reason, and the version it replaces is kept in medical_record_versions. The
 *   BEFORE UPDATE trigger enforces it for every role, so SQL cannot bypass the API. The reason travels in the
 *   transaction-local setting carebase.amendment_reason (as the claims do); the trigger consumes it, so one
 *   reason amends one record once.
 * - A record stays with its patient and its author; it is never deleted (retention), except with its
 *   organization. Versions are append-only: written by the trigger only, readable by exactly those who read
 *   the record.
 * - Providers write only the records they authored (a treating provider reads a colleague's record).
 */

const ORG = `org_id = (SELECT public.auth_org_id())`;
const PROVIDER = `${ORG} AND (SELECT auth.app_role()) = 'provider'`;
const ADMIN = `${ORG} AND (SELECT auth.app_role()) = 'admin'`;

export class MedicalRecordAmendments1764000000000 implements MigrationInterface {
  name = 'MedicalRecordAmendments1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE public.medical_records
        ADD COLUMN version integer NOT NULL DEFAULT 1,
        ADD COLUMN amended_at timestamptz,
        ADD COLUMN amendment_reason text,
        ADD CONSTRAINT medical_records_org_id_id_key UNIQUE (org_id, id),
        ADD CONSTRAINT medical_records_version_check CHECK (version >= 1),
        ADD CONSTRAINT medical_records_amendment_check CHECK (
          (version = 1 AND amended_at IS NULL AND amendment_reason IS NULL)
          OR (version > 1 AND amended_at IS NOT NULL AND length(btrim(amendment_reason)) BETWEEN 3 AND 2000));

      -- One row per version a record had before an amendment replaced it.
      CREATE TABLE public.medical_record_versions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL REFERENCES public.organizations (id) ON DELETE CASCADE,
        record_id uuid NOT NULL,
        version integer NOT NULL CHECK (version >= 1),
        -- The author of this version (the record's author: only they amend).
        provider_id uuid NOT NULL,
        record_type text NOT NULL,
        title text NOT NULL,
        content text NOT NULL,
        recorded_at timestamptz NOT NULL,
        -- Why this version was written: NULL for the record as first written.
        reason text,
        -- When this version was written (the record's creation or the amendment that made it).
        written_at timestamptz NOT NULL,
        -- When an amendment replaced it.
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT medical_record_versions_record_version_key UNIQUE (record_id, version),
        CONSTRAINT medical_record_versions_reason_check CHECK ((version = 1) = (reason IS NULL)),
        CONSTRAINT medical_record_versions_record_fkey FOREIGN KEY (org_id, record_id)
          REFERENCES public.medical_records (org_id, id) ON DELETE CASCADE,
        CONSTRAINT medical_record_versions_provider_fkey FOREIGN KEY (org_id, provider_id)
          REFERENCES public.providers (org_id, id) ON DELETE RESTRICT
      );
      CREATE INDEX medical_record_versions_record_idx
        ON public.medical_record_versions (org_id, record_id, created_at DESC, id DESC);
      ${enableRls('medical_record_versions')}
      ${tenantTriggers('medical_record_versions', { updatedAt: false })}
      ${auditTrigger('medical_record_versions')}

      -- Versions are what the record was: the amendment trigger writes them (a trigger nested in the record's
      -- update), nobody changes or removes them; they go only with their organization. Definer: whether the
      -- organization still exists must not depend on what the deleting role can see.
      CREATE FUNCTION app_private.medical_record_versions_append_only() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
      BEGIN
        IF TG_OP = 'INSERT' AND pg_catalog.pg_trigger_depth() > 1 THEN
          RETURN NEW;
        END IF;
        IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM public.organizations o WHERE o.id = OLD.org_id) THEN
          RETURN OLD;
        END IF;
        RAISE EXCEPTION 'Versions of a medical record are written by its amendments only and kept as written.'
          USING ERRCODE = '42501';
      END
      $$;
      REVOKE ALL ON FUNCTION app_private.medical_record_versions_append_only() FROM PUBLIC;
      CREATE TRIGGER medical_record_versions_append_only BEFORE INSERT OR UPDATE OR DELETE ON public.medical_record_versions
        FOR EACH ROW EXECUTE FUNCTION app_private.medical_record_versions_append_only();

      -- Definer: it writes the version, which no request role may insert, and checks authorship against the
      -- provider directory whatever the caller sees of it.
      CREATE FUNCTION app_private.medical_records_amend() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
      DECLARE
        v_reason text;
      BEGIN
        IF TG_OP = 'INSERT' THEN
          NEW.version := 1;
          NEW.amended_at := NULL;
          NEW.amendment_reason := NULL;
          RETURN NEW;
        END IF;
        IF NEW.patient_id IS DISTINCT FROM OLD.patient_id OR NEW.provider_id IS DISTINCT FROM OLD.provider_id THEN
          RAISE EXCEPTION 'A medical record stays with its patient and its author.' USING ERRCODE = '42501';
        END IF;
        NEW.version := OLD.version;
        NEW.amended_at := OLD.amended_at;
        NEW.amendment_reason := OLD.amendment_reason;
        IF (NEW.record_type, NEW.title, NEW.content, NEW.recorded_at)
           IS NOT DISTINCT FROM (OLD.record_type, OLD.title, OLD.content, OLD.recorded_at) THEN
          RETURN NEW;
        END IF;
        IF auth.role() IS DISTINCT FROM 'authenticated' OR auth.app_role() IS DISTINCT FROM 'provider'
           OR OLD.org_id IS DISTINCT FROM public.auth_org_id()
           OR NOT EXISTS (SELECT 1 FROM public.providers pr
                          WHERE pr.org_id = OLD.org_id AND pr.id = OLD.provider_id AND pr.user_id = auth.uid()) THEN
          RAISE EXCEPTION 'Only the author of a medical record amends its content.' USING ERRCODE = '42501';
        END IF;
        v_reason := nullif(btrim(current_setting('carebase.amendment_reason', true)), '');
        IF v_reason IS NULL THEN
          RAISE EXCEPTION 'The content of a medical record is amended, never overwritten: POST /api/medical-records/%/amendments with the new content and a reason.', OLD.id
            USING ERRCODE = 'CB422';
        END IF;
        PERFORM pg_catalog.set_config('carebase.amendment_reason', '', true);
        INSERT INTO public.medical_record_versions
          (org_id, record_id, version, provider_id, record_type, title, content, recorded_at, reason, written_at)
        VALUES (OLD.org_id, OLD.id, OLD.version, OLD.provider_id, OLD.record_type, OLD.title, OLD.content,
                OLD.recorded_at, OLD.amendment_reason, coalesce(OLD.amended_at, OLD.created_at));
        NEW.version := OLD.version + 1;
        NEW.amended_at := greatest(now(), coalesce(OLD.amended_at, OLD.created_at));
        NEW.amendment_reason := v_reason;
        RETURN NEW;
      END
      $$;
      REVOKE ALL ON FUNCTION app_private.medical_records_amend() FROM PUBLIC;
      CREATE TRIGGER medical_records_amend BEFORE INSERT OR UPDATE ON public.medical_records
        FOR EACH ROW EXECUTE FUNCTION app_private.medical_records_amend();

      -- Retention: a record is never deleted, by any role, except with its organization.
      CREATE FUNCTION app_private.medical_records_retain() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM public.organizations o WHERE o.id = OLD.org_id) THEN
          RETURN OLD;
        END IF;
        RAISE EXCEPTION 'Medical records are retained and never deleted; amend the record instead.' USING ERRCODE = '42501';
      END
      $$;
      REVOKE ALL ON FUNCTION app_private.medical_records_retain() FROM PUBLIC;
      CREATE TRIGGER medical_records_retain BEFORE DELETE ON public.medical_records
        FOR EACH ROW EXECUTE FUNCTION app_private.medical_records_retain();

      DROP POLICY medical_records_provider_delete ON public.medical_records;
      DROP POLICY medical_records_admin_delete ON public.medical_records;
      REVOKE DELETE ON public.medical_records FROM authenticated, service_role;
      -- The author writes; a treating provider reads a colleague's record and changes nothing of it.
      DROP POLICY medical_records_provider_update ON public.medical_records;
      CREATE POLICY medical_records_provider_update ON public.medical_records FOR UPDATE TO authenticated
        USING (${PROVIDER} AND provider_id = (SELECT app_private.my_provider_id()))
        WITH CHECK (${PROVIDER} AND provider_id = (SELECT app_private.my_provider_id()));

      -- Exactly those who read the record read its versions: the subquery runs under the record's policies.
      CREATE POLICY medical_record_versions_select ON public.medical_record_versions FOR SELECT TO authenticated
        USING (${ORG} AND record_id IN (SELECT m.id FROM public.medical_records m));
      GRANT SELECT ON public.medical_record_versions TO authenticated, service_role;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP POLICY IF EXISTS medical_record_versions_select ON public.medical_record_versions;
      DROP TABLE IF EXISTS public.medical_record_versions;
      DROP FUNCTION IF EXISTS app_private.medical_record_versions_append_only();
      DROP TRIGGER IF EXISTS medical_records_retain ON public.medical_records;
      DROP FUNCTION IF EXISTS app_private.medical_records_retain();
      DROP TRIGGER IF EXISTS medical_records_amend ON public.medical_records;
      DROP FUNCTION IF EXISTS app_private.medical_records_amend();

      DROP POLICY medical_records_provider_update ON public.medical_records;
      CREATE POLICY medical_records_provider_update ON public.medical_records FOR UPDATE TO authenticated
        USING (${PROVIDER} AND (provider_id = (SELECT app_private.my_provider_id())
                                OR patient_id IN (SELECT app_private.treated_patient_ids())))
        WITH CHECK (${PROVIDER} AND (provider_id = (SELECT app_private.my_provider_id())
                                     OR patient_id IN (SELECT app_private.treated_patient_ids())));
      CREATE POLICY medical_records_provider_delete ON public.medical_records FOR DELETE TO authenticated
        USING (${PROVIDER} AND provider_id = (SELECT app_private.my_provider_id()));
      CREATE POLICY medical_records_admin_delete ON public.medical_records FOR DELETE TO authenticated USING (${ADMIN});
      GRANT DELETE ON public.medical_records TO authenticated, service_role;

      ALTER TABLE public.medical_records
        DROP CONSTRAINT medical_records_amendment_check,
        DROP CONSTRAINT medical_records_version_check,
        DROP CONSTRAINT medical_records_org_id_id_key,
        DROP COLUMN amendment_reason,
        DROP COLUMN amended_at,
        DROP COLUMN version;
    `);
  }
}
