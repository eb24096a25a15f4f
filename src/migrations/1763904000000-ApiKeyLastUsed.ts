import type { MigrationInterface, QueryRunner } from 'typeorm';

/** last_used_at records uses that authenticated: a revoked or expired key no longer moves it. */
const BODY = (checks: string) => `
  CREATE OR REPLACE FUNCTION app_private.resolve_api_key(p_key_hash bytea)
    RETURNS TABLE (id uuid, org_id uuid, role public.app_role, scope text[])
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
  BEGIN
    UPDATE public.api_keys k SET last_used_at = now()
      WHERE k.key_hash = p_key_hash ${checks}
        AND (k.last_used_at IS NULL OR k.last_used_at < now() - interval '1 minute');
    RETURN QUERY
      SELECT k.id, k.org_id, k.role, k.scope
      FROM public.api_keys k JOIN public.organizations o ON o.id = k.org_id
      WHERE k.key_hash = p_key_hash AND k.revoked_at IS NULL
        AND (k.expires_at IS NULL OR k.expires_at > now()) AND o.status = 'active';
  END
  $$;`;

export class ApiKeyLastUsed1763904000000 implements MigrationInterface {
  name = 'ApiKeyLastUsed1763904000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(BODY('AND k.revoked_at IS NULL AND (k.expires_at IS NULL OR k.expires_at > now())'));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(BODY(''));
  }
}
