import type { MigrationInterface, QueryRunner } from 'typeorm';
import { auditTrigger, enableRls } from './helpers';

/**
 * The tamper-evident audit log (HIPAA 164.312(b); seeds L and V).
 *
 * - audit_logs: append-only. Rows are written only by definer functions: the generic row trigger that every
 *   tenant table carries (auditTrigger() in helpers.ts), log_audit_event() (seed V) and
 *   app_private.record_access() (reads of clinical data, from the API). No role has INSERT, UPDATE or DELETE;
 *   a statement trigger also refuses UPDATE, DELETE and TRUNCATE to the owner, except the archival function's
 *   DELETE.
 * - Hash chain per organization: hash = sha256(prev_hash || canonical content) in seq order. Appends to one
 *   organization's chain are serialized with a transaction-level advisory lock, taken before the seq is drawn,
 *   so seq order is chain order. app_private.verify_audit_chain() recomputes the chain (archive + live).
 * - audit_logs_archive: the same columns; archive_old_audit_logs(days) moves old rows there (the chain spans
 *   both tables).
 * - pgaudit is enabled when the server offers it and preloads it; otherwise the trigger audit stands alone.
 *
 * Column values never enter the log: the trigger records the names of the columns a write set or changed.
 */
export class Audit1763900200000 implements MigrationInterface {
  name = 'Audit1763900200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE public.audit_logs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME public.audit_logs_seq_seq) NOT NULL,
        -- NULL only for events that belong to no tenant (a failed sign-in for an unknown email).
        -- No foreign key: the log outlives the rows, and the organizations, it describes.
        org_id uuid,
        event_type text NOT NULL,
        -- who (from the request's claims)
        actor_user_id uuid,
        actor_role text,
        actor_app_role text,
        api_key_id uuid,
        job text,
        db_user text NOT NULL,
        -- when
        occurred_at timestamptz NOT NULL DEFAULT now(),
        -- what
        action text NOT NULL,
        table_name text,
        row_id text,
        changed_columns text[],
        query text,
        -- where from
        request_id text,
        ip text,
        user_agent text,
        outcome text NOT NULL DEFAULT 'success',
        details jsonb,
        prev_hash bytea,
        hash bytea NOT NULL
      );
      -- No CHECK constraints: rows come only from app_private.append_audit, whose callers validate their input
      -- and which caps every length; a dozen checks made each audit insert about twice as slow.
      COMMENT ON TABLE public.audit_logs IS 'Append-only, hash-chained per organization. Written only by audit definer functions.';
      -- Columns added later go at the end of both audit_logs and audit_logs_archive (rows move between them
      -- with SELECT *), and stay out of app_private.audit_hash (old rows must keep verifying).
      CREATE INDEX audit_logs_org_seq_idx ON public.audit_logs (org_id, seq);
      CREATE INDEX audit_logs_org_occurred_idx ON public.audit_logs (org_id, occurred_at);
      -- Two rows of one chain with the same predecessor would be a fork: refused, whatever the isolation level.
      CREATE UNIQUE INDEX audit_logs_chain_link_key ON public.audit_logs
        ((coalesce(org_id, '00000000-0000-0000-0000-000000000000'::uuid)), (coalesce(prev_hash, ''::bytea)));
      ${enableRls('audit_logs')}
      CREATE POLICY audit_logs_select_admin ON public.audit_logs FOR SELECT TO authenticated
        USING (org_id = (SELECT public.auth_org_id()) AND (SELECT auth.app_role()) = 'admin');
      GRANT SELECT ON public.audit_logs TO authenticated, service_role;

      CREATE TABLE public.audit_logs_archive (LIKE public.audit_logs);
      ALTER TABLE public.audit_logs_archive ADD PRIMARY KEY (id);
      COMMENT ON TABLE public.audit_logs_archive IS 'Audit rows moved by archive_old_audit_logs(); same columns and chain as audit_logs.';
      CREATE INDEX audit_logs_archive_org_seq_idx ON public.audit_logs_archive (org_id, seq);
      ${enableRls('audit_logs_archive')}
      CREATE POLICY audit_logs_archive_select_admin ON public.audit_logs_archive FOR SELECT TO authenticated
        USING (org_id = (SELECT public.auth_org_id()) AND (SELECT auth.app_role()) = 'admin');
      GRANT SELECT ON public.audit_logs_archive TO authenticated, service_role;

