import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableRls, serviceGrant } from './helpers';

/**
 * job_runs: one row per (job, schedule slot), the claim that makes a scheduled task run exactly once per slot
 * however many instances fire it. An instance-wide platform table (no org_id): the service role writes it
 * (jobs run as service_role), and signed-in admins and ops read it through a policy.
 *
 * app_private.analyze_app_tables(): ANALYZE needs ownership of the table (or MAINTAIN, PostgreSQL 17+ only),
 * which the request roles never have; this definer function, owned by the migration owner, analyzes the
 * tables that owner owns and nothing else, and only service_role may call it.
 */
export class JobRuns1763900300000 implements MigrationInterface {
  name = 'JobRuns1763900300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TYPE public.job_run_status AS ENUM ('running', 'succeeded', 'failed');

      CREATE TABLE public.job_runs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        job text NOT NULL CHECK (job ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
        slot timestamptz NOT NULL,
        status public.job_run_status NOT NULL DEFAULT 'running',
        started_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz,
        duration_ms integer CHECK (duration_ms >= 0),
        rows_affected bigint CHECK (rows_affected >= 0),
        error text CHECK (length(error) <= 4000),
        attempt integer NOT NULL DEFAULT 1 CHECK (attempt >= 1),
        instance text NOT NULL CHECK (length(instance) BETWEEN 1 AND 200),
        CONSTRAINT job_runs_job_slot_key UNIQUE (job, slot),
        CONSTRAINT job_runs_finished_when_done CHECK ((status = 'running') = (finished_at IS NULL))
      );
      CREATE INDEX job_runs_started_idx ON public.job_runs (started_at DESC, id DESC);
      CREATE INDEX job_runs_job_started_idx ON public.job_runs (job, started_at DESC, id DESC);
      ${enableRls('job_runs')}
      CREATE POLICY job_runs_select_staff ON public.job_runs FOR SELECT TO authenticated
        USING ((SELECT auth.app_role()) IN ('admin', 'ops'));
      GRANT SELECT ON public.job_runs TO authenticated;
      ${serviceGrant('job_runs')}

      CREATE FUNCTION app_private.analyze_app_tables() RETURNS integer
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
      DECLARE
        r record;
        n integer := 0;
      BEGIN
        IF auth.role() IS DISTINCT FROM 'service_role' THEN
          RAISE EXCEPTION 'only the service role may analyze tables' USING ERRCODE = 'CB403';
        END IF;
        FOR r IN
          SELECT ns.nspname, c.relname
          FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace ns ON ns.oid = c.relnamespace
          WHERE ns.nspname = 'public' AND c.relkind IN ('r', 'p')
            AND c.relowner = (SELECT oid FROM pg_catalog.pg_roles WHERE rolname = current_user)
          ORDER BY c.relname
        LOOP
          EXECUTE format('ANALYZE %I.%I', r.nspname, r.relname);
          n := n + 1;
        END LOOP;
        RETURN n;
      END
      $$;
      REVOKE ALL ON FUNCTION app_private.analyze_app_tables() FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION app_private.analyze_app_tables() TO service_role;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP FUNCTION IF EXISTS app_private.analyze_app_tables();
      DROP TABLE IF EXISTS public.job_runs;
      DROP TYPE IF EXISTS public.job_run_status;
    `);
  }
}
