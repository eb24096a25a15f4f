import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableRls, tenantTriggers } from './helpers';

/**
 * notifications (seeds L and V): one table with the union of both seeds' columns. Rows are created only
 * through create_notification() (service or staff of the recipient's org), read and marked read/archived by
 * their recipient, expired by expire_old_notifications() (service), and never deleted (audit trail).
 */
export class Notifications1763900100000 implements MigrationInterface {
  name = 'Notifications1763900100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TYPE public.notification_type AS ENUM (
        'hot_lead', 'lead_assigned',
        'appointment_booked', 'appointment_confirmed', 'appointment_reminder', 'appointment_rescheduled',
        'appointment_cancelled', 'appointment_no_show',
        'payment_received', 'payment_failed', 'refund_issued', 'withdrawal_status',
        'message', 'record_shared', 'security_alert', 'system'
      );
      CREATE TYPE public.notification_status AS ENUM ('unread', 'read', 'archived', 'expired');
      CREATE TYPE public.notification_priority AS ENUM ('low', 'normal', 'high', 'urgent');

      -- user_id references users, not the membership: removing a member must neither erase nor be blocked by
      -- the notifications they received (membership is checked when one is created). Erasing a person (a
      -- service-only users delete) takes their notifications with them; no API role deletes one by itself.
      CREATE TABLE public.notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL DEFAULT public.auth_org_id() REFERENCES public.organizations (id) ON DELETE RESTRICT,
        user_id uuid NOT NULL REFERENCES public.users (id) ON DELETE CASCADE,
        type public.notification_type NOT NULL,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        message text NOT NULL CHECK (length(message) BETWEEN 1 AND 4000),
        status public.notification_status NOT NULL DEFAULT 'unread',
        -- Seed L's boolean, kept expressible: true once the recipient has read (or archived) it. An
        -- unread notification that expired stays unread.
        read boolean GENERATED ALWAYS AS (read_at IS NOT NULL) STORED,
        priority public.notification_priority NOT NULL DEFAULT 'normal',
        -- The row itself is the in-app delivery, so in_app is always present.
        channels jsonb NOT NULL DEFAULT '["in_app"]'::jsonb
          CHECK (jsonb_typeof(channels) = 'array' AND channels <@ '["in_app", "email"]'::jsonb
                 AND channels @> '["in_app"]'::jsonb),
        -- App-relative paths or https links only (never javascript: or data: URLs).
        link text CHECK (length(link) <= 2000 AND (link ~ '^/($|[^/\\\\])' OR link ~ '^https://[^/]')),
        metadata jsonb NOT NULL DEFAULT '{}'::jsonb
          CHECK (jsonb_typeof(metadata) = 'object' AND octet_length(metadata::text) <= 8192),
        read_at timestamptz,
        expires_at timestamptz,
        created_by uuid REFERENCES public.users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT notifications_expiry_after_creation CHECK (expires_at IS NULL OR expires_at > created_at),
        CONSTRAINT notifications_read_at_matches_status CHECK (
          status = 'expired' OR (status = 'unread') = (read_at IS NULL))
      );
      -- The hot path: own notifications, newest first (keyset pagination on (created_at, id)).
      CREATE INDEX notifications_org_user_created_idx
        ON public.notifications (org_id, user_id, created_at DESC, id DESC);
      -- Unread only: the badge count reads just this index, and the unread view pages through it in order.
      CREATE INDEX notifications_unread_idx
        ON public.notifications (org_id, user_id, created_at DESC, id DESC) WHERE status = 'unread';
      -- expire_old_notifications() reads only candidates.
      CREATE INDEX notifications_expiry_idx ON public.notifications (expires_at)
        WHERE expires_at IS NOT NULL AND status IN ('unread', 'read');
      ${enableRls('notifications')}
      ${tenantTriggers('notifications', { updatedAt: false })}

      -- read_at is the server's: set once, when the notification is first read or archived, and never
      -- changed afterwards (a read receipt is part of the record).
      CREATE FUNCTION app_private.notifications_keep_read_at() RETURNS trigger LANGUAGE plpgsql SET search_path = '' AS $$
      BEGIN
        NEW.read_at := CASE
          WHEN OLD.read_at IS NOT NULL THEN OLD.read_at
          WHEN NEW.status IN ('read', 'archived') THEN now()
          ELSE NULL
        END;
        RETURN NEW;
      END
      $$;
      REVOKE ALL ON FUNCTION app_private.notifications_keep_read_at() FROM PUBLIC;
      CREATE TRIGGER notifications_keep_read_at BEFORE UPDATE ON public.notifications
        FOR EACH ROW EXECUTE FUNCTION app_private.notifications_keep_read_at();

      -- The recipient reads their own, in the active org; they may move a live notification to read or
      -- archived only: never to expired (the job's) and never back to unread (read receipts stay).
      CREATE POLICY notifications_select_own ON public.notifications FOR SELECT TO authenticated
        USING (user_id = (SELECT auth.uid()) AND org_id = (SELECT public.auth_org_id()));
      CREATE POLICY notifications_update_own ON public.notifications FOR UPDATE TO authenticated
        USING (user_id = (SELECT auth.uid()) AND org_id = (SELECT public.auth_org_id()) AND status <> 'expired')
        WITH CHECK (user_id = (SELECT auth.uid()) AND org_id = (SELECT public.auth_org_id())
                    AND status IN ('read', 'archived'));
      GRANT SELECT ON public.notifications TO authenticated;
      GRANT UPDATE (status, read_at) ON public.notifications TO authenticated;
      -- No INSERT (create_notification only), no UPDATE (expire_old_notifications only) and no DELETE for
      -- any API role, service_role included.
      GRANT SELECT ON public.notifications TO service_role;

      -- Seed V's signature, positionally: (org, user, type, title, message, metadata, expires_at, link,
      -- priority, channels). NULL for an optional argument means its default. The service may notify any
      -- member of any org; staff (admin, provider) only members of their own org; the owner (a maintenance
      -- session) is trusted like the service. A recipient who is not a member of the org is "not found".
      CREATE FUNCTION public.create_notification(
        p_org_id uuid,
        p_user_id uuid,
        p_type public.notification_type,
        p_title text,
        p_message text,
        p_metadata jsonb DEFAULT NULL,
        p_expires_at timestamptz DEFAULT NULL,
        p_link text DEFAULT NULL,
        p_priority public.notification_priority DEFAULT NULL,
        p_channels jsonb DEFAULT NULL
      ) RETURNS uuid LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
      DECLARE
        v_role text := auth.role();
        v_id uuid;
      BEGIN
        IF v_role = 'service_role' OR session_user = current_user THEN
          NULL;
        ELSIF v_role = 'authenticated' AND auth.app_role() IN ('admin', 'provider') AND public.auth_org_id() IS NOT NULL THEN
          IF p_org_id IS DISTINCT FROM public.auth_org_id() THEN
            RAISE EXCEPTION 'Staff may notify members of their own organization only.' USING ERRCODE = 'CB403';
          END IF;
        ELSE
          RAISE EXCEPTION 'Only staff or the service may create notifications.' USING ERRCODE = 'CB403';
        END IF;
        IF p_org_id IS NULL OR p_user_id IS NULL OR NOT EXISTS (
             SELECT 1 FROM public.users_roles m WHERE m.org_id = p_org_id AND m.user_id = p_user_id) THEN
          RAISE EXCEPTION 'The recipient does not exist or is not visible to you.' USING ERRCODE = 'CB404';
        END IF;
        INSERT INTO public.notifications
          (org_id, user_id, type, title, message, metadata, expires_at, link, priority, channels, created_by)
        VALUES
          (p_org_id, p_user_id, p_type, p_title, p_message, coalesce(p_metadata, '{}'::jsonb), p_expires_at, p_link,
           coalesce(p_priority, 'normal'), coalesce(p_channels, '["in_app"]'::jsonb), auth.uid())
        RETURNING id INTO v_id;
        RETURN v_id;
      END
      $$;
      REVOKE ALL ON FUNCTION public.create_notification(uuid, uuid, public.notification_type, text, text, jsonb,
        timestamptz, text, public.notification_priority, jsonb) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION public.create_notification(uuid, uuid, public.notification_type, text, text, jsonb,
        timestamptz, text, public.notification_priority, jsonb) TO authenticated, service_role;

      -- The API's way in: create_notification plus, when email was asked for, the recipient's address, which
      -- the sender cannot read themselves (a provider sees no users rows). Only verified, enabled addresses.
      CREATE FUNCTION app_private.send_notification(
        p_org_id uuid,
        p_user_id uuid,
        p_type public.notification_type,
        p_title text,
        p_message text,
        p_metadata jsonb,
        p_expires_at timestamptz,
        p_link text,
        p_priority public.notification_priority,
        p_channels jsonb
      ) RETURNS TABLE (id uuid, email text) LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
      DECLARE
        v_id uuid;
      BEGIN
        v_id := public.create_notification(p_org_id, p_user_id, p_type, p_title, p_message, p_metadata,
                                           p_expires_at, p_link, p_priority, p_channels);
        RETURN QUERY
          SELECT v_id, (SELECT u.email FROM public.users u
                        WHERE u.id = p_user_id AND u.email_verified_at IS NOT NULL AND u.disabled_at IS NULL
                          AND coalesce(p_channels, '[]'::jsonb) ? 'email');
      END
      $$;
      REVOKE ALL ON FUNCTION app_private.send_notification(uuid, uuid, public.notification_type, text, text, jsonb,
        timestamptz, text, public.notification_priority, jsonb) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION app_private.send_notification(uuid, uuid, public.notification_type, text, text, jsonb,
        timestamptz, text, public.notification_priority, jsonb) TO authenticated, service_role;

      -- Hourly job (service only): live notifications past their expiry become expired. Answers the count.
      CREATE FUNCTION public.expire_old_notifications() RETURNS integer
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
      DECLARE
        v_count integer;
      BEGIN
        IF auth.role() IS DISTINCT FROM 'service_role' AND session_user <> current_user THEN
          RAISE EXCEPTION 'Only the service may expire notifications.' USING ERRCODE = 'CB403';
        END IF;
        UPDATE public.notifications n SET status = 'expired'
          WHERE n.expires_at < now() AND n.status IN ('unread', 'read');
        GET DIAGNOSTICS v_count = ROW_COUNT;
        RETURN v_count;
      END
      $$;
      REVOKE ALL ON FUNCTION public.expire_old_notifications() FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION public.expire_old_notifications() TO service_role;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP FUNCTION IF EXISTS public.expire_old_notifications();
      DROP FUNCTION IF EXISTS app_private.send_notification(uuid, uuid, public.notification_type, text, text, jsonb,
        timestamptz, text, public.notification_priority, jsonb);
      DROP FUNCTION IF EXISTS public.create_notification(uuid, uuid, public.notification_type, text, text, jsonb,
        timestamptz, text, public.notification_priority, jsonb);
      DROP TABLE IF EXISTS public.notifications;
      DROP FUNCTION IF EXISTS app_private.notifications_keep_read_at();
      DROP TYPE IF EXISTS public.notification_priority;
      DROP TYPE IF EXISTS public.notification_status;
      DROP TYPE IF EXISTS public.notification_type;
    `);
  }
}
