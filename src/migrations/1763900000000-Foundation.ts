import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableRls, serviceGrant, tenantTriggers } from './helpers';

/**
 * The security foundation: schemas, the claim helpers the policies call, the shared triggers, and the
 * identity and tenancy tables (organizations, users, profiles, users_roles, sessions,
 * verification_tokens, api_keys) with their policies and column grants.
 */
export class Foundation1763900000000 implements MigrationInterface {
  name = 'Foundation1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE SCHEMA IF NOT EXISTS auth;
      CREATE SCHEMA IF NOT EXISTS app_private;
      REVOKE CREATE ON SCHEMA public FROM PUBLIC;
      REVOKE ALL ON SCHEMA app_private FROM PUBLIC;
      GRANT USAGE ON SCHEMA public, auth, app_private TO anon, authenticated, service_role;

      ${enableRls('migrations')}

      -- Claims helpers (rls.md). STABLE, and read the setting with nullif(..., ''): after a commit the
      -- transaction-local setting reads back as '' rather than NULL.
      CREATE FUNCTION auth.jwt() RETURNS jsonb LANGUAGE sql STABLE AS $$
        SELECT coalesce(nullif(current_setting('request.jwt.claims', true), '')::jsonb, '{}'::jsonb)
      $$;
      CREATE FUNCTION auth.uid() RETURNS uuid LANGUAGE sql STABLE AS $$
        SELECT nullif(auth.jwt() ->> 'sub', '')::uuid
      $$;
      CREATE FUNCTION auth.role() RETURNS text LANGUAGE sql STABLE AS $$
        SELECT coalesce(nullif(auth.jwt() ->> 'role', ''), nullif(nullif(current_setting('role', true), ''), 'none'))
      $$;
      CREATE TYPE public.app_role AS ENUM ('admin', 'provider', 'patient', 'research_partner', 'developer', 'ops');
      CREATE FUNCTION auth.app_role() RETURNS public.app_role LANGUAGE sql STABLE AS $$
        SELECT nullif(auth.jwt() ->> 'app_role', '')::public.app_role
      $$;
      CREATE FUNCTION public.auth_org_id() RETURNS uuid LANGUAGE sql STABLE AS $$
        SELECT nullif(auth.jwt() ->> 'org_id', '')::uuid
      $$;
      REVOKE ALL ON FUNCTION auth.jwt(), auth.uid(), auth.role(), auth.app_role(), public.auth_org_id() FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION auth.jwt(), auth.uid(), auth.role(), auth.app_role(), public.auth_org_id()
        TO anon, authenticated, service_role;

      -- Seed V: org_id is immutable after insert; updated_at is kept by a trigger.
      CREATE FUNCTION public.prevent_org_id_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.org_id IS DISTINCT FROM OLD.org_id THEN
          RAISE EXCEPTION 'org_id is immutable' USING ERRCODE = 'CB409';
        END IF;
        RETURN NEW;
      END
      $$;
      CREATE FUNCTION public.update_updated_at_column() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.updated_at := now();
        RETURN NEW;
      END
      $$;

      CREATE TYPE public.user_type AS ENUM ('admin', 'provider', 'patient', 'research-partner', 'developer');
      CREATE TYPE public.verification_purpose AS ENUM ('email_verification', 'password_reset', 'invitation');

      -- organizations: the tenant.
      CREATE TABLE public.organizations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended')),
        settings jsonb NOT NULL DEFAULT '{}'::jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      ${enableRls('organizations')}
      ${tenantTriggers('organizations', { orgId: false })}
      CREATE POLICY organizations_select_member ON public.organizations FOR SELECT TO authenticated
        USING (id = (SELECT public.auth_org_id()));
      CREATE POLICY organizations_update_admin ON public.organizations FOR UPDATE TO authenticated
        USING (id = (SELECT public.auth_org_id()) AND (SELECT auth.app_role()) = 'admin')
        WITH CHECK (id = (SELECT public.auth_org_id()) AND (SELECT auth.app_role()) = 'admin');
      GRANT SELECT ON public.organizations TO authenticated;
      GRANT UPDATE (name, settings) ON public.organizations TO authenticated;
      GRANT SELECT, INSERT, UPDATE ON public.organizations TO service_role;

