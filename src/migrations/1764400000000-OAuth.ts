import type { MigrationInterface, QueryRunner } from 'typeorm';
import { auditTrigger, enableRls, tenantTriggers } from './helpers';

/**
 * OAuth 2.1 / SMART on FHIR (issue 13, seed H): oauth_scopes, oauth_clients, oauth_access_tokens,
 * oauth_refresh_tokens, and oauth_provider_artifacts for the rest of what the authorization server
 * (oidc-provider) keeps: authorization codes, grants (what a user consented to), browser sessions,
 * interactions, replay markers and the encrypted signing keys.
 *
 * - oauth_clients belong to an organization: its admins manage all of them, its developers the ones they
 *   created. Confidential clients keep a SHA-256 of their secret (never readable by the request roles);
 *   public clients have none and must use PKCE.
 * - Tokens, codes and session ids are stored as SHA-256 only (token_hash / id_hash); the provider's model
 *   (payload) is kept without the token value. These tables are service only.
 * - An access token reaches the API through app_private.resolve_oauth_token, which also writes the audit row
 *   naming the client for every request made with it.
 */

const ORG = `(SELECT public.auth_org_id())`;
const ROLE = `(SELECT auth.app_role())`;
const UID = `(SELECT auth.uid())`;
const CLIENT_MANAGER = `org_id = ${ORG} AND (${ROLE} = 'admin' OR (${ROLE} = 'developer' AND created_by = ${UID}))`;

/** SMART v2 scopes (and their v1 .read/.write spellings are not offered), OpenID and the API's own. */
const SCOPES: Array<[name: string, kind: string, write: boolean, description: string]> = [
  ['openid', 'openid', false, 'Sign you in to the app with your Carebase account.'],
  ['fhirUser', 'openid', false, 'Tell the app who you are (your user id).'],
  ['profile', 'openid', false, 'Your name.'],
  ['offline_access', 'openid', false, 'Keep access while you are not using the app (refresh tokens).'],
  ['launch/patient', 'launch', false, 'Ask which patient record the app works with.'],
  ['patient/*.rs', 'patient', false, 'Read all of your own health records.'],
  ['patient/*.cruds', 'patient', true, 'Read and change all of your own health records.'],
  ['patient/Observation.rs', 'patient', false, 'Read your own measurements.'],
  ['patient/Observation.c', 'patient', true, 'Add measurements to your own record.'],
  ['patient/Condition.rs', 'patient', false, 'Read your own condition history.'],
  ['patient/Goal.rs', 'patient', false, 'Read your own health goals.'],
  ['patient/Appointment.rs', 'patient', false, 'Read your own bookings and appointments.'],
  ['patient/DocumentReference.rs', 'patient', false, 'Read your own medical records.'],
  ['user/*.rs', 'user', false, 'Read everything you can read in Carebase.'],
  ['user/*.cruds', 'user', true, 'Read and change everything you can in Carebase.'],
  ['system/*.rs', 'system', false, 'A backend service of the organization reads its data.'],
  ['system/*.cruds', 'system', true, 'A backend service of the organization reads and changes its data.'],
];

export class OAuth1764400000000 implements MigrationInterface {
  name = 'OAuth1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE public.oauth_scopes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CONSTRAINT oauth_scopes_name_key UNIQUE
          CONSTRAINT oauth_scopes_name_check CHECK (name ~ '^[A-Za-z0-9/*._:-]{1,100}$'),
        kind text NOT NULL CONSTRAINT oauth_scopes_kind_check
          CHECK (kind IN ('openid', 'launch', 'patient', 'user', 'system')),
        is_write boolean NOT NULL DEFAULT false,
        description text NOT NULL CONSTRAINT oauth_scopes_description_check CHECK (length(description) BETWEEN 1 AND 500),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      ${enableRls('oauth_scopes')}${tenantTriggers('oauth_scopes', { orgId: false })}${auditTrigger('oauth_scopes')}
      CREATE POLICY oauth_scopes_select_public ON public.oauth_scopes FOR SELECT TO anon, authenticated USING (true);
      CREATE POLICY oauth_scopes_operator_insert ON public.oauth_scopes FOR INSERT TO authenticated
        WITH CHECK ((SELECT app_private.is_platform_operator()));
      CREATE POLICY oauth_scopes_operator_update ON public.oauth_scopes FOR UPDATE TO authenticated
        USING ((SELECT app_private.is_platform_operator())) WITH CHECK ((SELECT app_private.is_platform_operator()));
      CREATE POLICY oauth_scopes_operator_delete ON public.oauth_scopes FOR DELETE TO authenticated
        USING ((SELECT app_private.is_platform_operator()));
      GRANT SELECT ON public.oauth_scopes TO anon, authenticated;
      GRANT INSERT (name, kind, is_write, description), UPDATE (description), DELETE ON public.oauth_scopes TO authenticated;
      GRANT SELECT, INSERT, UPDATE, DELETE ON public.oauth_scopes TO service_role;
      INSERT INTO public.oauth_scopes (name, kind, is_write, description) VALUES
        ${SCOPES.map(([n, k, w, d]) => `('${n}', '${k}', ${w}, '${d.replace(/'/g, "''")}')`).join(',\n        ')};

