import type { MigrationInterface, QueryRunner } from 'typeorm';
import { auditTrigger, enableRls, tenantTriggers } from './helpers';

/**
 * The AI module (issue 11): the catalog's nine `ai` tables, the AiStatus enum (ai_status), seed C's
 * compatibility views and the functions the rules need.
 *
 * - ai_command_logs (seed L): every model call. The caller inserts its own PENDING row (committed before the
 *   call); the outcome is written once, by the service role, through app_private.record_ai_command_outcome().
 *   Nobody updates or deletes rows otherwise. `input` carries what was asked of which model (kind, sizes),
 *   never message content.
 * - vector_memory (seed L): own rows, full CRUD. The embedding is a real[] (seed: JSON {"vector": [...]}, the
 *   API keeps that shape); (user_id, updated_at) serves the search's freshness check.
 * - chat_sessions, chat_messages, user_memory, insight_runs (seed C): own; user_memory only while the
 *   caller's profile is on the pro plan; insight_runs are written by the service role and never updated.
 * - patient_insights (seed H): the service role writes; the patient reads and sets viewed_at / is_hidden;
 *   providers treating the patient read the ones not hidden.
 * - ai_doctor_sessions, ai_doctor_sharing_permissions (seed H): the patient's own; a provider reads a session
 *   while an unrevoked, unexpired grant names them. The grant and session policies read each other through
 *   definer helpers (no policy recursion).
 */

const ORG = `org_id = (SELECT public.auth_org_id())`;
const UID = `(SELECT auth.uid())`;
const OWN = `user_id = ${UID} AND ${ORG}`;
const OWN_PATIENT = `patient_id = ${UID} AND ${ORG}`;
const PROVIDER = `${ORG} AND (SELECT auth.app_role()) = 'provider'`;
const PRO = `(SELECT app_private.caller_on_pro_plan())`;

function ownAll(t: string, own: string): string {
  return `
    CREATE POLICY ${t}_select_own ON public.${t} FOR SELECT TO authenticated USING (${own});
    CREATE POLICY ${t}_insert_own ON public.${t} FOR INSERT TO authenticated WITH CHECK (${own});
    CREATE POLICY ${t}_update_own ON public.${t} FOR UPDATE TO authenticated USING (${own}) WITH CHECK (${own});
    CREATE POLICY ${t}_delete_own ON public.${t} FOR DELETE TO authenticated USING (${own});`;
}

const TABLES = [
  'ai_command_logs',
  'vector_memory',
  'chat_sessions',
  'chat_messages',
  'user_memory',
  'insight_runs',
  'patient_insights',
  'ai_doctor_sessions',
  'ai_doctor_sharing_permissions',
] as const;

export class AiModule1764200000000 implements MigrationInterface {
  name = 'AiModule1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TYPE public.ai_status AS ENUM ('PENDING', 'COMPLETED', 'ERROR');

