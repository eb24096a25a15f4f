import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Access tokens are checked against their session on every request: sign-out, password reset, a removed or
 * re-roled membership, a disabled user or a suspended organization end access at once, not when the token
 * expires. The request pipeline sends this check with BEGIN and the claims, so it costs no round trip.
 */
export class SessionCheck1763903800000 implements MigrationInterface {
  name = 'SessionCheck1763903800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION app_private.assert_session_active(p_session_id uuid) RETURNS void
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
      $$;
      REVOKE ALL ON FUNCTION app_private.assert_session_active(uuid) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION app_private.assert_session_active(uuid) TO authenticated;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION IF EXISTS app_private.assert_session_active(uuid);`);
  }
}