      CREATE TABLE public.oauth_clients (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL DEFAULT public.auth_org_id()
          CONSTRAINT oauth_clients_org_id_fkey REFERENCES public.organizations(id) ON DELETE CASCADE,
        client_id text NOT NULL CONSTRAINT oauth_clients_client_id_key UNIQUE
          CONSTRAINT oauth_clients_client_id_check CHECK (client_id ~ '^cbc_[A-Za-z0-9_-]{16,64}$'),
        name text NOT NULL CONSTRAINT oauth_clients_name_check CHECK (length(name) BETWEEN 1 AND 100),
        client_type text NOT NULL CONSTRAINT oauth_clients_client_type_check CHECK (client_type IN ('confidential', 'public')),
        -- SHA-256 of the secret; confidential clients only.
        client_secret_hash bytea,
        redirect_uris text[] NOT NULL DEFAULT '{}'
          CONSTRAINT oauth_clients_redirect_uris_check CHECK (cardinality(redirect_uris) <= 10),
        grant_types text[] NOT NULL CONSTRAINT oauth_clients_grant_types_check
          CHECK (cardinality(grant_types) > 0 AND grant_types <@ ARRAY['authorization_code', 'refresh_token', 'client_credentials']::text[]),
        scopes text[] NOT NULL CONSTRAINT oauth_clients_scopes_check CHECK (cardinality(scopes) BETWEEN 1 AND 50),
        created_by uuid CONSTRAINT oauth_clients_created_by_fkey REFERENCES public.users(id) ON DELETE SET NULL,
        disabled_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT oauth_clients_org_id_id_key UNIQUE (org_id, id),
        CONSTRAINT oauth_clients_secret_check CHECK ((client_type = 'confidential') = (client_secret_hash IS NOT NULL)),
        CONSTRAINT oauth_clients_public_grants_check
          CHECK (client_type = 'confidential' OR NOT ('client_credentials' = ANY (grant_types))),
        CONSTRAINT oauth_clients_code_redirect_check
          CHECK (NOT ('authorization_code' = ANY (grant_types)) OR cardinality(redirect_uris) > 0)
      );
      CREATE INDEX oauth_clients_org_id_created_by_idx ON public.oauth_clients (org_id, created_by);
      ${enableRls('oauth_clients')}${tenantTriggers('oauth_clients')}${auditTrigger('oauth_clients')}
      CREATE POLICY oauth_clients_manager_select ON public.oauth_clients FOR SELECT TO authenticated USING (${CLIENT_MANAGER});
      CREATE POLICY oauth_clients_manager_insert ON public.oauth_clients FOR INSERT TO authenticated
        WITH CHECK (org_id = ${ORG} AND ${ROLE} IN ('admin', 'developer') AND created_by = ${UID});
      CREATE POLICY oauth_clients_manager_update ON public.oauth_clients FOR UPDATE TO authenticated
        USING (${CLIENT_MANAGER}) WITH CHECK (${CLIENT_MANAGER});
      CREATE POLICY oauth_clients_manager_delete ON public.oauth_clients FOR DELETE TO authenticated USING (${CLIENT_MANAGER});
      GRANT SELECT (id, org_id, client_id, name, client_type, redirect_uris, grant_types, scopes, created_by, disabled_at, created_at, updated_at),
            INSERT (client_id, name, client_type, client_secret_hash, redirect_uris, grant_types, scopes, created_by),
            UPDATE (name, redirect_uris, scopes, disabled_at), DELETE
        ON public.oauth_clients TO authenticated;
      GRANT SELECT, INSERT, UPDATE, DELETE ON public.oauth_clients TO service_role;

