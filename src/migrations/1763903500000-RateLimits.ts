import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableRls } from './helpers';

/**
 * Fixed-window counters for abuse limits on unauthenticated routes, shared by every app instance through
 * the database. UNLOGGED: a crash forgets the counters, which only resets the windows.
 */
export class RateLimits1763903500000 implements MigrationInterface {
  name = 'RateLimits1763903500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE UNLOGGED TABLE public.rate_limit_counters (
        bucket text NOT NULL CHECK (length(bucket) <= 400),
        window_start timestamptz NOT NULL,
        hits integer NOT NULL DEFAULT 1,
        PRIMARY KEY (bucket, window_start)
      );
      CREATE INDEX rate_limit_counters_window_idx ON public.rate_limit_counters (window_start);
      ${enableRls('rate_limit_counters')}
      COMMENT ON TABLE public.rate_limit_counters IS 'Platform table (no org_id): counters are keyed by IP or hashed account, written only by app_private.hit_rate_limit()';

      -- Counts one hit in the current window and answers whether it is within the limit.
      CREATE FUNCTION app_private.hit_rate_limit(p_bucket text, p_window_seconds integer, p_limit integer)
        RETURNS TABLE (allowed boolean, hits integer, retry_after_seconds integer)
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
      DECLARE
        v_window timestamptz := to_timestamp(floor(extract(epoch FROM now()) / p_window_seconds) * p_window_seconds);
        v_hits integer;
      BEGIN
        IF p_window_seconds NOT BETWEEN 1 AND 86400 OR p_limit < 1 THEN
          RAISE EXCEPTION 'invalid rate limit' USING ERRCODE = 'CB400';
        END IF;
        INSERT INTO public.rate_limit_counters AS c (bucket, window_start) VALUES (p_bucket, v_window)
          ON CONFLICT (bucket, window_start) DO UPDATE SET hits = c.hits + 1
          RETURNING c.hits INTO v_hits;
        -- Old windows are swept now and then by whoever passes.
        IF random() < 0.001 THEN
          DELETE FROM public.rate_limit_counters WHERE window_start < now() - interval '1 day';
        END IF;
        RETURN QUERY SELECT v_hits <= p_limit, v_hits,
          greatest(1, ceil(extract(epoch FROM v_window + make_interval(secs => p_window_seconds) - now()))::integer);
      END
      $$;
      REVOKE ALL ON FUNCTION app_private.hit_rate_limit(text, integer, integer) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION app_private.hit_rate_limit(text, integer, integer) TO anon, authenticated, service_role;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP FUNCTION IF EXISTS app_private.hit_rate_limit(text, integer, integer);
      DROP TABLE IF EXISTS public.rate_limit_counters;
    `);
  }
}