      -- Append-only, for the owner too (grants already keep every request role out). Only the archival
      -- function's DELETE passes, flagged by a transaction-local setting. A guard rail, not the boundary: the
      -- owner can disable triggers; the hash chain is what makes that visible.
      CREATE FUNCTION app_private.audit_append_only() RETURNS trigger LANGUAGE plpgsql SET search_path = '' AS $$
      BEGIN
        IF TG_OP = 'DELETE' AND TG_TABLE_NAME = 'audit_logs'
           AND coalesce(current_setting('carebase.audit_archiving', true), '') = 'on' THEN
          RETURN NULL;
        END IF;
        RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP USING ERRCODE = '42501';
      END
      $$;
      REVOKE ALL ON FUNCTION app_private.audit_append_only() FROM PUBLIC;
      CREATE TRIGGER audit_logs_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON public.audit_logs
        FOR EACH STATEMENT EXECUTE FUNCTION app_private.audit_append_only();
      CREATE TRIGGER audit_logs_archive_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON public.audit_logs_archive
        FOR EACH STATEMENT EXECUTE FUNCTION app_private.audit_append_only();

      -- Helpers. A claim that is not a uuid is recorded as NULL rather than failing the audited write.
      CREATE FUNCTION app_private.uuid_or_null(p text) RETURNS uuid LANGUAGE sql IMMUTABLE AS $$
        SELECT CASE WHEN p ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN p::uuid END
      $$;
      CREATE FUNCTION app_private.audit_lock_key(p_org uuid) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$
        SELECT pg_catalog.hashtextextended('audit:' || coalesce(p_org::text, 'global'), 0)
      $$;
      REVOKE ALL ON FUNCTION app_private.uuid_or_null(text), app_private.audit_lock_key(uuid) FROM PUBLIC;

      -- Who is calling: the request role (set_config('role') by the RLS pipeline), or 'owner' for the migration
      -- owner or a superuser at a SQL prompt (seed V runs log_audit_event there), or 'unknown'.
      CREATE FUNCTION app_private.audit_caller() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
        SELECT CASE
          WHEN r.outer_role IN ('anon', 'authenticated', 'service_role') THEN r.outer_role
          WHEN pg_catalog.pg_has_role(r.outer_role, current_user, 'MEMBER')
            OR coalesce((SELECT a.rolsuper FROM pg_catalog.pg_roles a WHERE a.rolname = r.outer_role), false) THEN 'owner'
          ELSE 'unknown'
        END
        FROM (SELECT coalesce(nullif(current_setting('role', true), 'none'), session_user::text) AS outer_role) r
      $$;
      REVOKE ALL ON FUNCTION app_private.audit_caller() FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION app_private.audit_caller() TO authenticated, service_role;

      -- The canonical content of a row and its hash: the one definition used when appending and when
      -- verifying. occurred_at enters as epoch microseconds, so the session time zone cannot change it.
      CREATE FUNCTION app_private.audit_hash(r public.audit_logs) RETURNS bytea LANGUAGE sql STABLE AS $$
        SELECT pg_catalog.sha256(coalesce(r.prev_hash, ''::bytea) || pg_catalog.convert_to(pg_catalog.jsonb_build_array(
          r.id, r.seq, r.org_id, r.event_type, r.actor_user_id, r.actor_role, r.actor_app_role, r.api_key_id, r.job,
          r.db_user, (extract(epoch FROM r.occurred_at) * 1000000)::bigint, r.action, r.table_name, r.row_id,
          r.changed_columns, r.query, r.request_id, r.ip, r.user_agent, r.outcome, r.details
        )::text, 'UTF8'))
      $$;
      REVOKE ALL ON FUNCTION app_private.audit_hash(public.audit_logs) FROM PUBLIC;

