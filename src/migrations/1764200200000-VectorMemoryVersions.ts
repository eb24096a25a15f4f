import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The vector search's freshness check in O(1), and pgvector when the database has it (issue 11).
 *
 * - app_private.vector_memory_versions: one counter per (user, organization), raised by triggers on every
 *   insert, update and delete of their vector_memory rows (also by the service role, another API instance or
 *   psql), read by the caller through app_private.vector_memory_version(). Each row carries the counter value
 *   of its last write (vector_memory.revision). A transaction raises a user's counter once, on its first write,
 *   and holds that row's lock until it commits, so counter values follow commit order: a snapshot that reads
 *   version V holds every row of revision <= V and none above. The search's in-process copy compares V with
 *   its own (one primary-key read instead of aggregating 10,000 index entries) and loads only rows of a higher
 *   revision; deleted_version says when a delete happened since. Replaces the count-and-sum check and its
 *   index (vector_memory_user_updated_idx).
 * - app_private.prepare_vector_search(dim): pgvector when the extension is installed (0.8.0 or later, for
 *   iterative index scans under the per-user filter): an HNSW index (cosine) over the real[] embeddings of that
 *   dimension, cast to vector(dim); the API calls it at startup as the service role. Without pgvector
 *   (the embedded server, Debian's PostgreSQL 15) it answers 'portable' and creates nothing.
 */
export class VectorMemoryVersions1764200200000 implements MigrationInterface {
  name = 'VectorMemoryVersions1764200200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE app_private.vector_memory_versions (
        user_id uuid NOT NULL REFERENCES public.users (id) ON DELETE CASCADE,
        org_id uuid NOT NULL REFERENCES public.organizations (id) ON DELETE CASCADE,
        version bigint NOT NULL,
        deleted_version bigint NOT NULL DEFAULT 0,
        PRIMARY KEY (user_id, org_id)
      );
      CREATE INDEX vector_memory_versions_org_idx ON app_private.vector_memory_versions (org_id);
      ALTER TABLE app_private.vector_memory_versions ENABLE ROW LEVEL SECURITY;
      ALTER TABLE app_private.vector_memory_versions FORCE ROW LEVEL SECURITY;
      COMMENT ON TABLE app_private.vector_memory_versions IS 'Per-user change counters of vector_memory, kept by its triggers; read through app_private.vector_memory_version()';

      -- Existing rows: revision 1, and their owners' counters at 1.
      ALTER TABLE public.vector_memory ADD COLUMN revision bigint NOT NULL DEFAULT 1;
      INSERT INTO app_private.vector_memory_versions (user_id, org_id, version)
        SELECT DISTINCT user_id, org_id, 1 FROM public.vector_memory;
      ALTER TABLE public.vector_memory ALTER COLUMN revision SET DEFAULT 0;
      DROP INDEX public.vector_memory_user_updated_idx;
      CREATE INDEX vector_memory_user_revision_idx ON public.vector_memory (user_id, org_id, revision) INCLUDE (id);

      -- BEFORE INSERT OR UPDATE: the row's revision is its owner's counter, raised once per transaction (a row
      -- version of the counter written by this very transaction is already raised and locked by it).
      CREATE FUNCTION app_private.vector_memory_revise() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
      DECLARE
        v_version bigint;
        v_mine boolean;
      BEGIN
        IF TG_OP = 'UPDATE' AND (OLD.user_id, OLD.org_id) IS DISTINCT FROM (NEW.user_id, NEW.org_id) THEN
          -- The row leaves its owner: a delete for them.
          UPDATE app_private.vector_memory_versions
             SET version = version + 1, deleted_version = version + 1
           WHERE user_id = OLD.user_id AND org_id = OLD.org_id;
        END IF;
        SELECT v.version, v.xmin = pg_catalog.pg_current_xact_id()::xid INTO v_version, v_mine
          FROM app_private.vector_memory_versions v WHERE v.user_id = NEW.user_id AND v.org_id = NEW.org_id;
        IF v_mine IS NOT TRUE THEN
          INSERT INTO app_private.vector_memory_versions AS v (user_id, org_id, version)
          VALUES (NEW.user_id, NEW.org_id, 1)
          ON CONFLICT (user_id, org_id) DO UPDATE SET version = v.version + 1
          RETURNING v.version INTO v_version;
        END IF;
        NEW.revision := v_version;
        RETURN NEW;
      END
      $$;
      REVOKE ALL ON FUNCTION app_private.vector_memory_revise() FROM PUBLIC;

      -- AFTER DELETE: deleted_version tells copies to drop the rows they hold that no longer exist.
      CREATE FUNCTION app_private.vector_memory_forget() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
      DECLARE
        v_version bigint;
        v_deleted bigint;
        v_mine boolean;
      BEGIN
        SELECT v.version, v.deleted_version, v.xmin = pg_catalog.pg_current_xact_id()::xid
          INTO v_version, v_deleted, v_mine
          FROM app_private.vector_memory_versions v WHERE v.user_id = OLD.user_id AND v.org_id = OLD.org_id;
        IF NOT FOUND THEN
          RETURN NULL; -- the owner is being deleted (cascade): no copy of theirs will be searched again
        ELSIF v_mine IS NOT TRUE THEN
          UPDATE app_private.vector_memory_versions
             SET version = version + 1, deleted_version = version + 1
           WHERE user_id = OLD.user_id AND org_id = OLD.org_id;
        ELSIF v_deleted <> v_version THEN
          UPDATE app_private.vector_memory_versions SET deleted_version = version
           WHERE user_id = OLD.user_id AND org_id = OLD.org_id;
        END IF;
        RETURN NULL;
      END
      $$;
      REVOKE ALL ON FUNCTION app_private.vector_memory_forget() FROM PUBLIC;

      CREATE FUNCTION app_private.vector_memory_truncated() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
      BEGIN
        UPDATE app_private.vector_memory_versions SET version = version + 1, deleted_version = version + 1;
        RETURN NULL;
      END
      $$;
      REVOKE ALL ON FUNCTION app_private.vector_memory_truncated() FROM PUBLIC;

      CREATE TRIGGER vector_memory_revise BEFORE INSERT OR UPDATE ON public.vector_memory
        FOR EACH ROW EXECUTE FUNCTION app_private.vector_memory_revise();
      CREATE TRIGGER vector_memory_forget AFTER DELETE ON public.vector_memory
        FOR EACH ROW EXECUTE FUNCTION app_private.vector_memory_forget();
      CREATE TRIGGER vector_memory_truncated AFTER TRUNCATE ON public.vector_memory
        FOR EACH STATEMENT EXECUTE FUNCTION app_private.vector_memory_truncated();

      -- The caller's own counter (0 before their first memory).
      CREATE FUNCTION app_private.vector_memory_version(OUT version bigint, OUT deleted_version bigint)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
        SELECT coalesce(max(v.version), 0), coalesce(max(v.deleted_version), 0)
        FROM app_private.vector_memory_versions v
        WHERE v.user_id = auth.uid() AND v.org_id = public.auth_org_id()
      $$;
      REVOKE ALL ON FUNCTION app_private.vector_memory_version() FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION app_private.vector_memory_version() TO authenticated, service_role;

      -- pgvector: the HNSW index's statement for a dimension (pure, so tests can read it without pgvector).
      CREATE FUNCTION app_private.vector_memory_hnsw_ddl(p_dim integer) RETURNS text
        LANGUAGE sql IMMUTABLE STRICT SET search_path = '' AS $$
        SELECT format(
          'CREATE INDEX IF NOT EXISTS vector_memory_embedding_hnsw_%1$s_idx ON public.vector_memory '
          'USING hnsw ((embedding::public.vector(%1$s)) public.vector_cosine_ops) '
          'WHERE cardinality(embedding) = %1$s',
          p_dim)
      $$;

      -- pgvector when installed (0.8.0 or later) and the dimension fits HNSW (at most 2000): makes sure the index
      -- exists (built once, holding writes off vector_memory meanwhile; later calls take no lock) and is valid,
      -- and answers 'pgvector'; otherwise 'portable'. The service role calls it at startup.
      CREATE FUNCTION app_private.prepare_vector_search(p_dim integer) RETURNS text
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
      DECLARE
        v_version integer[];
        v_index text;
      BEGIN
        IF auth.role() IS DISTINCT FROM 'service_role' THEN
          RAISE EXCEPTION 'only the service role prepares the vector search' USING ERRCODE = '42501';
        END IF;
        SELECT (regexp_match(e.extversion, '^(\\d+)\\.(\\d+)\\.(\\d+)'))::integer[] INTO v_version
          FROM pg_catalog.pg_extension e WHERE e.extname = 'vector';
        IF v_version IS NULL OR v_version < ARRAY[0, 8, 0] OR p_dim IS NULL OR p_dim NOT BETWEEN 1 AND 2000 THEN
          RETURN 'portable';
        END IF;
        v_index := format('public.vector_memory_embedding_hnsw_%s_idx', p_dim);
        IF pg_catalog.to_regclass(v_index) IS NULL THEN
          BEGIN
            EXECUTE app_private.vector_memory_hnsw_ddl(p_dim);
          EXCEPTION WHEN duplicate_table OR unique_violation THEN
            NULL; -- another instance built it at the same moment
          END;
        END IF;
        IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_index i
                       WHERE i.indexrelid = pg_catalog.to_regclass(v_index) AND i.indisvalid) THEN
          RETURN 'portable';
        END IF;
        RETURN 'pgvector';
      END
      $$;
      REVOKE ALL ON FUNCTION app_private.prepare_vector_search(integer) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION app_private.prepare_vector_search(integer) TO service_role;

      -- Install pgvector where the server offers it and this role may; anywhere else the portable search serves.
      DO $pgvector$
      BEGIN
        IF EXISTS (SELECT 1 FROM pg_catalog.pg_available_extensions WHERE name = 'vector')
           AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_extension WHERE extname = 'vector') THEN
          BEGIN
            CREATE EXTENSION vector WITH SCHEMA public;
          EXCEPTION WHEN insufficient_privilege THEN
            RAISE NOTICE 'pgvector is available but this role may not install it: the vector search stays portable';
          END;
        END IF;
      END
      $pgvector$;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      -- The extension stays (other objects may use it); the indexes prepare_vector_search made go.
      DO $hnsw$
      DECLARE
        r record;
      BEGIN
        FOR r IN SELECT indexname FROM pg_catalog.pg_indexes
                 WHERE schemaname = 'public' AND tablename = 'vector_memory'
                   AND indexname ~ '^vector_memory_embedding_hnsw_[0-9]+_idx$' LOOP
          EXECUTE format('DROP INDEX public.%I', r.indexname);
        END LOOP;
      END
      $hnsw$;
      DROP FUNCTION app_private.prepare_vector_search(integer);
      DROP FUNCTION app_private.vector_memory_hnsw_ddl(integer);
      DROP FUNCTION app_private.vector_memory_version();
      DROP TRIGGER vector_memory_truncated ON public.vector_memory;
      DROP TRIGGER vector_memory_forget ON public.vector_memory;
      DROP TRIGGER vector_memory_revise ON public.vector_memory;
      DROP FUNCTION app_private.vector_memory_truncated();
      DROP FUNCTION app_private.vector_memory_forget();
      DROP FUNCTION app_private.vector_memory_revise();
      DROP INDEX public.vector_memory_user_revision_idx;
      CREATE INDEX vector_memory_user_updated_idx ON public.vector_memory (user_id, org_id, updated_at);
      ALTER TABLE public.vector_memory DROP COLUMN revision;
      DROP TABLE app_private.vector_memory_versions;
    `);
  }
}