      -- Opaque access tokens (authorization code and client credentials), by hash. user_id is NULL for
      -- client credentials.
      CREATE TABLE public.oauth_access_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL CONSTRAINT oauth_access_tokens_org_id_fkey REFERENCES public.organizations(id) ON DELETE CASCADE,
        client_id uuid NOT NULL,
        user_id uuid CONSTRAINT oauth_access_tokens_user_id_fkey REFERENCES public.users(id) ON DELETE CASCADE,
        token_hash bytea NOT NULL CONSTRAINT oauth_access_tokens_token_hash_key UNIQUE,
        grant_id text,
        scopes text[] NOT NULL DEFAULT '{}',
        payload jsonb NOT NULL,
        expires_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT oauth_access_tokens_client_fkey FOREIGN KEY (org_id, client_id)
          REFERENCES public.oauth_clients(org_id, id) ON DELETE CASCADE
      );
      CREATE INDEX oauth_access_tokens_grant_id_idx ON public.oauth_access_tokens (grant_id);
      CREATE INDEX oauth_access_tokens_org_id_client_id_idx ON public.oauth_access_tokens (org_id, client_id);
      CREATE INDEX oauth_access_tokens_user_id_idx ON public.oauth_access_tokens (user_id);
      CREATE INDEX oauth_access_tokens_expires_at_idx ON public.oauth_access_tokens (expires_at);
      ${enableRls('oauth_access_tokens')}${tenantTriggers('oauth_access_tokens', { updatedAt: false })}${auditTrigger('oauth_access_tokens')}
      GRANT SELECT, INSERT, UPDATE, DELETE ON public.oauth_access_tokens TO service_role;

      -- Refresh tokens, by hash. Rotation consumes a token (consumed_at) and issues the next one in the same
      -- grant; presenting a consumed one revokes every token of its grant (grant_id is the family).
      CREATE TABLE public.oauth_refresh_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL CONSTRAINT oauth_refresh_tokens_org_id_fkey REFERENCES public.organizations(id) ON DELETE CASCADE,
        client_id uuid NOT NULL,
        user_id uuid NOT NULL CONSTRAINT oauth_refresh_tokens_user_id_fkey REFERENCES public.users(id) ON DELETE CASCADE,
        token_hash bytea NOT NULL CONSTRAINT oauth_refresh_tokens_token_hash_key UNIQUE,
        grant_id text NOT NULL,
        scopes text[] NOT NULL DEFAULT '{}',
        payload jsonb NOT NULL,
        consumed_at timestamptz,
        expires_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT oauth_refresh_tokens_client_fkey FOREIGN KEY (org_id, client_id)
          REFERENCES public.oauth_clients(org_id, id) ON DELETE CASCADE
      );
      CREATE INDEX oauth_refresh_tokens_grant_id_idx ON public.oauth_refresh_tokens (grant_id);
      CREATE INDEX oauth_refresh_tokens_org_id_client_id_idx ON public.oauth_refresh_tokens (org_id, client_id);
      CREATE INDEX oauth_refresh_tokens_user_id_idx ON public.oauth_refresh_tokens (user_id);
      CREATE INDEX oauth_refresh_tokens_expires_at_idx ON public.oauth_refresh_tokens (expires_at);
      ${enableRls('oauth_refresh_tokens')}${tenantTriggers('oauth_refresh_tokens', { updatedAt: false })}${auditTrigger('oauth_refresh_tokens')}
      GRANT SELECT, INSERT, UPDATE, DELETE ON public.oauth_refresh_tokens TO service_role;

      -- Everything else the provider stores, one row per model and id hash. Not a tenant table: a browser
      -- session or an interaction exists before anyone has signed in.
      CREATE TABLE public.oauth_provider_artifacts (
        model text NOT NULL CONSTRAINT oauth_provider_artifacts_model_check CHECK (model ~ '^[A-Za-z]{1,64}$'),
        id_hash bytea NOT NULL,
        grant_id text,
        uid text,
        account_id uuid,
        client_id text,
        payload jsonb NOT NULL,
        consumed_at timestamptz,
        expires_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT oauth_provider_artifacts_pkey PRIMARY KEY (model, id_hash)
      );
      CREATE INDEX oauth_provider_artifacts_grant_id_idx ON public.oauth_provider_artifacts (grant_id);
      CREATE INDEX oauth_provider_artifacts_uid_idx ON public.oauth_provider_artifacts (model, uid);
      CREATE INDEX oauth_provider_artifacts_account_id_idx ON public.oauth_provider_artifacts (account_id);
      CREATE INDEX oauth_provider_artifacts_expires_at_idx ON public.oauth_provider_artifacts (expires_at);
      ${enableRls('oauth_provider_artifacts')}
      GRANT SELECT, INSERT, UPDATE, DELETE ON public.oauth_provider_artifacts TO service_role;

      -- The claims an OAuth access token stands for, and the audit row naming its client for the request
      -- made with it. NULL when the token is unknown, expired, its client disabled, or its user no longer an
      -- active member (or disabled, or the organization suspended).
      CREATE FUNCTION app_private.resolve_oauth_token(p_hash bytea, p_method text, p_route text)
        RETURNS TABLE (token_id uuid, org_id uuid, user_id uuid, app_role public.app_role, client_id text, scopes text[])
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
      DECLARE
        r record;
      BEGIN
        SELECT t.id, t.org_id, t.user_id, t.scopes, c.client_id, m.role
          INTO r
          FROM public.oauth_access_tokens t
          JOIN public.oauth_clients c ON c.org_id = t.org_id AND c.id = t.client_id
          JOIN public.organizations o ON o.id = t.org_id
          LEFT JOIN public.users_roles m ON m.org_id = t.org_id AND m.user_id = t.user_id
          LEFT JOIN public.users u ON u.id = t.user_id
         WHERE t.token_hash = p_hash AND t.expires_at > now() AND c.disabled_at IS NULL AND o.status = 'active'
           AND (t.user_id IS NULL OR (m.role IS NOT NULL AND u.disabled_at IS NULL));
        IF NOT FOUND THEN
          RETURN;
        END IF;
        PERFORM app_private.append_audit(r.org_id, 'OAUTH_ACCESS', upper(left(p_method, 16)), 'oauth_access_tokens',
          r.id::text, NULL, NULL, 'success',
          jsonb_build_object('client_id', r.client_id, 'user_id', r.user_id, 'route', left(p_route, 200), 'scope', r.scopes));
        token_id := r.id; org_id := r.org_id; user_id := r.user_id; app_role := r.role;
        client_id := r.client_id; scopes := r.scopes;
        RETURN NEXT;
      END
      $$;
      REVOKE ALL ON FUNCTION app_private.resolve_oauth_token(bytea, text, text) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION app_private.resolve_oauth_token(bytea, text, text) TO anon;

      -- The apps the caller authorized in the current organization (one row per grant).
      CREATE FUNCTION app_private.oauth_authorizations()
        RETURNS TABLE (grant_id text, client_id text, client_name text, scopes text[], created_at timestamptz, expires_at timestamptz)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
        SELECT a.grant_id, c.client_id, c.name,
               coalesce(string_to_array(a.payload #>> '{openid,scope}', ' '), '{}'), a.created_at, a.expires_at
          FROM public.oauth_provider_artifacts a
          JOIN public.oauth_clients c ON c.client_id = a.client_id
         WHERE a.model = 'Grant' AND a.account_id = auth.uid() AND c.org_id = public.auth_org_id()
           AND (a.expires_at IS NULL OR a.expires_at > now())
         ORDER BY a.created_at DESC, a.grant_id
      $$;
      REVOKE ALL ON FUNCTION app_private.oauth_authorizations() FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION app_private.oauth_authorizations() TO authenticated;

      -- Revokes one of the caller's grants: the grant, its codes and every token issued under it.
      CREATE FUNCTION app_private.revoke_oauth_authorization(p_grant_id text) RETURNS boolean
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
      BEGIN
        IF NOT EXISTS (
          SELECT 1 FROM public.oauth_provider_artifacts a
            JOIN public.oauth_clients c ON c.client_id = a.client_id
           WHERE a.model = 'Grant' AND a.grant_id = p_grant_id AND a.account_id = auth.uid()
             AND c.org_id = public.auth_org_id()
        ) THEN
          RETURN false;
        END IF;
        DELETE FROM public.oauth_access_tokens WHERE grant_id = p_grant_id;
        DELETE FROM public.oauth_refresh_tokens WHERE grant_id = p_grant_id;
        DELETE FROM public.oauth_provider_artifacts WHERE grant_id = p_grant_id;
        RETURN true;
      END
      $$;
      REVOKE ALL ON FUNCTION app_private.revoke_oauth_authorization(text) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION app_private.revoke_oauth_authorization(text) TO authenticated;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP FUNCTION IF EXISTS app_private.revoke_oauth_authorization(text);
      DROP FUNCTION IF EXISTS app_private.oauth_authorizations();
      DROP FUNCTION IF EXISTS app_private.resolve_oauth_token(bytea, text, text);
      DROP TABLE IF EXISTS public.oauth_provider_artifacts;
      DROP TABLE IF EXISTS public.oauth_refresh_tokens;
      DROP TABLE IF EXISTS public.oauth_access_tokens;
      DROP TABLE IF EXISTS public.oauth_clients;
      DROP TABLE IF EXISTS public.oauth_scopes;
    `);
  }
}
