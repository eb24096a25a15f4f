import type { MigrationInterface, QueryRunner } from 'typeorm';
import { auditTrigger, enableRls, serviceGrant, tenantTriggers } from './helpers';

/**
 * Invitations are offers (issue 15, finding 3). invite_member() used to add the membership at once, create a
 * user row in the inviter's organization for an unknown address (which then could not sign up on its own) and
 * answer the user id, so an admin learned whether an address had an account and read its owner's name and
 * email without their consent.
 *
 * - invitations: one pending offer per (organization, email). It names the address the admin typed, never a
 *   user: nothing of the invitee is readable by the organization until they accept. The token of the mailed
 *   link is stored hashed (no grant to a request role).
 * - invite_member() creates or renews the offer only; has_account tells the server which mail to send, and
 *   never reaches the reply.
 * - my_invitations() and respond_to_invitation(): the signed-in invitee, with a verified email that matches,
 *   lists, accepts (the membership is created then) or declines.
 * Memberships and accounts earlier invitations created stay as they are.
 */
const OLD_INVITE = `
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
      GRANT EXECUTE ON FUNCTION app_private.invite_member(text, public.app_role, bytea, timestamptz) TO authenticated;`;

export class InvitationOffers1763904700000 implements MigrationInterface {
  name = 'InvitationOffers1763904700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE public.invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL DEFAULT public.auth_org_id() REFERENCES public.organizations (id) ON DELETE CASCADE,
        email text NOT NULL CHECK (email = lower(email) AND length(email) BETWEEN 3 AND 320 AND position('@' IN email) > 1),
        role public.app_role NOT NULL,
        message text CHECK (length(message) <= 500),
        token_hash bytea NOT NULL UNIQUE,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'declined')),
        invited_by uuid REFERENCES public.users (id) ON DELETE SET NULL,
        expires_at timestamptz NOT NULL,
        responded_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX invitations_pending_key ON public.invitations (org_id, email) WHERE status = 'pending';
      CREATE INDEX invitations_email_idx ON public.invitations (email) WHERE status = 'pending';
      ${enableRls('invitations')}
      ${tenantTriggers('invitations')}
      ${auditTrigger('invitations')}
      CREATE POLICY invitations_admin_select ON public.invitations FOR SELECT TO authenticated
        USING (org_id = (SELECT public.auth_org_id()) AND (SELECT auth.app_role()) = 'admin');
      GRANT SELECT (id, org_id, email, role, message, status, invited_by, expires_at, responded_at, created_at, updated_at)
        ON public.invitations TO authenticated;
      ${serviceGrant('invitations')}

      DROP FUNCTION app_private.invite_member(text, public.app_role, bytea, timestamptz);
      CREATE FUNCTION app_private.invite_member(p_email text, p_role public.app_role, p_message text, p_token_hash bytea, p_expires_at timestamptz)
        RETURNS TABLE (invitation_id uuid, expires_at timestamptz, org_name text, has_account boolean)
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
      DECLARE
        v_org uuid := public.auth_org_id();
        v_email text := lower(p_email);
        v_id uuid;
        v_expires timestamptz;
      BEGIN
        IF v_org IS NULL OR auth.app_role() IS DISTINCT FROM 'admin' OR auth.uid() IS NULL THEN
          RAISE EXCEPTION 'only an organization admin may invite members' USING ERRCODE = 'CB403';
        END IF;
        -- The admin sees their members anyway: this answers nothing about accounts elsewhere.
        IF EXISTS (SELECT 1 FROM public.users_roles m JOIN public.users u ON u.id = m.user_id
                   WHERE m.org_id = v_org AND u.email = v_email) THEN
          RAISE EXCEPTION 'Already a member of this organization.' USING ERRCODE = 'CB409';
        END IF;
        INSERT INTO public.invitations AS i (org_id, email, role, message, token_hash, invited_by, expires_at)
          VALUES (v_org, v_email, p_role, p_message, p_token_hash, auth.uid(), p_expires_at)
          ON CONFLICT (org_id, email) WHERE status = 'pending'
          DO UPDATE SET role = EXCLUDED.role, message = EXCLUDED.message, token_hash = EXCLUDED.token_hash,
                        invited_by = EXCLUDED.invited_by, expires_at = EXCLUDED.expires_at
          RETURNING i.id, i.expires_at INTO v_id, v_expires;
        RETURN QUERY
          SELECT v_id, v_expires, o.name,
                 EXISTS (SELECT 1 FROM public.users u WHERE u.email = v_email AND u.password_hash IS NOT NULL)
          FROM public.organizations o WHERE o.id = v_org;
      END
      $$;
      REVOKE ALL ON FUNCTION app_private.invite_member(text, public.app_role, text, bytea, timestamptz) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION app_private.invite_member(text, public.app_role, text, bytea, timestamptz) TO authenticated;

      -- The caller's live invitations: addressed to their email, which they have verified (an unverified
      -- account with someone else's address must not take that person's invitations).
      CREATE FUNCTION app_private.my_invitations()
        RETURNS TABLE (id uuid, org_id uuid, org_name text, role public.app_role, message text, expires_at timestamptz, created_at timestamptz)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
        SELECT i.id, i.org_id, o.name, i.role, i.message, i.expires_at, i.created_at
        FROM public.invitations i
        JOIN public.organizations o ON o.id = i.org_id AND o.status = 'active'
        JOIN public.users u ON u.id = auth.uid() AND u.email = i.email AND u.email_verified_at IS NOT NULL
        WHERE i.status = 'pending' AND i.expires_at > now()
        ORDER BY i.created_at DESC, i.id DESC
      $$;
      REVOKE ALL ON FUNCTION app_private.my_invitations() FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION app_private.my_invitations() TO authenticated;

      -- Accepting creates the membership (with the role offered); declining ends the offer. Anything that is
      -- not the caller's live invitation is not found.
      CREATE FUNCTION app_private.respond_to_invitation(p_id uuid, p_accept boolean)
        RETURNS TABLE (org_id uuid, role public.app_role)
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
      DECLARE
        v_inv public.invitations;
      BEGIN
        IF auth.uid() IS NULL THEN
          RAISE EXCEPTION 'sign in to answer an invitation' USING ERRCODE = 'CB403';
        END IF;
        SELECT i.* INTO v_inv FROM public.invitations i
          JOIN public.organizations o ON o.id = i.org_id AND o.status = 'active'
          JOIN public.users u ON u.id = auth.uid() AND u.email = i.email AND u.email_verified_at IS NOT NULL
          WHERE i.id = p_id AND i.status = 'pending' AND i.expires_at > now()
          FOR UPDATE OF i;
        IF v_inv.id IS NULL THEN
          RAISE EXCEPTION 'invitation not found' USING ERRCODE = 'CB404';
        END IF;
        IF p_accept THEN
          INSERT INTO public.users_roles (org_id, user_id, role, created_by)
            VALUES (v_inv.org_id, auth.uid(), v_inv.role, v_inv.invited_by)
            ON CONFLICT ON CONSTRAINT users_roles_org_user_key DO NOTHING;
        END IF;
        UPDATE public.invitations SET status = CASE WHEN p_accept THEN 'accepted' ELSE 'declined' END, responded_at = now()
          WHERE id = v_inv.id;
        RETURN QUERY SELECT v_inv.org_id, v_inv.role;
      END
      $$;
      REVOKE ALL ON FUNCTION app_private.respond_to_invitation(uuid, boolean) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION app_private.respond_to_invitation(uuid, boolean) TO authenticated;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP FUNCTION IF EXISTS app_private.respond_to_invitation(uuid, boolean);
      DROP FUNCTION IF EXISTS app_private.my_invitations();
      DROP FUNCTION IF EXISTS app_private.invite_member(text, public.app_role, text, bytea, timestamptz);
      ${OLD_INVITE}
      DROP TABLE IF EXISTS public.invitations;
    `);
  }
}
