import type { MigrationInterface, QueryRunner } from 'typeorm';

const OLD_CHECK = `
      CREATE OR REPLACE FUNCTION app_private.assert_session_active(p_session_id uuid) RETURNS void
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = '' AS $$
      BEGIN
        IF NOT EXISTS (
          SELECT 1
          FROM public.sessions s
          JOIN public.users u ON u.id = s.user_id
          JOIN public.users_roles m ON m.org_id = s.org_id AND m.user_id = s.user_id
          JOIN public.organizations o ON o.id = s.org_id
          WHERE s.id = p_session_id
            AND s.user_id = auth.uid() AND s.org_id = public.auth_org_id() AND m.role = auth.app_role()
            AND s.revoked_at IS NULL AND s.expires_at > now() AND u.disabled_at IS NULL AND o.status = 'active'
        ) THEN
          RAISE EXCEPTION 'the session has ended or its role changed; sign in or refresh' USING ERRCODE = 'CB401';
        END IF;
      END
      $$;`;

/**
 * The per-request session check becomes one primary-key lookup. Each session carries the role it may act with
 * (`access_role`), kept current by triggers on every row that can end access: NULL once its user is disabled or
 * its organization suspended, the membership's role otherwise. Revocation and expiry stay on the session row
 * itself, and ending a membership deletes its sessions (sessions_membership_fkey). The value is always derived:
 * a BEFORE trigger recomputes it on every insert and update of a session, whatever the statement set.
 *
 * Races: a new session locks its membership, user and organization rows (FOR SHARE) while it computes its role,
 * so a concurrent role change, disabling or suspension either waits for it and then updates it, or commits first
 * and is seen by it. An existing session's row is locked by the update that recomputes it, so the same holds.
 */
export class SessionAccessRole1764600000000 implements MigrationInterface {
  name = 'SessionAccessRole1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE public.sessions ADD COLUMN access_role public.app_role;
      -- Suspending an organization recomputes its live sessions.
      CREATE INDEX sessions_org_live_idx ON public.sessions (org_id) WHERE revoked_at IS NULL;

      CREATE FUNCTION app_private.session_access_role() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          SELECT CASE WHEN u.disabled_at IS NULL AND o.status = 'active' THEN m.role END INTO NEW.access_role
            FROM public.users_roles m
            JOIN public.users u ON u.id = m.user_id
            JOIN public.organizations o ON o.id = m.org_id
           WHERE m.org_id = NEW.org_id AND m.user_id = NEW.user_id
             FOR SHARE OF m, u, o;
        ELSE
          SELECT CASE WHEN u.disabled_at IS NULL AND o.status = 'active' THEN m.role END INTO NEW.access_role
            FROM public.users_roles m
            JOIN public.users u ON u.id = m.user_id
            JOIN public.organizations o ON o.id = m.org_id
           WHERE m.org_id = NEW.org_id AND m.user_id = NEW.user_id;
        END IF;
        RETURN NEW;
      END
      $$;
      REVOKE ALL ON FUNCTION app_private.session_access_role() FROM PUBLIC;
      CREATE TRIGGER session_access_role BEFORE INSERT OR UPDATE ON public.sessions
        FOR EACH ROW EXECUTE FUNCTION app_private.session_access_role();

      -- The rows that can end access: each change recomputes the live sessions it concerns (the BEFORE trigger
      -- above does the computing; the update only names the rows).
      CREATE FUNCTION app_private.sessions_recompute_access() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
      BEGIN
        IF TG_TABLE_NAME = 'users_roles' THEN
          UPDATE public.sessions SET access_role = NULL
           WHERE user_id = NEW.user_id AND org_id = NEW.org_id AND revoked_at IS NULL AND expires_at > now();
        ELSIF TG_TABLE_NAME = 'users' THEN
          UPDATE public.sessions SET access_role = NULL
           WHERE user_id = NEW.id AND revoked_at IS NULL AND expires_at > now();
        ELSIF TG_TABLE_NAME = 'organizations' THEN
          UPDATE public.sessions SET access_role = NULL
           WHERE org_id = NEW.id AND revoked_at IS NULL AND expires_at > now();
        END IF;
        RETURN NULL;
      END
      $$;
      REVOKE ALL ON FUNCTION app_private.sessions_recompute_access() FROM PUBLIC;
      CREATE TRIGGER sessions_recompute_access AFTER UPDATE OF role ON public.users_roles
        FOR EACH ROW WHEN (OLD.role IS DISTINCT FROM NEW.role) EXECUTE FUNCTION app_private.sessions_recompute_access();
      CREATE TRIGGER sessions_recompute_access AFTER UPDATE OF disabled_at ON public.users
        FOR EACH ROW WHEN (OLD.disabled_at IS DISTINCT FROM NEW.disabled_at)
        EXECUTE FUNCTION app_private.sessions_recompute_access();
      CREATE TRIGGER sessions_recompute_access AFTER UPDATE OF status ON public.organizations
        FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION app_private.sessions_recompute_access();

      -- Existing live sessions (the BEFORE trigger computes each).
      UPDATE public.sessions SET access_role = NULL WHERE revoked_at IS NULL AND expires_at > now();

      CREATE OR REPLACE FUNCTION app_private.assert_session_active(p_session_id uuid) RETURNS void
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = '' AS $$
      BEGIN
        IF NOT EXISTS (
          SELECT 1 FROM public.sessions s
          WHERE s.id = p_session_id
            AND s.user_id = auth.uid() AND s.org_id = public.auth_org_id() AND s.access_role = auth.app_role()
            AND s.revoked_at IS NULL AND s.expires_at > now()
        ) THEN
          RAISE EXCEPTION 'the session has ended or its role changed; sign in or refresh' USING ERRCODE = 'CB401';
        END IF;
      END
      $$;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ${OLD_CHECK}
      DROP TRIGGER IF EXISTS sessions_recompute_access ON public.organizations;
      DROP TRIGGER IF EXISTS sessions_recompute_access ON public.users;
      DROP TRIGGER IF EXISTS sessions_recompute_access ON public.users_roles;
      DROP FUNCTION IF EXISTS app_private.sessions_recompute_access();
      DROP TRIGGER IF EXISTS session_access_role ON public.sessions;
      DROP FUNCTION IF EXISTS app_private.session_access_role();
      DROP INDEX IF EXISTS public.sessions_org_live_idx;
      ALTER TABLE public.sessions DROP COLUMN IF EXISTS access_role;
    `);
  }
}