      -- The one insert path. The advisory lock is held until the transaction ends, so the next append to this
      -- chain sees this row committed; seq is drawn after the lock, so seq order is chain order.
      CREATE FUNCTION app_private.append_audit(
        p_org uuid, p_event_type text, p_action text, p_table text, p_row_id text, p_changed text[],
        p_query text, p_outcome text, p_details jsonb
      ) RETURNS uuid LANGUAGE plpgsql SET search_path = '' AS $$
      DECLARE
        c jsonb := coalesce(nullif(current_setting('request.jwt.claims', true), '')::jsonb, '{}'::jsonb);
        r public.audit_logs;
      BEGIN
        PERFORM pg_catalog.pg_advisory_xact_lock(app_private.audit_lock_key(p_org));
        IF p_org IS NULL THEN
          SELECT l.hash INTO r.prev_hash FROM public.audit_logs l WHERE l.org_id IS NULL ORDER BY l.seq DESC LIMIT 1;
          IF NOT FOUND THEN
            SELECT a.hash INTO r.prev_hash FROM public.audit_logs_archive a WHERE a.org_id IS NULL ORDER BY a.seq DESC LIMIT 1;
          END IF;
        ELSE
          SELECT l.hash INTO r.prev_hash FROM public.audit_logs l WHERE l.org_id = p_org ORDER BY l.seq DESC LIMIT 1;
          IF NOT FOUND THEN
            SELECT a.hash INTO r.prev_hash FROM public.audit_logs_archive a WHERE a.org_id = p_org ORDER BY a.seq DESC LIMIT 1;
          END IF;
        END IF;
        r.id := gen_random_uuid();
        r.seq := nextval('public.audit_logs_seq_seq');
        r.org_id := p_org;
        r.event_type := p_event_type;
        r.actor_user_id := app_private.uuid_or_null(c ->> 'sub');
        r.actor_role := left(coalesce(nullif(current_setting('role', true), 'none'), c ->> 'role'), 64);
        r.actor_app_role := left(c ->> 'app_role', 64);
        r.api_key_id := app_private.uuid_or_null(c ->> 'api_key_id');
        r.job := left(c ->> 'job', 200);
        r.db_user := session_user;
        -- The clock, not now(): read under the lock, it grows with seq within a chain, so archiving by age
        -- never moves a row while an older one of its chain stays behind.
        r.occurred_at := clock_timestamp();
        r.action := p_action;
        r.table_name := p_table;
        r.row_id := left(p_row_id, 128);
        r.changed_columns := p_changed;
        r.query := left(p_query, 4000);
        r.request_id := left(c ->> 'request_id', 128);
        r.ip := left(c ->> 'ip', 64);
        r.user_agent := left(c ->> 'user_agent', 512);
        r.outcome := p_outcome;
        r.details := p_details;
        r.hash := app_private.audit_hash(r);
        INSERT INTO public.audit_logs OVERRIDING SYSTEM VALUE VALUES (r.*);
        RETURN r.id;
      END
      $$;
      REVOKE ALL ON FUNCTION app_private.append_audit(uuid, text, text, text, text, text[], text, text, jsonb) FROM PUBLIC;

      -- The row trigger of every tenant table: table, row id and the names of the columns the write set
      -- (INSERT: non-null columns; UPDATE: columns whose value changed; DELETE: none). Never values.
      -- Arguments: the tenant column (default org_id; organizations passes id) and the id column.
      CREATE FUNCTION app_private.audit_row_change() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
      DECLARE
        v_row jsonb;
        v_old jsonb;
        v_changed text[];
      BEGIN
        IF TG_OP = 'INSERT' THEN
          v_row := to_jsonb(NEW);
          SELECT coalesce(array_agg(e.key ORDER BY e.key), '{}') INTO v_changed
            FROM jsonb_each(v_row) e WHERE e.value <> 'null'::jsonb;
        ELSIF TG_OP = 'UPDATE' THEN
          v_row := to_jsonb(NEW);
          v_old := to_jsonb(OLD);
          SELECT coalesce(array_agg(e.key ORDER BY e.key), '{}') INTO v_changed
            FROM jsonb_each(v_row) e WHERE e.value IS DISTINCT FROM v_old -> e.key;
        ELSE
          v_row := to_jsonb(OLD);
        END IF;
        PERFORM app_private.append_audit(
          app_private.uuid_or_null(v_row ->> coalesce(TG_ARGV[0], 'org_id')), 'DATA_CHANGE', TG_OP,
          CASE WHEN TG_TABLE_SCHEMA = 'public' THEN TG_TABLE_NAME ELSE TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME END,
          v_row ->> coalesce(TG_ARGV[1], 'id'), v_changed, NULL, 'success', NULL);
        RETURN NULL;
      END
      $$;
      REVOKE ALL ON FUNCTION app_private.audit_row_change() FROM PUBLIC;

      -- Lock order: a request's writes take their organization's audit lock when each statement starts,
      -- before the statement locks any row. Taken only at the row trigger, the audit lock would come after a
      -- row lock, and two transactions of one organization that touch each other's rows would deadlock.
      CREATE FUNCTION app_private.audit_lock_statement() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
      DECLARE
        v_org uuid := app_private.uuid_or_null(
          coalesce(nullif(current_setting('request.jwt.claims', true), '')::jsonb, '{}'::jsonb) ->> 'org_id');
      BEGIN
        IF v_org IS NOT NULL THEN
          PERFORM pg_catalog.pg_advisory_xact_lock(app_private.audit_lock_key(v_org));
        END IF;
        RETURN NULL;
      END
      $$;
      REVOKE ALL ON FUNCTION app_private.audit_lock_statement() FROM PUBLIC;