      -- Whether the caller's profile is on the pro plan (user_memory's rule). Definer: one lookup per statement.
      CREATE FUNCTION app_private.caller_on_pro_plan() RETURNS boolean
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
        SELECT EXISTS (SELECT 1 FROM public.profiles p WHERE p.user_id = auth.uid() AND p.plan = 'pro')
      $$;

      -- ===================== ai_command_logs =====================
      CREATE TABLE public.ai_command_logs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL DEFAULT public.auth_org_id() REFERENCES public.organizations (id) ON DELETE CASCADE,
        user_id uuid NOT NULL DEFAULT auth.uid() REFERENCES public.users (id) ON DELETE CASCADE,
        model text NOT NULL CHECK (length(model) BETWEEN 1 AND 200),
        input jsonb NOT NULL CHECK (pg_column_size(input) <= 16384),
        output jsonb CHECK (pg_column_size(output) <= 16384),
        status public.ai_status NOT NULL DEFAULT 'PENDING',
        error text CHECK (length(error) <= 2000),
        latency_ms integer CHECK (latency_ms >= 0),
        prompt_tokens integer CHECK (prompt_tokens >= 0),
        completion_tokens integer CHECK (completion_tokens >= 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        completed_at timestamptz,
        CONSTRAINT ai_command_logs_outcome_check CHECK ((status = 'PENDING') = (completed_at IS NULL))
      );
      CREATE INDEX ai_command_logs_user_created_idx ON public.ai_command_logs (user_id, created_at DESC, id DESC);
      CREATE INDEX ai_command_logs_org_created_idx ON public.ai_command_logs (org_id, created_at);
      CREATE POLICY ai_command_logs_select_own ON public.ai_command_logs FOR SELECT TO authenticated USING (${OWN});
      CREATE POLICY ai_command_logs_insert_own ON public.ai_command_logs FOR INSERT TO authenticated
        WITH CHECK (${OWN} AND status = 'PENDING');
      GRANT SELECT ON public.ai_command_logs TO authenticated;
      GRANT INSERT (model, input) ON public.ai_command_logs TO authenticated;
      GRANT SELECT, INSERT (org_id, user_id, model, input) ON public.ai_command_logs TO service_role;

      -- The outcome of a PENDING call, written once by the service role in its own transaction.
      CREATE FUNCTION app_private.record_ai_command_outcome(
        p_id uuid, p_status public.ai_status, p_output jsonb, p_error text,
        p_latency_ms integer, p_prompt_tokens integer, p_completion_tokens integer
      ) RETURNS boolean LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
      BEGIN
        IF auth.role() IS DISTINCT FROM 'service_role' THEN
          RAISE EXCEPTION 'only the service role records model call outcomes' USING ERRCODE = '42501';
        END IF;
        IF p_status IS NULL OR p_status = 'PENDING' THEN
          RAISE EXCEPTION 'an outcome is COMPLETED or ERROR' USING ERRCODE = 'CB400';
        END IF;
        UPDATE public.ai_command_logs
           SET status = p_status, output = p_output, error = left(p_error, 2000), latency_ms = p_latency_ms,
               prompt_tokens = p_prompt_tokens, completion_tokens = p_completion_tokens, completed_at = now()
         WHERE id = p_id AND status = 'PENDING';
        RETURN FOUND;
      END
      $$;
      -- Tokens the caller's organization used today (UTC): the daily budget reads it.
      CREATE FUNCTION app_private.ai_org_tokens_today() RETURNS bigint
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
        SELECT coalesce(sum(coalesce(l.prompt_tokens, 0) + coalesce(l.completion_tokens, 0)), 0)::bigint
        FROM public.ai_command_logs l
        WHERE l.org_id = public.auth_org_id()
          AND l.created_at >= date_trunc('day', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'
      $$;

      -- ===================== vector_memory =====================
      CREATE TABLE public.vector_memory (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL DEFAULT public.auth_org_id() REFERENCES public.organizations (id) ON DELETE CASCADE,
        user_id uuid NOT NULL DEFAULT auth.uid() REFERENCES public.users (id) ON DELETE CASCADE,
        embedding real[] NOT NULL,
        context text CHECK (length(context) <= 8000),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT vector_memory_embedding_check CHECK (
          array_ndims(embedding) = 1 AND cardinality(embedding) BETWEEN 1 AND 4096 AND array_position(embedding, NULL) IS NULL)
      );
      -- (user_id, org_id, updated_at): the search's freshness check reads it alone (an index-only scan).
      CREATE INDEX vector_memory_user_updated_idx ON public.vector_memory (user_id, org_id, updated_at);
      CREATE INDEX vector_memory_org_user_idx ON public.vector_memory (org_id, user_id);
      CREATE INDEX vector_memory_created_idx ON public.vector_memory (user_id, created_at DESC, id DESC);
      ${ownAll('vector_memory', OWN)}
      GRANT SELECT, DELETE ON public.vector_memory TO authenticated;
      GRANT INSERT (embedding, context), UPDATE (embedding, context) ON public.vector_memory TO authenticated;
      GRANT SELECT, INSERT, UPDATE, DELETE ON public.vector_memory TO service_role;

      -- ===================== chat_sessions, chat_messages =====================
      CREATE TABLE public.chat_sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL DEFAULT public.auth_org_id() REFERENCES public.organizations (id) ON DELETE CASCADE,
        user_id uuid NOT NULL DEFAULT auth.uid() REFERENCES public.users (id) ON DELETE CASCADE,
        title text CHECK (length(title) <= 200),
        dominant_emotion text CHECK (length(dominant_emotion) <= 50),
        summary text CHECK (length(summary) <= 4000),
        ended_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT chat_sessions_org_id_id_key UNIQUE (org_id, id)
      );
      CREATE INDEX chat_sessions_user_created_idx ON public.chat_sessions (user_id, created_at DESC, id DESC);
      ${ownAll('chat_sessions', OWN)}
      GRANT SELECT, DELETE ON public.chat_sessions TO authenticated;
      GRANT INSERT (title), UPDATE (title, dominant_emotion, summary, ended_at) ON public.chat_sessions TO authenticated;
      GRANT SELECT, INSERT, UPDATE, DELETE ON public.chat_sessions TO service_role;

      CREATE TABLE public.chat_messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL DEFAULT public.auth_org_id() REFERENCES public.organizations (id) ON DELETE CASCADE,
        session_id uuid NOT NULL,
        user_id uuid NOT NULL DEFAULT auth.uid() REFERENCES public.users (id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('user', 'assistant', 'system')),
        content text NOT NULL CHECK (length(content) BETWEEN 1 AND 32000),
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT chat_messages_session_fkey FOREIGN KEY (org_id, session_id)
          REFERENCES public.chat_sessions (org_id, id) ON DELETE CASCADE
      );
      CREATE INDEX chat_messages_session_created_idx ON public.chat_messages (session_id, created_at, id);
      CREATE INDEX chat_messages_user_idx ON public.chat_messages (user_id);
      -- A message belongs to a session of its own author.
      CREATE POLICY chat_messages_select_own ON public.chat_messages FOR SELECT TO authenticated USING (${OWN});
      CREATE POLICY chat_messages_insert_own ON public.chat_messages FOR INSERT TO authenticated
        WITH CHECK (${OWN} AND session_id IN (SELECT s.id FROM public.chat_sessions s WHERE s.user_id = ${UID}));
      CREATE POLICY chat_messages_delete_own ON public.chat_messages FOR DELETE TO authenticated USING (${OWN});
      GRANT SELECT, DELETE ON public.chat_messages TO authenticated;
      GRANT INSERT (session_id, role, content) ON public.chat_messages TO authenticated;
      GRANT SELECT, INSERT, DELETE ON public.chat_messages TO service_role;

      -- ===================== user_memory (pro plan) =====================
      CREATE TABLE public.user_memory (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL DEFAULT public.auth_org_id() REFERENCES public.organizations (id) ON DELETE CASCADE,
        user_id uuid NOT NULL DEFAULT auth.uid() REFERENCES public.users (id) ON DELETE CASCADE,
        summary text NOT NULL CHECK (length(summary) BETWEEN 1 AND 4000),
        source_type text NOT NULL CHECK (source_type IN ('chat_session', 'journal_entry', 'manual')),
        source_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX user_memory_source_key ON public.user_memory (user_id, source_type, source_id)
        WHERE source_id IS NOT NULL;
      CREATE INDEX user_memory_user_created_idx ON public.user_memory (user_id, created_at DESC, id DESC);
      ${ownAll('user_memory', `${OWN} AND ${PRO}`)}
      GRANT SELECT, DELETE ON public.user_memory TO authenticated;
      GRANT INSERT (summary, source_type, source_id), UPDATE (summary) ON public.user_memory TO authenticated;
      GRANT SELECT, INSERT, UPDATE, DELETE ON public.user_memory TO service_role;

      -- ===================== insight_runs (append-only) =====================
      CREATE TABLE public.insight_runs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL DEFAULT public.auth_org_id() REFERENCES public.organizations (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES public.users (id) ON DELETE CASCADE,
        time_range_start timestamptz NOT NULL,
        time_range_end timestamptz NOT NULL,
        narrative text NOT NULL CHECK (length(narrative) BETWEEN 1 AND 20000),
        figures jsonb NOT NULL DEFAULT '{}'::jsonb,
        writer text NOT NULL CHECK (length(writer) BETWEEN 1 AND 200),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT insight_runs_user_range_key UNIQUE (user_id, time_range_start, time_range_end),
        CONSTRAINT insight_runs_range_check CHECK (time_range_end > time_range_start)
      );
      CREATE INDEX insight_runs_user_created_idx ON public.insight_runs (user_id, created_at DESC, id DESC);
      CREATE INDEX insight_runs_org_idx ON public.insight_runs (org_id);
      CREATE FUNCTION app_private.insight_runs_append_only() RETURNS trigger LANGUAGE plpgsql SET search_path = '' AS $$
      BEGIN
        RAISE EXCEPTION 'insight runs are append-only' USING ERRCODE = '42501';
      END
      $$;
      REVOKE ALL ON FUNCTION app_private.insight_runs_append_only() FROM PUBLIC;
      CREATE TRIGGER insight_runs_no_update BEFORE UPDATE ON public.insight_runs
        FOR EACH ROW EXECUTE FUNCTION app_private.insight_runs_append_only();
      CREATE POLICY insight_runs_select_own ON public.insight_runs FOR SELECT TO authenticated USING (${OWN});
      GRANT SELECT ON public.insight_runs TO authenticated;
      GRANT SELECT, INSERT ON public.insight_runs TO service_role;

      -- ===================== patient_insights =====================
      CREATE TABLE public.patient_insights (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL DEFAULT public.auth_org_id() REFERENCES public.organizations (id) ON DELETE CASCADE,
        patient_id uuid NOT NULL REFERENCES public.profiles (id) ON DELETE CASCADE,
        insight_type text NOT NULL CHECK (insight_type ~ '^[a-z][a-z0-9_]{0,63}$'),
        insight_text text NOT NULL CHECK (length(insight_text) BETWEEN 1 AND 4000),
        confidence_score numeric(4, 3) CHECK (confidence_score BETWEEN 0 AND 1),
        data_sources jsonb NOT NULL DEFAULT '[]'::jsonb CHECK (jsonb_typeof(data_sources) = 'array'),
        generated_at timestamptz NOT NULL DEFAULT now(),
        viewed_at timestamptz,
        is_hidden boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX patient_insights_patient_generated_idx ON public.patient_insights (patient_id, generated_at DESC, id DESC);
      CREATE INDEX patient_insights_org_idx ON public.patient_insights (org_id);
      CREATE POLICY patient_insights_select_own ON public.patient_insights FOR SELECT TO authenticated USING (${OWN_PATIENT});
      CREATE POLICY patient_insights_update_own ON public.patient_insights FOR UPDATE TO authenticated
        USING (${OWN_PATIENT}) WITH CHECK (${OWN_PATIENT});
      CREATE POLICY patient_insights_select_treating_provider ON public.patient_insights FOR SELECT TO authenticated
        USING (${PROVIDER} AND NOT is_hidden AND app_private.provider_treats(patient_id));
      GRANT SELECT, UPDATE (viewed_at, is_hidden) ON public.patient_insights TO authenticated;
      GRANT SELECT, INSERT, UPDATE, DELETE ON public.patient_insights TO service_role;

      -- ===================== ai_doctor_sessions and their sharing =====================
      -- transcript holds AES-256-GCM ciphertext made by the API (DATA_ENCRYPTION_KEY, bound to the row);
      -- transcript_path names where the transcript lives.
      CREATE TABLE public.ai_doctor_sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL DEFAULT public.auth_org_id() REFERENCES public.organizations (id) ON DELETE CASCADE,
        patient_id uuid NOT NULL DEFAULT auth.uid() REFERENCES public.profiles (id) ON DELETE CASCADE,
        session_type text NOT NULL CHECK (session_type IN ('symptom_check', 'follow_up', 'medication_review', 'general')),
        start_time timestamptz NOT NULL DEFAULT now(),
        end_time timestamptz,
        transcript_path text CHECK (length(transcript_path) <= 500),
        transcript text CHECK (transcript IS NULL OR transcript ~ '^v1\\.[A-Za-z0-9_-]+$'),
        summary text CHECK (length(summary) <= 8000),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ai_doctor_sessions_org_id_id_key UNIQUE (org_id, id),
        CONSTRAINT ai_doctor_sessions_time_check CHECK (end_time IS NULL OR end_time >= start_time)
      );
      CREATE INDEX ai_doctor_sessions_patient_created_idx ON public.ai_doctor_sessions (patient_id, created_at DESC, id DESC);
      CREATE INDEX ai_doctor_sessions_org_idx ON public.ai_doctor_sessions (org_id);

      CREATE TABLE public.ai_doctor_sharing_permissions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL DEFAULT public.auth_org_id() REFERENCES public.organizations (id) ON DELETE CASCADE,
        session_id uuid NOT NULL,
        provider_id uuid NOT NULL,
        permission_level text NOT NULL CHECK (permission_level IN ('summary', 'full')),
        shared_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ai_doctor_sharing_permissions_session_fkey FOREIGN KEY (org_id, session_id)
          REFERENCES public.ai_doctor_sessions (org_id, id) ON DELETE CASCADE,
        CONSTRAINT ai_doctor_sharing_permissions_provider_fkey FOREIGN KEY (org_id, provider_id)
          REFERENCES public.providers (org_id, id) ON DELETE CASCADE,
        CONSTRAINT ai_doctor_sharing_permissions_expires_check CHECK (expires_at IS NULL OR expires_at > shared_at)
      );
      CREATE UNIQUE INDEX ai_doctor_sharing_permissions_active_key ON public.ai_doctor_sharing_permissions
        (session_id, provider_id) WHERE revoked_at IS NULL;
      CREATE INDEX ai_doctor_sharing_permissions_provider_idx ON public.ai_doctor_sharing_permissions
        (provider_id, session_id) WHERE revoked_at IS NULL;
      CREATE INDEX ai_doctor_sharing_permissions_org_idx ON public.ai_doctor_sharing_permissions (org_id);

      -- The caller's own AI-doctor sessions, and the sessions shared with the calling provider now (an
      -- unrevoked grant that has not expired). Definer: the two tables' policies read each other through these.
      CREATE FUNCTION app_private.my_ai_doctor_session_ids() RETURNS SETOF uuid
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
        SELECT s.id FROM public.ai_doctor_sessions s WHERE s.patient_id = auth.uid() AND s.org_id = public.auth_org_id()
      $$;
      CREATE FUNCTION app_private.shared_ai_doctor_session_ids() RETURNS SETOF uuid
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
        SELECT g.session_id FROM public.ai_doctor_sharing_permissions g
        WHERE g.org_id = public.auth_org_id() AND g.provider_id = app_private.my_provider_id()
          AND g.revoked_at IS NULL AND (g.expires_at IS NULL OR g.expires_at > now())
      $$;
      REVOKE ALL ON FUNCTION app_private.my_ai_doctor_session_ids(), app_private.shared_ai_doctor_session_ids(),
        app_private.caller_on_pro_plan(), app_private.ai_org_tokens_today(),
        app_private.record_ai_command_outcome(uuid, public.ai_status, jsonb, text, integer, integer, integer) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION app_private.my_ai_doctor_session_ids(), app_private.shared_ai_doctor_session_ids(),
        app_private.caller_on_pro_plan() TO authenticated;
      GRANT EXECUTE ON FUNCTION app_private.ai_org_tokens_today() TO authenticated, service_role;
      GRANT EXECUTE ON FUNCTION app_private.record_ai_command_outcome(uuid, public.ai_status, jsonb, text, integer, integer, integer)
        TO service_role;

      ${ownAll('ai_doctor_sessions', OWN_PATIENT)}
      CREATE POLICY ai_doctor_sessions_select_shared ON public.ai_doctor_sessions FOR SELECT TO authenticated
        USING (${PROVIDER} AND id IN (SELECT app_private.shared_ai_doctor_session_ids()));
      GRANT SELECT, DELETE ON public.ai_doctor_sessions TO authenticated;
      GRANT INSERT (session_type), UPDATE (end_time, transcript_path, transcript, summary) ON public.ai_doctor_sessions TO authenticated;
      GRANT SELECT, INSERT, UPDATE, DELETE ON public.ai_doctor_sessions TO service_role;

      CREATE POLICY ai_doctor_sharing_permissions_select_patient ON public.ai_doctor_sharing_permissions FOR SELECT TO authenticated
        USING (${ORG} AND session_id IN (SELECT app_private.my_ai_doctor_session_ids()));
      CREATE POLICY ai_doctor_sharing_permissions_insert_patient ON public.ai_doctor_sharing_permissions FOR INSERT TO authenticated
        WITH CHECK (${ORG} AND session_id IN (SELECT app_private.my_ai_doctor_session_ids()));
      CREATE POLICY ai_doctor_sharing_permissions_update_patient ON public.ai_doctor_sharing_permissions FOR UPDATE TO authenticated
        USING (${ORG} AND session_id IN (SELECT app_private.my_ai_doctor_session_ids()))
        WITH CHECK (${ORG} AND session_id IN (SELECT app_private.my_ai_doctor_session_ids()));
      CREATE POLICY ai_doctor_sharing_permissions_delete_patient ON public.ai_doctor_sharing_permissions FOR DELETE TO authenticated
        USING (${ORG} AND session_id IN (SELECT app_private.my_ai_doctor_session_ids()));
      CREATE POLICY ai_doctor_sharing_permissions_select_provider ON public.ai_doctor_sharing_permissions FOR SELECT TO authenticated
        USING (${PROVIDER} AND provider_id = (SELECT app_private.my_provider_id()));
      GRANT SELECT, DELETE ON public.ai_doctor_sharing_permissions TO authenticated;
      GRANT INSERT (session_id, provider_id, permission_level, expires_at),
        UPDATE (permission_level, expires_at, revoked_at) ON public.ai_doctor_sharing_permissions TO authenticated;
      GRANT SELECT, INSERT, UPDATE, DELETE ON public.ai_doctor_sharing_permissions TO service_role;

      ${TABLES.map((t) => enableRls(t)).join('')}
      ${tenantTriggers('ai_command_logs', { updatedAt: false })}
      ${tenantTriggers('vector_memory')}
      ${tenantTriggers('chat_sessions')}
      ${tenantTriggers('chat_messages', { updatedAt: false })}
      ${tenantTriggers('user_memory')}
      ${tenantTriggers('insight_runs', { updatedAt: false })}
      ${tenantTriggers('patient_insights')}
      ${tenantTriggers('ai_doctor_sessions')}
      ${tenantTriggers('ai_doctor_sharing_permissions')}
      ${TABLES.map((t) => auditTrigger(t)).join('')}

      -- Compatibility views (seed C): PascalCase names with camelCase columns, and the snake_case names seed C
      -- lists that are not tables (chat_session, insight_run). security_invoker: the caller's RLS applies.
      CREATE VIEW public."ChatSession" WITH (security_invoker = true) AS
        SELECT id, id AS "sessionId", user_id AS "userId", title, dominant_emotion AS "dominantEmotion", summary,
               ended_at AS "endedAt", created_at AS "createdAt", updated_at AS "updatedAt"
        FROM public.chat_sessions;
      CREATE VIEW public."ChatMessage" WITH (security_invoker = true) AS
        SELECT id, session_id AS "sessionId", user_id AS "userId", role, content, created_at AS "timestamp",
               created_at AS "createdAt"
        FROM public.chat_messages;
      CREATE VIEW public."UserMemory" WITH (security_invoker = true) AS
        SELECT id, user_id AS "userId", summary, source_type AS "sourceType", source_id AS "sourceId",
               created_at AS "createdAt", updated_at AS "updatedAt"
        FROM public.user_memory;
      CREATE VIEW public."InsightRun" WITH (security_invoker = true) AS
        SELECT id, user_id, time_range_start, time_range_end, narrative, created_at,
               user_id AS "userId", time_range_start AS "timeRangeStart", time_range_end AS "timeRangeEnd",
               created_at AS "createdAt"
        FROM public.insight_runs;
      CREATE VIEW public.chat_session WITH (security_invoker = true) AS
        SELECT id, user_id, title, dominant_emotion, summary, ended_at, created_at, updated_at FROM public.chat_sessions;
      CREATE VIEW public.insight_run WITH (security_invoker = true) AS
        SELECT id, user_id, time_range_start, time_range_end, narrative, created_at FROM public.insight_runs;
      GRANT SELECT ON public."ChatSession", public."ChatMessage", public."UserMemory", public."InsightRun",
        public.chat_session, public.insight_run TO authenticated, service_role;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP VIEW IF EXISTS public.insight_run;
      DROP VIEW IF EXISTS public.chat_session;
      DROP VIEW IF EXISTS public."InsightRun";
      DROP VIEW IF EXISTS public."UserMemory";
      DROP VIEW IF EXISTS public."ChatMessage";
      DROP VIEW IF EXISTS public."ChatSession";
      DROP POLICY IF EXISTS ai_doctor_sessions_select_shared ON public.ai_doctor_sessions;
      DROP POLICY IF EXISTS ai_doctor_sharing_permissions_select_patient ON public.ai_doctor_sharing_permissions;
      DROP POLICY IF EXISTS ai_doctor_sharing_permissions_insert_patient ON public.ai_doctor_sharing_permissions;
      DROP POLICY IF EXISTS ai_doctor_sharing_permissions_update_patient ON public.ai_doctor_sharing_permissions;
      DROP POLICY IF EXISTS ai_doctor_sharing_permissions_delete_patient ON public.ai_doctor_sharing_permissions;
      DROP FUNCTION IF EXISTS app_private.shared_ai_doctor_session_ids();
      DROP FUNCTION IF EXISTS app_private.my_ai_doctor_session_ids();
      DROP TABLE IF EXISTS public.ai_doctor_sharing_permissions;
      DROP TABLE IF EXISTS public.ai_doctor_sessions;
      DROP TABLE IF EXISTS public.patient_insights;
      DROP TABLE IF EXISTS public.insight_runs;
      DROP FUNCTION IF EXISTS app_private.insight_runs_append_only();
      DROP TABLE IF EXISTS public.user_memory;
      DROP TABLE IF EXISTS public.chat_messages;
      DROP TABLE IF EXISTS public.chat_sessions;
      DROP TABLE IF EXISTS public.vector_memory;
      DROP FUNCTION IF EXISTS app_private.ai_org_tokens_today();
      DROP FUNCTION IF EXISTS app_private.record_ai_command_outcome(uuid, public.ai_status, jsonb, text, integer, integer, integer);
      DROP TABLE IF EXISTS public.ai_command_logs;
      DROP FUNCTION IF EXISTS app_private.caller_on_pro_plan();
      DROP TYPE IF EXISTS public.ai_status;
    `);
  }
}
