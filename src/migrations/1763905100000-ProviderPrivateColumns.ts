import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Providers' phone and licence numbers are not for every member (issue 15, finding 7): patients, research
 * partners and developer API keys read the directory without them. The request role may select every other
 * column; app_private.provider_private_fields() answers phone and license_number of the caller's organization's
 * entries to admins and providers (a provider reads their own and their colleagues', as before) and to the
 * provider the entry belongs to, and nothing to anyone else.
 */
const PUBLIC_COLUMNS = `id, org_id, user_id, facility_id, display_name, specialty, bio, email, timezone, works_from,
  works_until, work_days, is_active, created_at, updated_at`;

export class ProviderPrivateColumns1763905100000 implements MigrationInterface {
  name = 'ProviderPrivateColumns1763905100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      REVOKE SELECT ON public.providers FROM authenticated;
      GRANT SELECT (${PUBLIC_COLUMNS}) ON public.providers TO authenticated;
      CREATE FUNCTION app_private.provider_private_fields(p_ids uuid[])
        RETURNS TABLE (id uuid, phone text, license_number text)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
        SELECT p.id, p.phone, p.license_number FROM public.providers p
        WHERE p.org_id = public.auth_org_id() AND p.id = ANY (p_ids)
          AND (auth.app_role() IN ('admin', 'provider') OR p.user_id = auth.uid())
      $$;
      REVOKE ALL ON FUNCTION app_private.provider_private_fields(uuid[]) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION app_private.provider_private_fields(uuid[]) TO authenticated;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP FUNCTION app_private.provider_private_fields(uuid[]);
      REVOKE SELECT (${PUBLIC_COLUMNS}) ON public.providers FROM authenticated;
      GRANT SELECT ON public.providers TO authenticated;
    `);
  }
}