      -- Seed V: log_audit_event(event_type, action, table, actor, org_id, query, row_id, details).
      -- The actor recorded is the caller's claims, never the argument (seed V passes SESSION_USER, which is
      -- recorded as db_user anyway); an actor argument that differs is kept as details.claimed_actor.
      -- details.outcome may be success (default), denied or error. Request roles may log only in their own org.
      CREATE FUNCTION public.log_audit_event(
        p_event_type text, p_action text, p_table text, p_actor text, p_org_id uuid, p_query text,
        p_row_id text DEFAULT NULL, p_details jsonb DEFAULT NULL
      ) RETURNS uuid LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
      DECLARE
        v_caller text := app_private.audit_caller();
        v_org uuid := p_org_id;
        v_action text := upper(p_action);
        v_outcome text := coalesce(p_details ->> 'outcome', 'success');
        v_details jsonb := p_details;
      BEGIN
        IF v_caller = 'authenticated' THEN
          v_org := coalesce(p_org_id, public.auth_org_id());
          IF v_org IS NULL OR v_org IS DISTINCT FROM public.auth_org_id() THEN
            RAISE EXCEPTION 'audit events may be logged only for your own organization' USING ERRCODE = 'CB403';
          END IF;
        ELSIF v_caller NOT IN ('service_role', 'owner') THEN
          RAISE EXCEPTION 'not allowed to log audit events' USING ERRCODE = 'CB403';
        END IF;
        IF p_event_type IS NULL OR p_event_type !~ '^[A-Za-z][A-Za-z0-9_.:-]{0,63}$' THEN
          RAISE EXCEPTION 'event_type must be a short identifier' USING ERRCODE = 'CB400';
        END IF;
        IF v_action IS NULL OR v_action !~ '^[A-Z][A-Z0-9_]{0,31}$' THEN
          RAISE EXCEPTION 'action must be a short identifier such as SELECT' USING ERRCODE = 'CB400';
        END IF;
        IF length(p_table) > 128 THEN
          RAISE EXCEPTION 'table name too long' USING ERRCODE = 'CB400';
        END IF;
        IF p_details IS NOT NULL AND (jsonb_typeof(p_details) <> 'object' OR pg_column_size(p_details) > 8192) THEN
          RAISE EXCEPTION 'details must be a JSON object of at most 8 kB' USING ERRCODE = 'CB400';
        END IF;
        IF v_outcome NOT IN ('success', 'denied', 'error') THEN
          RAISE EXCEPTION 'details.outcome must be success, denied or error' USING ERRCODE = 'CB400';
        END IF;
        IF p_actor IS NOT NULL AND p_actor IS DISTINCT FROM session_user::text THEN
          v_details := coalesce(v_details, '{}'::jsonb) || jsonb_build_object('claimed_actor', left(p_actor, 128));
        END IF;
        RETURN app_private.append_audit(v_org, p_event_type, v_action, p_table, p_row_id, NULL, p_query, v_outcome, v_details);
      END
      $$;
      REVOKE ALL ON FUNCTION public.log_audit_event(text, text, text, text, uuid, text, text, jsonb) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION public.log_audit_event(text, text, text, text, uuid, text, text, jsonb) TO authenticated, service_role;

      -- Reads of clinical data, recorded by the API (AuditService.recordAccess): one row per row id read
      -- (one row with no id for an empty result). A signed-in caller records in its own organization; the
      -- service role may name any (or none).
      CREATE FUNCTION app_private.record_access(
        p_table text, p_row_ids text[], p_outcome text, p_action text DEFAULT 'SELECT',
        p_event_type text DEFAULT 'DATA_ACCESS', p_org_id uuid DEFAULT NULL, p_details jsonb DEFAULT NULL
      ) RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
      DECLARE
        v_caller text := app_private.audit_caller();
        v_org uuid := coalesce(p_org_id, public.auth_org_id());
        v_action text := upper(coalesce(p_action, 'SELECT'));
        v_row text;
        n integer := 0;
      BEGIN
        IF v_caller = 'authenticated' THEN
          IF v_org IS NULL OR v_org IS DISTINCT FROM public.auth_org_id() THEN
            RAISE EXCEPTION 'access may be recorded only in your own organization' USING ERRCODE = 'CB403';
          END IF;
        ELSIF v_caller NOT IN ('service_role', 'owner') THEN
          RAISE EXCEPTION 'not allowed to record access' USING ERRCODE = 'CB403';
        END IF;
        IF p_table IS NULL OR p_table !~ '^[a-z_][a-z0-9_]{0,62}(\\.[a-z_][a-z0-9_]{0,62})?$' THEN
          RAISE EXCEPTION 'table must be a table name' USING ERRCODE = 'CB400';
        END IF;
        IF p_outcome IS NULL OR p_outcome NOT IN ('success', 'denied', 'error') THEN
          RAISE EXCEPTION 'outcome must be success, denied or error' USING ERRCODE = 'CB400';
        END IF;
        IF v_action !~ '^[A-Z][A-Z0-9_]{0,31}$' OR p_event_type IS NULL OR p_event_type !~ '^[A-Za-z][A-Za-z0-9_.:-]{0,63}$' THEN
          RAISE EXCEPTION 'action and event_type must be short identifiers' USING ERRCODE = 'CB400';
        END IF;
        IF cardinality(p_row_ids) > 1000 THEN
          RAISE EXCEPTION 'at most 1000 row ids per record' USING ERRCODE = 'CB400';
        END IF;
        IF p_details IS NOT NULL AND (jsonb_typeof(p_details) <> 'object' OR pg_column_size(p_details) > 8192) THEN
          RAISE EXCEPTION 'details must be a JSON object of at most 8 kB' USING ERRCODE = 'CB400';
        END IF;
        IF coalesce(cardinality(p_row_ids), 0) = 0 THEN
          PERFORM app_private.append_audit(v_org, p_event_type, v_action, p_table, NULL, NULL, NULL, p_outcome, p_details);
          RETURN 1;
        END IF;
        FOR v_row IN SELECT DISTINCT u FROM unnest(p_row_ids) u WHERE u IS NOT NULL ORDER BY u LOOP
          PERFORM app_private.append_audit(v_org, p_event_type, v_action, p_table, v_row, NULL, NULL, p_outcome, p_details);
          n := n + 1;
        END LOOP;
        RETURN n;
      END
      $$;
      REVOKE ALL ON FUNCTION app_private.record_access(text, text[], text, text, text, uuid, jsonb) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION app_private.record_access(text, text[], text, text, text, uuid, jsonb) TO authenticated, service_role;

      -- Seed V: an organization's audit rows (live and archived), newest first, filtered; p_before_seq is the
      -- cursor. Invoker rights: RLS applies on top of the caller check.
      CREATE FUNCTION public.get_org_audit_logs(
        p_org_id uuid, p_table text DEFAULT NULL, p_action text DEFAULT NULL, p_actor uuid DEFAULT NULL,
        p_outcome text DEFAULT NULL, p_from timestamptz DEFAULT NULL, p_to timestamptz DEFAULT NULL,
        p_limit integer DEFAULT 100, p_before_seq bigint DEFAULT NULL
      ) RETURNS SETOF public.audit_logs LANGUAGE plpgsql STABLE SET search_path = '' AS $$
      DECLARE
        v_caller text := app_private.audit_caller();
        v_limit integer := least(greatest(coalesce(p_limit, 100), 1), 1000);
      BEGIN
        IF v_caller = 'authenticated' THEN
          IF p_org_id IS NULL OR p_org_id IS DISTINCT FROM public.auth_org_id() OR auth.app_role() IS DISTINCT FROM 'admin' THEN
            RAISE EXCEPTION 'only an admin of the organization may read its audit logs' USING ERRCODE = 'CB403';
          END IF;
        ELSIF v_caller NOT IN ('service_role', 'owner') THEN
          RAISE EXCEPTION 'not allowed to read audit logs' USING ERRCODE = 'CB403';
        END IF;
        RETURN QUERY
          SELECT x.* FROM (
            (SELECT l.* FROM public.audit_logs l
             WHERE l.org_id = p_org_id AND (p_before_seq IS NULL OR l.seq < p_before_seq)
               AND (p_table IS NULL OR l.table_name = p_table) AND (p_action IS NULL OR l.action = upper(p_action))
               AND (p_actor IS NULL OR l.actor_user_id = p_actor) AND (p_outcome IS NULL OR l.outcome = p_outcome)
               AND (p_from IS NULL OR l.occurred_at >= p_from) AND (p_to IS NULL OR l.occurred_at < p_to)
             ORDER BY l.seq DESC LIMIT v_limit)
            UNION ALL
            (SELECT a.* FROM public.audit_logs_archive a
             WHERE a.org_id = p_org_id AND (p_before_seq IS NULL OR a.seq < p_before_seq)
               AND (p_table IS NULL OR a.table_name = p_table) AND (p_action IS NULL OR a.action = upper(p_action))
               AND (p_actor IS NULL OR a.actor_user_id = p_actor) AND (p_outcome IS NULL OR a.outcome = p_outcome)
               AND (p_from IS NULL OR a.occurred_at >= p_from) AND (p_to IS NULL OR a.occurred_at < p_to)
             ORDER BY a.seq DESC LIMIT v_limit)
          ) x ORDER BY x.seq DESC LIMIT v_limit;
      END
      $$;
      REVOKE ALL ON FUNCTION public.get_org_audit_logs(uuid, text, text, uuid, text, timestamptz, timestamptz, integer, bigint) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION public.get_org_audit_logs(uuid, text, text, uuid, text, timestamptz, timestamptz, integer, bigint)
        TO authenticated, service_role;

      -- Recomputes an organization's chain (archive, then live, in seq order) and names the first broken
      -- link: prev_hash_mismatch (a row before it was removed, inserted or reordered) or hash_mismatch (the
      -- row's content was altered). Also answers the head, for anchoring outside the database.
      CREATE FUNCTION app_private.verify_audit_chain(p_org_id uuid)
        RETURNS TABLE (checked bigint, broken_seq bigint, broken_id uuid, reason text, head_seq bigint, head_hash bytea)
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = '' AS $$
      DECLARE
        v_caller text := app_private.audit_caller();
        v_pred text := CASE WHEN p_org_id IS NULL THEN 'org_id IS NULL' ELSE 'org_id = $1' END;
      BEGIN
        IF v_caller = 'authenticated' THEN
          IF p_org_id IS NULL OR p_org_id IS DISTINCT FROM public.auth_org_id() OR auth.app_role() IS DISTINCT FROM 'admin' THEN
            RAISE EXCEPTION 'only an admin of the organization may verify its audit logs' USING ERRCODE = 'CB403';
          END IF;
        ELSIF v_caller NOT IN ('service_role', 'owner') THEN
          RAISE EXCEPTION 'not allowed to verify audit logs' USING ERRCODE = 'CB403';
        END IF;
        RETURN QUERY EXECUTE format($q$
          WITH chain AS (
            SELECT u.r, lag((u.r).hash) OVER (ORDER BY (u.r).seq) AS expected_prev
            FROM (SELECT ROW(a.*)::public.audit_logs AS r FROM public.audit_logs_archive a WHERE a.%1$s
                  UNION ALL
                  SELECT l AS r FROM public.audit_logs l WHERE l.%1$s) u
          ), checked AS (
            SELECT (c.r).seq AS seq, (c.r).id AS id, (c.r).hash AS hash,
                   CASE WHEN (c.r).prev_hash IS DISTINCT FROM c.expected_prev THEN 'prev_hash_mismatch'
                        WHEN (c.r).hash IS DISTINCT FROM app_private.audit_hash(c.r) THEN 'hash_mismatch' END AS problem
            FROM chain c
          )
          SELECT (SELECT count(*) FROM checked), b.seq, b.id, b.problem, h.seq, h.hash
          FROM (SELECT 1) one
          LEFT JOIN LATERAL (SELECT k.seq, k.id, k.problem FROM checked k WHERE k.problem IS NOT NULL ORDER BY k.seq LIMIT 1) b ON true
          LEFT JOIN LATERAL (SELECT k.seq, k.hash FROM checked k ORDER BY k.seq DESC LIMIT 1) h ON true
        $q$, v_pred) USING p_org_id;
      END
      $$;
      REVOKE ALL ON FUNCTION app_private.verify_audit_chain(uuid) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION app_private.verify_audit_chain(uuid) TO authenticated, service_role;

      -- Seed V: moves rows older than p_days to the archive; answers how many. Service role (the scheduled
      -- job) or the owner only.
      CREATE FUNCTION public.archive_old_audit_logs(p_days integer DEFAULT 90) RETURNS integer
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
      DECLARE
        v_caller text := app_private.audit_caller();
        n integer;
      BEGIN
        IF v_caller NOT IN ('service_role', 'owner') THEN
          RAISE EXCEPTION 'only the service role may archive audit logs' USING ERRCODE = 'CB403';
        END IF;
        IF p_days IS NULL OR p_days < 1 OR p_days > 36500 THEN
          RAISE EXCEPTION 'days must be between 1 and 36500' USING ERRCODE = 'CB400';
        END IF;
        PERFORM set_config('carebase.audit_archiving', 'on', true);
        WITH moved AS (
          DELETE FROM public.audit_logs l WHERE l.occurred_at < now() - make_interval(days => p_days) RETURNING l.*
        )
        INSERT INTO public.audit_logs_archive SELECT * FROM moved;
        GET DIAGNOSTICS n = ROW_COUNT;
        PERFORM set_config('carebase.audit_archiving', '', true);
        RETURN n;
      END
      $$;
      REVOKE ALL ON FUNCTION public.archive_old_audit_logs(integer) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION public.archive_old_audit_logs(integer) TO service_role;

      -- Seed V: patterns worth a look in an organization's recent log (p_lookback, 24 hours by default),
      -- counted per actor per clock hour; a row for each count that reaches p_threshold:
      --   denied_burst      denied accesses by one actor
      --   mass_read         distinct rows read (SELECT, success) by one actor
      --   failed_sign_in    failed sign-ins against one user (actor = that user)
      --   failed_sign_in_ip failed sign-ins from one address
      CREATE FUNCTION public.detect_suspicious_activity(
        p_org_id uuid, p_threshold integer DEFAULT 100, p_lookback interval DEFAULT '24 hours'
      ) RETURNS TABLE (kind text, actor text, count bigint, "window" tstzrange)
        LANGUAGE plpgsql STABLE SET search_path = '' AS $$
      #variable_conflict use_column
      DECLARE
        v_caller text := app_private.audit_caller();
      BEGIN
        IF v_caller = 'authenticated' THEN
          IF p_org_id IS NULL OR p_org_id IS DISTINCT FROM public.auth_org_id() OR auth.app_role() IS DISTINCT FROM 'admin' THEN
            RAISE EXCEPTION 'only an admin of the organization may inspect its audit logs' USING ERRCODE = 'CB403';
          END IF;
        ELSIF v_caller NOT IN ('service_role', 'owner') THEN
          RAISE EXCEPTION 'not allowed to inspect audit logs' USING ERRCODE = 'CB403';
        END IF;
        IF p_threshold IS NULL OR p_threshold < 1 THEN
          RAISE EXCEPTION 'threshold must be at least 1' USING ERRCODE = 'CB400';
        END IF;
        IF p_lookback IS NULL OR p_lookback <= interval '0' OR p_lookback > interval '31 days' THEN
          RAISE EXCEPTION 'lookback must be positive and at most 31 days' USING ERRCODE = 'CB400';
        END IF;
        RETURN QUERY
          WITH recent AS (
            SELECT l.event_type, l.action, l.outcome, l.table_name, l.row_id, l.ip,
                   CASE WHEN l.actor_user_id IS NOT NULL THEN 'user:' || l.actor_user_id
                        WHEN l.api_key_id IS NOT NULL THEN 'api_key:' || l.api_key_id
                        WHEN l.job IS NOT NULL THEN 'job:' || l.job
                        ELSE 'ip:' || coalesce(l.ip, 'unknown') END AS who,
                   date_bin('1 hour', l.occurred_at, TIMESTAMPTZ '2000-01-01 00:00:00+00') AS bucket
            FROM public.audit_logs l
            WHERE l.org_id = p_org_id AND l.occurred_at >= now() - p_lookback
          ), found AS (
            SELECT 'denied_burst'::text AS kind, r.who AS actor, count(*) AS n, r.bucket
            FROM recent r WHERE r.outcome = 'denied' AND r.event_type <> 'AUTH_SIGN_IN_FAILED'
            GROUP BY r.who, r.bucket
            UNION ALL
            SELECT 'mass_read', r.who, count(DISTINCT (r.table_name, r.row_id)), r.bucket
            FROM recent r WHERE r.action = 'SELECT' AND r.outcome = 'success' AND r.row_id IS NOT NULL
            GROUP BY r.who, r.bucket
            UNION ALL
            SELECT 'failed_sign_in', 'user:' || r.row_id, count(*), r.bucket
            FROM recent r WHERE r.event_type = 'AUTH_SIGN_IN_FAILED' AND r.row_id IS NOT NULL
            GROUP BY r.row_id, r.bucket
            UNION ALL
            SELECT 'failed_sign_in_ip', 'ip:' || coalesce(r.ip, 'unknown'), count(*), r.bucket
            FROM recent r WHERE r.event_type = 'AUTH_SIGN_IN_FAILED'
            GROUP BY r.ip, r.bucket
          )
          SELECT f.kind, f.actor, f.n, tstzrange(f.bucket, f.bucket + interval '1 hour')
          FROM found f WHERE f.n >= p_threshold
          ORDER BY f.n DESC, f.kind, f.actor;
      END
      $$;
      REVOKE ALL ON FUNCTION public.detect_suspicious_activity(uuid, integer, interval) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION public.detect_suspicious_activity(uuid, integer, interval) TO authenticated, service_role;

      -- Every tenant table that exists now gets the audit triggers; later migrations call auditTrigger().
      ${auditTrigger('organizations', { orgColumn: 'id' })}
      DO $attach$
      DECLARE
        t record;
      BEGIN
        FOR t IN
          SELECT c.table_name FROM information_schema.columns c
          JOIN information_schema.tables tb ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name
          WHERE c.table_schema = 'public' AND c.column_name = 'org_id' AND tb.table_type = 'BASE TABLE'
            AND c.table_name NOT IN ('audit_logs', 'audit_logs_archive')
          ORDER BY c.table_name
        LOOP
          EXECUTE format('CREATE TRIGGER audit_statement_lock BEFORE INSERT OR UPDATE OR DELETE ON public.%I
                            FOR EACH STATEMENT EXECUTE FUNCTION app_private.audit_lock_statement()', t.table_name);
          EXECUTE format('CREATE TRIGGER audit_row_change AFTER INSERT OR UPDATE OR DELETE ON public.%I
                            FOR EACH ROW EXECUTE FUNCTION app_private.audit_row_change(%L, %L)', t.table_name, 'org_id', 'id');
        END LOOP;
      END
      $attach$;

      -- pgaudit (seed V): statement-level audit in the server log, when the server has it. It must be in
      -- shared_preload_libraries before CREATE EXTENSION works, which a migration cannot arrange.
      DO $pgaudit$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_available_extensions WHERE name = 'pgaudit') THEN
          RAISE NOTICE 'pgaudit not available: using trigger-based audit only';
        ELSIF coalesce(current_setting('shared_preload_libraries', true), '') !~ '(^|[\\s,])pgaudit([\\s,]|$)' THEN
          RAISE NOTICE 'pgaudit is installed but not in shared_preload_libraries: not enabled; using trigger-based audit only';
        ELSE
          CREATE EXTENSION IF NOT EXISTS pgaudit;
        END IF;
      END
      $pgaudit$;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    // pgaudit stays: the platform may have enabled it before this migration, and it holds no data of ours.
    await q.query(`
      DO $detach$
      DECLARE
        t record;
      BEGIN
        FOR t IN
          SELECT tg.tgname, n.nspname, c.relname FROM pg_catalog.pg_trigger tg
          JOIN pg_catalog.pg_class c ON c.oid = tg.tgrelid JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
          WHERE NOT tg.tgisinternal AND tg.tgfoid IN ('app_private.audit_row_change()'::regprocedure,
                                                      'app_private.audit_lock_statement()'::regprocedure)
        LOOP
          EXECUTE format('DROP TRIGGER %I ON %I.%I', t.tgname, t.nspname, t.relname);
        END LOOP;
      END
      $detach$;
      DROP FUNCTION IF EXISTS public.detect_suspicious_activity(uuid, integer, interval);
      DROP FUNCTION IF EXISTS public.archive_old_audit_logs(integer);
      DROP FUNCTION IF EXISTS app_private.verify_audit_chain(uuid);
      DROP FUNCTION IF EXISTS public.get_org_audit_logs(uuid, text, text, uuid, text, timestamptz, timestamptz, integer, bigint);
      DROP FUNCTION IF EXISTS app_private.record_access(text, text[], text, text, text, uuid, jsonb);
      DROP FUNCTION IF EXISTS public.log_audit_event(text, text, text, text, uuid, text, text, jsonb);
      DROP FUNCTION IF EXISTS app_private.audit_lock_statement();
      DROP FUNCTION IF EXISTS app_private.audit_row_change();
      DROP FUNCTION IF EXISTS app_private.append_audit(uuid, text, text, text, text, text[], text, text, jsonb);
      DROP FUNCTION IF EXISTS app_private.audit_hash(public.audit_logs);
      DROP FUNCTION IF EXISTS app_private.audit_caller();
      DROP TABLE IF EXISTS public.audit_logs_archive;
      DROP TABLE IF EXISTS public.audit_logs;
      DROP FUNCTION IF EXISTS app_private.audit_append_only();
      DROP FUNCTION IF EXISTS app_private.audit_lock_key(uuid);
      DROP FUNCTION IF EXISTS app_private.uuid_or_null(text);
    `);
  }
}