      -- users: a global identity with a home organization; membership of organizations is users_roles.
      CREATE TABLE public.users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL DEFAULT public.auth_org_id() REFERENCES public.organizations (id) ON DELETE RESTRICT,
        email text NOT NULL CHECK (email = lower(email) AND length(email) BETWEEN 3 AND 320 AND position('@' IN email) > 1),
        name text CHECK (length(name) <= 200),
        password_hash text,
        email_verified_at timestamptz,
        disabled_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX users_email_key ON public.users (email);
      CREATE INDEX users_org_id_idx ON public.users (org_id);
      ${enableRls('users')}
      ${tenantTriggers('users')}

      -- users_roles: membership of an organization with one app role.
      CREATE TABLE public.users_roles (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL DEFAULT public.auth_org_id() REFERENCES public.organizations (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES public.users (id) ON DELETE CASCADE,
        role public.app_role NOT NULL,
        created_by uuid REFERENCES public.users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT users_roles_org_user_key UNIQUE (org_id, user_id)
      );
      CREATE INDEX users_roles_user_id_idx ON public.users_roles (user_id);
      ${enableRls('users_roles')}
      ${tenantTriggers('users_roles')}
      CREATE POLICY users_roles_select_own ON public.users_roles FOR SELECT TO authenticated
        USING (user_id = (SELECT auth.uid()) AND org_id = (SELECT public.auth_org_id()));
      CREATE POLICY users_roles_select_admin ON public.users_roles FOR SELECT TO authenticated
        USING (org_id = (SELECT public.auth_org_id()) AND (SELECT auth.app_role()) = 'admin');
      CREATE POLICY users_roles_insert_admin ON public.users_roles FOR INSERT TO authenticated
        WITH CHECK (org_id = (SELECT public.auth_org_id()) AND (SELECT auth.app_role()) = 'admin');
      CREATE POLICY users_roles_update_admin ON public.users_roles FOR UPDATE TO authenticated
        USING (org_id = (SELECT public.auth_org_id()) AND (SELECT auth.app_role()) = 'admin')
        WITH CHECK (org_id = (SELECT public.auth_org_id()) AND (SELECT auth.app_role()) = 'admin');
      CREATE POLICY users_roles_delete_admin ON public.users_roles FOR DELETE TO authenticated
        USING (org_id = (SELECT public.auth_org_id()) AND (SELECT auth.app_role()) = 'admin');
      GRANT SELECT, DELETE ON public.users_roles TO authenticated;
      GRANT INSERT (user_id, role) ON public.users_roles TO authenticated;
      GRANT UPDATE (role) ON public.users_roles TO authenticated;
      ${serviceGrant('users_roles')}

      -- An organization always keeps an admin.
      CREATE FUNCTION app_private.keep_one_admin() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
      BEGIN
        IF OLD.role = 'admin' AND (TG_OP = 'DELETE' OR NEW.role <> 'admin')
           AND EXISTS (SELECT 1 FROM public.organizations o WHERE o.id = OLD.org_id)
           AND NOT EXISTS (SELECT 1 FROM public.users_roles m
                           WHERE m.org_id = OLD.org_id AND m.role = 'admin' AND m.id <> OLD.id) THEN
          RAISE EXCEPTION 'an organization must keep at least one admin' USING ERRCODE = 'CB409';
        END IF;
        RETURN COALESCE(NEW, OLD);
      END
      $$;
      REVOKE ALL ON FUNCTION app_private.keep_one_admin() FROM PUBLIC;
      CREATE TRIGGER users_roles_keep_one_admin BEFORE UPDATE OF role OR DELETE ON public.users_roles
        FOR EACH ROW EXECUTE FUNCTION app_private.keep_one_admin();

      CREATE POLICY users_select_self ON public.users FOR SELECT TO authenticated
        USING (id = (SELECT auth.uid()));
      CREATE POLICY users_select_admin ON public.users FOR SELECT TO authenticated
        USING ((SELECT auth.app_role()) = 'admin'
               AND id IN (SELECT m.user_id FROM public.users_roles m WHERE m.org_id = (SELECT public.auth_org_id())));
      CREATE POLICY users_update_self ON public.users FOR UPDATE TO authenticated
        USING (id = (SELECT auth.uid())) WITH CHECK (id = (SELECT auth.uid()));
      GRANT SELECT (id, org_id, email, name, email_verified_at, disabled_at, created_at, updated_at) ON public.users TO authenticated;
      GRANT UPDATE (name) ON public.users TO authenticated;
      ${serviceGrant('users')}

      -- profiles: one per user (id = user_id, so the health-platform tables that point at profiles(id) and
      -- the policies that compare with auth.uid() agree).
      CREATE TABLE public.profiles (
        id uuid PRIMARY KEY,
        org_id uuid NOT NULL DEFAULT public.auth_org_id() REFERENCES public.organizations (id) ON DELETE RESTRICT,
        user_id uuid NOT NULL UNIQUE REFERENCES public.users (id) ON DELETE CASCADE,
        user_type public.user_type,
        display_name text CHECK (length(display_name) <= 200),
        avatar_url text CHECK (length(avatar_url) <= 2000),
        timezone text NOT NULL DEFAULT 'UTC' CHECK (length(timezone) <= 64),
        plan text NOT NULL DEFAULT 'free' CHECK (plan IN ('free', 'pro')),
        voice_enabled boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT profiles_id_is_user_id CHECK (id = user_id)
      );
      CREATE INDEX profiles_org_id_idx ON public.profiles (org_id);
      CREATE INDEX profiles_plan_idx ON public.profiles (plan);
      ${enableRls('profiles')}
      ${tenantTriggers('profiles')}
      CREATE POLICY profiles_select_own ON public.profiles FOR SELECT TO authenticated
        USING (user_id = (SELECT auth.uid()));
      CREATE POLICY profiles_select_admin ON public.profiles FOR SELECT TO authenticated
        USING ((SELECT auth.app_role()) = 'admin'
               AND user_id IN (SELECT m.user_id FROM public.users_roles m WHERE m.org_id = (SELECT public.auth_org_id())));
      CREATE POLICY profiles_update_own ON public.profiles FOR UPDATE TO authenticated
        USING (user_id = (SELECT auth.uid())) WITH CHECK (user_id = (SELECT auth.uid()));
      GRANT SELECT ON public.profiles TO authenticated;
      -- plan is not here: it follows billing (service), not the user's say-so.
      GRANT UPDATE (display_name, avatar_url, timezone, voice_enabled) ON public.profiles TO authenticated;
      ${serviceGrant('profiles')}

      -- sessions: one per sign-in (and per organization switch); the refresh token is stored hashed.
      CREATE TABLE public.sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL REFERENCES public.organizations (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES public.users (id) ON DELETE CASCADE,
        refresh_token_hash bytea NOT NULL,
        rotation_count integer NOT NULL DEFAULT 0,
        user_agent text CHECK (length(user_agent) <= 512),
        ip inet,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz,
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        revoked_reason text,
        CONSTRAINT sessions_membership_fkey FOREIGN KEY (org_id, user_id)
          REFERENCES public.users_roles (org_id, user_id) ON DELETE CASCADE
      );
      CREATE INDEX sessions_user_org_idx ON public.sessions (user_id, org_id);
      CREATE INDEX sessions_expires_at_idx ON public.sessions (expires_at);
      ${enableRls('sessions')}
      ${tenantTriggers('sessions', { updatedAt: false })}
      CREATE POLICY sessions_select_own ON public.sessions FOR SELECT TO authenticated
        USING (user_id = (SELECT auth.uid()) AND org_id = (SELECT public.auth_org_id()));
      CREATE POLICY sessions_delete_own ON public.sessions FOR DELETE TO authenticated
        USING (user_id = (SELECT auth.uid()) AND org_id = (SELECT public.auth_org_id()));
      GRANT SELECT (id, org_id, user_id, rotation_count, user_agent, ip, created_at, last_used_at, expires_at, revoked_at, revoked_reason)
        ON public.sessions TO authenticated;
      GRANT DELETE ON public.sessions TO authenticated;
      ${serviceGrant('sessions')}

      -- verification_tokens: email verification, password reset, invitations. Service only, stored hashed.
      CREATE TABLE public.verification_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL REFERENCES public.organizations (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES public.users (id) ON DELETE CASCADE,
        purpose public.verification_purpose NOT NULL,
        token_hash bytea NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        consumed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX verification_tokens_user_idx ON public.verification_tokens (user_id, purpose);
      ${enableRls('verification_tokens')}
      ${tenantTriggers('verification_tokens', { updatedAt: false })}
      ${serviceGrant('verification_tokens')}

      -- api_keys (seeds L, H): machine clients of an organization. The key is shown once; only its
      -- SHA-256 is kept (keys are 256-bit random, so a fast hash is the right one).
      CREATE TABLE public.api_keys (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL DEFAULT public.auth_org_id() REFERENCES public.organizations (id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        key_prefix text NOT NULL CHECK (length(key_prefix) BETWEEN 8 AND 32),
        key_hash bytea NOT NULL UNIQUE,
        scope text[] NOT NULL CHECK (cardinality(scope) > 0 AND scope <@ ARRAY['read', 'write']::text[]),
        role public.app_role NOT NULL DEFAULT 'developer',
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz,
        created_by uuid REFERENCES public.users (id) ON DELETE SET NULL,
        last_used_at timestamptz,
        revoked_at timestamptz
      );
      CREATE INDEX api_keys_org_id_idx ON public.api_keys (org_id);
      ${enableRls('api_keys')}
      ${tenantTriggers('api_keys', { updatedAt: false })}
      CREATE POLICY api_keys_admin_select ON public.api_keys FOR SELECT TO authenticated
        USING (org_id = (SELECT public.auth_org_id()) AND (SELECT auth.app_role()) = 'admin');
      CREATE POLICY api_keys_admin_insert ON public.api_keys FOR INSERT TO authenticated
        WITH CHECK (org_id = (SELECT public.auth_org_id()) AND (SELECT auth.app_role()) = 'admin'
                    AND created_by = (SELECT auth.uid()));
      CREATE POLICY api_keys_admin_update ON public.api_keys FOR UPDATE TO authenticated
        USING (org_id = (SELECT public.auth_org_id()) AND (SELECT auth.app_role()) = 'admin')
        WITH CHECK (org_id = (SELECT public.auth_org_id()) AND (SELECT auth.app_role()) = 'admin');
      CREATE POLICY api_keys_admin_delete ON public.api_keys FOR DELETE TO authenticated
        USING (org_id = (SELECT public.auth_org_id()) AND (SELECT auth.app_role()) = 'admin');
      GRANT SELECT (id, org_id, name, key_prefix, scope, role, created_at, expires_at, created_by, last_used_at, revoked_at)
        ON public.api_keys TO authenticated;
      GRANT INSERT (name, key_prefix, key_hash, scope, role, expires_at, created_by) ON public.api_keys TO authenticated;
      GRANT UPDATE (name, revoked_at) ON public.api_keys TO authenticated;
      GRANT DELETE ON public.api_keys TO authenticated;
      ${serviceGrant('api_keys')}

      -- Resolving an API key happens before the caller is known, so it is a definer function callable
      -- by anon: the key itself is the credential. last_used_at is written at most once a minute.
      CREATE FUNCTION app_private.resolve_api_key(p_key_hash bytea)
        RETURNS TABLE (id uuid, org_id uuid, role public.app_role, scope text[])
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
      BEGIN
        UPDATE public.api_keys k SET last_used_at = now()
          WHERE k.key_hash = p_key_hash AND (k.last_used_at IS NULL OR k.last_used_at < now() - interval '1 minute');
        RETURN QUERY
          SELECT k.id, k.org_id, k.role, k.scope
          FROM public.api_keys k JOIN public.organizations o ON o.id = k.org_id
          WHERE k.key_hash = p_key_hash AND k.revoked_at IS NULL
            AND (k.expires_at IS NULL OR k.expires_at > now()) AND o.status = 'active';
      END
      $$;
      REVOKE ALL ON FUNCTION app_private.resolve_api_key(bytea) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION app_private.resolve_api_key(bytea) TO anon, service_role;

      -- Inviting a member: an admin names an email; the user is created when unknown (their password is
      -- set through the invitation token). Definer, because an admin cannot see users outside the org.
      CREATE FUNCTION app_private.invite_member(p_email text, p_role public.app_role, p_token_hash bytea, p_expires_at timestamptz)
        RETURNS TABLE (user_id uuid, created_user boolean, invitation_id uuid)
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
      DECLARE
        v_org uuid := public.auth_org_id();
        v_user uuid;
        v_has_password boolean;
        v_created boolean := false;
        v_invitation uuid;
      BEGIN
        IF v_org IS NULL OR auth.app_role() IS DISTINCT FROM 'admin' OR auth.uid() IS NULL THEN
          RAISE EXCEPTION 'only an organization admin may invite members' USING ERRCODE = 'CB403';
        END IF;
        SELECT u.id, u.password_hash IS NOT NULL INTO v_user, v_has_password FROM public.users u WHERE u.email = lower(p_email);
        IF v_user IS NULL THEN
          INSERT INTO public.users (org_id, email) VALUES (v_org, lower(p_email)) RETURNING id INTO v_user;
          INSERT INTO public.profiles (id, org_id, user_id, user_type)
            VALUES (v_user, v_org, v_user, CASE p_role WHEN 'research_partner' THEN 'research-partner'::public.user_type
                                                     WHEN 'ops' THEN NULL
                                                     ELSE p_role::text::public.user_type END);
          v_created := true;
          v_has_password := false;
        END IF;
        INSERT INTO public.users_roles (org_id, user_id, role, created_by) VALUES (v_org, v_user, p_role, auth.uid());
        IF NOT v_has_password THEN
          INSERT INTO public.verification_tokens (org_id, user_id, purpose, token_hash, expires_at)
            VALUES (v_org, v_user, 'invitation', p_token_hash, p_expires_at) RETURNING id INTO v_invitation;
        END IF;
        RETURN QUERY SELECT v_user, v_created, v_invitation;
      END
      $$;
      REVOKE ALL ON FUNCTION app_private.invite_member(text, public.app_role, bytea, timestamptz) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION app_private.invite_member(text, public.app_role, bytea, timestamptz) TO authenticated;

      -- The organizations a signed-in user belongs to (for choosing one to switch to).
      CREATE FUNCTION app_private.my_memberships()
        RETURNS TABLE (org_id uuid, org_name text, role public.app_role)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
        SELECT m.org_id, o.name, m.role FROM public.users_roles m JOIN public.organizations o ON o.id = m.org_id
        WHERE m.user_id = auth.uid() AND o.status = 'active' ORDER BY o.name
      $$;
      REVOKE ALL ON FUNCTION app_private.my_memberships() FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION app_private.my_memberships() TO authenticated;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP FUNCTION IF EXISTS app_private.my_memberships();
      DROP FUNCTION IF EXISTS app_private.invite_member(text, public.app_role, bytea, timestamptz);
      DROP FUNCTION IF EXISTS app_private.resolve_api_key(bytea);
      DROP TABLE IF EXISTS public.api_keys;
      DROP TABLE IF EXISTS public.verification_tokens;
      DROP TABLE IF EXISTS public.sessions;
      DROP TABLE IF EXISTS public.profiles;
      DROP POLICY IF EXISTS users_select_admin ON public.users; -- it reads users_roles
      DROP TABLE IF EXISTS public.users_roles;
      DROP FUNCTION IF EXISTS app_private.keep_one_admin();
      DROP TABLE IF EXISTS public.users;
      DROP TABLE IF EXISTS public.organizations;
      DROP TYPE IF EXISTS public.verification_purpose;
      DROP TYPE IF EXISTS public.user_type;
      DROP FUNCTION IF EXISTS public.update_updated_at_column();
      DROP FUNCTION IF EXISTS public.prevent_org_id_change();
      DROP FUNCTION IF EXISTS public.auth_org_id();
      DROP FUNCTION IF EXISTS auth.app_role();
      DROP TYPE IF EXISTS public.app_role;
      DROP FUNCTION IF EXISTS auth.role();
      DROP FUNCTION IF EXISTS auth.uid();
      DROP FUNCTION IF EXISTS auth.jwt();
      ALTER TABLE public.migrations NO FORCE ROW LEVEL SECURITY;
      ALTER TABLE public.migrations DISABLE ROW LEVEL SECURITY;
      DROP SCHEMA IF EXISTS app_private;
      DROP SCHEMA IF EXISTS auth;
      GRANT CREATE ON SCHEMA public TO PUBLIC;
    `);
  }
}
