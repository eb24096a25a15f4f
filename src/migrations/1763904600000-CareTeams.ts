import type { MigrationInterface, QueryRunner } from 'typeorm';
import { auditTrigger, enableRls, tenantTriggers } from './helpers';

/**
 * Care relationships as data (issue 15, finding 1). Until now a provider "treated" a patient whenever a
 * booking, an appointment or a medical record tied them, and a provider could create those ties alone (an
 * appointment with themselves for the patient's CRM contact, a colleague's appointment taken over), which
 * opened the patient's identity, records, measurements and logs for good.
 *
 * - care_team_members: who treats whom. Admins of the organization and the patient (patients.user_id) grant
 *   and end entries; the provider reads their own; nobody adds themselves as the provider. Entries are ended
 *   (ended_at, ended_by), never deleted, so the history of who could read what stays.
 * - break_glass_grants: time-boxed emergency access of one provider to one patient outside their care team,
 *   opened only through app_private.open_break_glass() with a stated reason; audited as BREAK_GLASS_OPEN and
 *   notified to the organization's admins and to the patient. The provider or an admin closes it early.
 * - treated_patient_ids() / provider_treats_patient() read the active care team and open, unexpired grants
 *   only: bookings, appointments and records no longer create a relationship. An appointment (or booking)
 *   that a member other than an admin gives a provider needs that provider on the patient's care team, and a
 *   contact is linked to a patient by a non-admin only from the patient's care team.
 *
 * Existing ties are migrated explicitly (a product decision): every (provider, patient) pair the old rule
 * counted (a booking or appointment that is not cancelled, or a medical record the provider wrote) becomes a
 * care-team entry with the reason 'migrated from existing clinical ties', so no treating provider loses
 * access on deploy, and admins can find and end the entries that were never meant to be relationships.
 */

const ORG = `org_id = (SELECT public.auth_org_id())`;
const ADMIN = `${ORG} AND (SELECT auth.app_role()) = 'admin'`;
const PROVIDER = `${ORG} AND (SELECT auth.app_role()) = 'provider'`;
const OWN_PATIENT = `${ORG} AND patient_id IN (SELECT app_private.my_patient_ids())`;
const MY_PROVIDER = `provider_id = (SELECT app_private.my_provider_id())`;

/** The relationship helpers as the HealthcareScheduling migration defined them (restored by down()). */
const OLD_HELPERS = `
      CREATE OR REPLACE FUNCTION app_private.treated_patient_ids() RETURNS SETOF uuid
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
        WITH me AS (
          SELECT pr.id, pr.org_id FROM public.providers pr
          WHERE pr.org_id = public.auth_org_id() AND pr.user_id = auth.uid() AND auth.app_role() = 'provider')
        SELECT b.patient_id FROM public.bookings b JOIN me ON b.provider_id = me.id
          WHERE b.org_id = me.org_id AND b.status <> 'cancelled'
        UNION
        SELECT c.patient_id FROM public.appointments a JOIN me ON a.provider_id = me.id
          JOIN public.contacts c ON c.org_id = a.org_id AND c.id = a.contact_id
          WHERE a.org_id = me.org_id AND a.status <> 'cancelled' AND c.patient_id IS NOT NULL
        UNION
        SELECT m.patient_id FROM public.medical_records m JOIN me ON m.provider_id = me.id WHERE m.org_id = me.org_id
      $$;
      CREATE OR REPLACE FUNCTION app_private.provider_treats_patient(p_patient_id uuid) RETURNS boolean
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
        SELECT EXISTS (
          SELECT 1 FROM public.providers pr
          WHERE pr.org_id = public.auth_org_id() AND pr.user_id = auth.uid() AND auth.app_role() = 'provider'
            AND (EXISTS (SELECT 1 FROM public.bookings b
                         WHERE b.provider_id = pr.id AND b.patient_id = p_patient_id AND b.status <> 'cancelled')
                 OR EXISTS (SELECT 1 FROM public.appointments a
                            JOIN public.contacts c ON c.org_id = a.org_id AND c.id = a.contact_id
                            WHERE a.provider_id = pr.id AND a.status <> 'cancelled' AND c.patient_id = p_patient_id)
                 OR EXISTS (SELECT 1 FROM public.medical_records m
                            WHERE m.provider_id = pr.id AND m.patient_id = p_patient_id)))
      $$;
      CREATE OR REPLACE FUNCTION app_private.check_contact_patient_link() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
      BEGIN
        IF NEW.patient_id IS NOT NULL AND (TG_OP = 'INSERT' OR NEW.patient_id IS DISTINCT FROM OLD.patient_id)
           AND auth.role() = 'authenticated' AND auth.app_role() IS DISTINCT FROM 'admin'
           AND NOT app_private.provider_treats_patient(NEW.patient_id) THEN
          RAISE EXCEPTION 'only an admin links a contact to a patient you do not treat' USING ERRCODE = '42501';
        END IF;
        RETURN NEW;
      END
      $$;`;

export class CareTeams1763904600000 implements MigrationInterface {
  name = 'CareTeams1763904600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE public.care_team_members (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL DEFAULT public.auth_org_id() REFERENCES public.organizations (id) ON DELETE CASCADE,
        patient_id uuid NOT NULL,
        provider_id uuid NOT NULL,
        since timestamptz NOT NULL DEFAULT now(),
        -- A planned end (the entry lapses then); ended_at is an end made by an admin or the patient.
        until timestamptz,
        reason text NOT NULL CHECK (length(btrim(reason)) BETWEEN 3 AND 1000),
        granted_by uuid DEFAULT auth.uid() REFERENCES public.users (id) ON DELETE SET NULL,
        ended_by uuid REFERENCES public.users (id) ON DELETE SET NULL,
        ended_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT care_team_members_org_id_id_key UNIQUE (org_id, id),
        CONSTRAINT care_team_members_until_check CHECK (until > since),
        CONSTRAINT care_team_members_ended_check CHECK (ended_at >= since),
        CONSTRAINT care_team_members_patient_fkey FOREIGN KEY (org_id, patient_id) REFERENCES public.patients (org_id, id) ON DELETE CASCADE,
        CONSTRAINT care_team_members_provider_fkey FOREIGN KEY (org_id, provider_id) REFERENCES public.providers (org_id, id) ON DELETE CASCADE
      );
      -- One entry per pair that has not been ended (a lapsed one is ended before the pair is granted again).
      CREATE UNIQUE INDEX care_team_members_active_key ON public.care_team_members (org_id, patient_id, provider_id)
        WHERE ended_at IS NULL;
      CREATE INDEX care_team_members_provider_idx ON public.care_team_members (provider_id, patient_id) WHERE ended_at IS NULL;
      CREATE INDEX care_team_members_created_idx ON public.care_team_members (org_id, created_at DESC, id DESC);
      ${enableRls('care_team_members')}
      ${tenantTriggers('care_team_members')}
      ${auditTrigger('care_team_members')}

      -- An entry is ended once, by stamping ended_at: the time and the user are the server's; an ended entry
      -- is final. A planned end may move while the entry is open, never into the past.
      CREATE FUNCTION app_private.guard_care_team_update() RETURNS trigger LANGUAGE plpgsql SET search_path = '' AS $$
      BEGIN
        IF OLD.ended_at IS NOT NULL THEN
          IF NEW.ended_at IS DISTINCT FROM OLD.ended_at OR NEW.until IS DISTINCT FROM OLD.until THEN
            RAISE EXCEPTION 'The care team entry has ended.' USING ERRCODE = 'CB409';
          END IF;
          RETURN NEW;
        END IF;
        IF NEW.ended_at IS NOT NULL THEN
          NEW.ended_at := now();
          NEW.ended_by := auth.uid();
        ELSIF NEW.until IS DISTINCT FROM OLD.until AND NEW.until <= now() THEN
          RAISE EXCEPTION 'until must be in the future; end the entry instead.' USING ERRCODE = 'CB422';
        END IF;
        RETURN NEW;
      END
      $$;
      REVOKE ALL ON FUNCTION app_private.guard_care_team_update() FROM PUBLIC;
      CREATE TRIGGER care_team_members_guard_update BEFORE UPDATE ON public.care_team_members
        FOR EACH ROW EXECUTE FUNCTION app_private.guard_care_team_update();

      CREATE POLICY care_team_members_admin_select ON public.care_team_members FOR SELECT TO authenticated USING (${ADMIN});
      CREATE POLICY care_team_members_select_patient ON public.care_team_members FOR SELECT TO authenticated USING (${OWN_PATIENT});
      CREATE POLICY care_team_members_select_provider ON public.care_team_members FOR SELECT TO authenticated
        USING (${PROVIDER} AND ${MY_PROVIDER});
      CREATE POLICY care_team_members_admin_insert ON public.care_team_members FOR INSERT TO authenticated WITH CHECK (${ADMIN});
      CREATE POLICY care_team_members_insert_patient ON public.care_team_members FOR INSERT TO authenticated WITH CHECK (${OWN_PATIENT});
      -- Whatever the caller's role (an admin or a patient may also be in the provider directory), nobody
      -- grants a relationship to themselves.
      CREATE POLICY care_team_members_never_self ON public.care_team_members AS RESTRICTIVE FOR INSERT TO authenticated
        WITH CHECK (provider_id NOT IN (SELECT pr.id FROM public.providers pr WHERE pr.user_id = (SELECT auth.uid())));
      CREATE POLICY care_team_members_admin_update ON public.care_team_members FOR UPDATE TO authenticated
        USING (${ADMIN}) WITH CHECK (${ADMIN});
      CREATE POLICY care_team_members_update_patient ON public.care_team_members FOR UPDATE TO authenticated
        USING (${OWN_PATIENT}) WITH CHECK (${OWN_PATIENT});
      GRANT SELECT ON public.care_team_members TO authenticated;
      GRANT INSERT (patient_id, provider_id, until, reason), UPDATE (until, ended_at) ON public.care_team_members TO authenticated;
      -- No DELETE for any API role: entries are ended, and the history of access stays.
      GRANT SELECT, INSERT, UPDATE ON public.care_team_members TO service_role;

      CREATE TABLE public.break_glass_grants (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL DEFAULT public.auth_org_id() REFERENCES public.organizations (id) ON DELETE CASCADE,
        patient_id uuid NOT NULL,
        provider_id uuid NOT NULL,
        reason text NOT NULL CHECK (length(btrim(reason)) BETWEEN 20 AND 2000),
        opened_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        closed_at timestamptz,
        closed_by uuid REFERENCES public.users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT break_glass_grants_org_id_id_key UNIQUE (org_id, id),
        CONSTRAINT break_glass_grants_duration_check CHECK (expires_at > opened_at AND expires_at <= opened_at + interval '4 hours'),
        CONSTRAINT break_glass_grants_closed_check CHECK (closed_at >= opened_at),
        CONSTRAINT break_glass_grants_patient_fkey FOREIGN KEY (org_id, patient_id) REFERENCES public.patients (org_id, id) ON DELETE CASCADE,
        CONSTRAINT break_glass_grants_provider_fkey FOREIGN KEY (org_id, provider_id) REFERENCES public.providers (org_id, id) ON DELETE CASCADE
      );
      CREATE INDEX break_glass_grants_provider_open_idx ON public.break_glass_grants (provider_id, patient_id, expires_at)
        WHERE closed_at IS NULL;
      CREATE INDEX break_glass_grants_patient_idx ON public.break_glass_grants (org_id, patient_id, created_at DESC);
      CREATE INDEX break_glass_grants_created_idx ON public.break_glass_grants (org_id, created_at DESC, id DESC);
      ${enableRls('break_glass_grants')}
      ${tenantTriggers('break_glass_grants')}
      ${auditTrigger('break_glass_grants')}

      -- A grant is closed once (closed_at and closed_by are the server's) and stays closed.
      CREATE FUNCTION app_private.guard_break_glass_update() RETURNS trigger LANGUAGE plpgsql SET search_path = '' AS $$
      BEGIN
        IF OLD.closed_at IS NOT NULL THEN
          IF NEW.closed_at IS DISTINCT FROM OLD.closed_at THEN
            RAISE EXCEPTION 'The emergency access is already closed.' USING ERRCODE = 'CB409';
          END IF;
        ELSIF NEW.closed_at IS NOT NULL THEN
          NEW.closed_at := greatest(now(), OLD.opened_at);
          NEW.closed_by := auth.uid();
        END IF;
        RETURN NEW;
      END
      $$;
      REVOKE ALL ON FUNCTION app_private.guard_break_glass_update() FROM PUBLIC;
      CREATE TRIGGER break_glass_grants_guard_update BEFORE UPDATE ON public.break_glass_grants
        FOR EACH ROW EXECUTE FUNCTION app_private.guard_break_glass_update();

      CREATE POLICY break_glass_grants_admin_select ON public.break_glass_grants FOR SELECT TO authenticated USING (${ADMIN});
      CREATE POLICY break_glass_grants_select_provider ON public.break_glass_grants FOR SELECT TO authenticated
        USING (${PROVIDER} AND ${MY_PROVIDER});
      CREATE POLICY break_glass_grants_select_patient ON public.break_glass_grants FOR SELECT TO authenticated USING (${OWN_PATIENT});
      CREATE POLICY break_glass_grants_admin_update ON public.break_glass_grants FOR UPDATE TO authenticated
        USING (${ADMIN}) WITH CHECK (${ADMIN});
      CREATE POLICY break_glass_grants_update_provider ON public.break_glass_grants FOR UPDATE TO authenticated
        USING (${PROVIDER} AND ${MY_PROVIDER}) WITH CHECK (${PROVIDER} AND ${MY_PROVIDER});
      -- No INSERT for any API role (open_break_glass() is the way in) and no DELETE (the history stays).
      GRANT SELECT, UPDATE (closed_at) ON public.break_glass_grants TO authenticated;
      GRANT SELECT, UPDATE ON public.break_glass_grants TO service_role;

      -- Whether a given provider of the caller's organization is on the patient's care team now.
      CREATE FUNCTION app_private.in_care_team(p_provider_id uuid, p_patient_id uuid) RETURNS boolean
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
        SELECT EXISTS (
          SELECT 1 FROM public.care_team_members ct
          WHERE ct.org_id = public.auth_org_id() AND ct.provider_id = p_provider_id AND ct.patient_id = p_patient_id
            AND ct.ended_at IS NULL AND ct.since <= now() AND (ct.until IS NULL OR ct.until > now()))
      $$;

      -- The patients (patients.id) the calling provider treats: their active care-team entries and their
      -- open, unexpired emergency grants. Nothing else makes a provider treating.
      CREATE OR REPLACE FUNCTION app_private.treated_patient_ids() RETURNS SETOF uuid
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
        WITH me AS (
          SELECT pr.id, pr.org_id FROM public.providers pr
          WHERE pr.org_id = public.auth_org_id() AND pr.user_id = auth.uid() AND auth.app_role() = 'provider')
        SELECT ct.patient_id FROM public.care_team_members ct JOIN me ON ct.provider_id = me.id
          WHERE ct.org_id = me.org_id AND ct.ended_at IS NULL AND ct.since <= now() AND (ct.until IS NULL OR ct.until > now())
        UNION
        SELECT g.patient_id FROM public.break_glass_grants g JOIN me ON g.provider_id = me.id
          WHERE g.org_id = me.org_id AND g.closed_at IS NULL AND g.expires_at > now()
      $$;
      CREATE OR REPLACE FUNCTION app_private.provider_treats_patient(p_patient_id uuid) RETURNS boolean
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
        SELECT EXISTS (
          SELECT 1 FROM public.providers pr
          WHERE pr.org_id = public.auth_org_id() AND pr.user_id = auth.uid() AND auth.app_role() = 'provider'
            AND (app_private.in_care_team(pr.id, p_patient_id)
                 OR EXISTS (SELECT 1 FROM public.break_glass_grants g
                            WHERE g.org_id = pr.org_id AND g.provider_id = pr.id AND g.patient_id = p_patient_id
                              AND g.closed_at IS NULL AND g.expires_at > now())))
      $$;

      -- Of the given patients (patients.id, or the patient's login as the patient-data routes name them), those
      -- the calling provider reaches only through an emergency grant: their reads are marked in the audit log.
      CREATE FUNCTION app_private.break_glass_patient_ids(p_ids uuid[]) RETURNS uuid[]
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
        SELECT coalesce(array_agg(DISTINCT i.id), '{}')
        FROM unnest(p_ids) AS i(id)
        JOIN public.patients p ON p.org_id = public.auth_org_id() AND (p.id = i.id OR p.user_id = i.id)
        JOIN public.providers pr ON pr.org_id = p.org_id AND pr.user_id = auth.uid() AND auth.app_role() = 'provider'
        WHERE NOT app_private.in_care_team(pr.id, p.id)
          AND EXISTS (SELECT 1 FROM public.break_glass_grants g
                      WHERE g.org_id = p.org_id AND g.provider_id = pr.id AND g.patient_id = p.id
                        AND g.closed_at IS NULL AND g.expires_at > now())
      $$;

      -- Emergency access: a provider of the caller's organization opens, with a reason, a grant of p_minutes
      -- (5 to 240; the API passes the configured duration) to a patient outside their care team. The opening
      -- is audited as BREAK_GLASS_OPEN (ids only; the reason stays in the grant) and notified to every admin of
      -- the organization and to the patient.
      CREATE FUNCTION app_private.open_break_glass(p_patient_id uuid, p_reason text, p_minutes integer DEFAULT 60)
        RETURNS uuid LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
      DECLARE
        v_org uuid := public.auth_org_id();
        v_provider record;
        v_patient_user uuid;
        v_id uuid;
        v_expires timestamptz;
        v_admin uuid;
      BEGIN
        IF auth.role() IS DISTINCT FROM 'authenticated' OR auth.app_role() IS DISTINCT FROM 'provider' OR v_org IS NULL THEN
          RAISE EXCEPTION 'Only a provider of the organization may open emergency access.' USING ERRCODE = '42501';
        END IF;
        IF p_reason IS NULL OR length(btrim(p_reason)) NOT BETWEEN 20 AND 2000 THEN
          RAISE EXCEPTION 'State the reason for emergency access in 20 to 2000 characters.' USING ERRCODE = 'CB400';
        END IF;
        IF p_minutes IS NULL OR p_minutes NOT BETWEEN 5 AND 240 THEN
          RAISE EXCEPTION 'Emergency access lasts 5 to 240 minutes.' USING ERRCODE = 'CB400';
        END IF;
        SELECT p.user_id INTO v_patient_user FROM public.patients p WHERE p.org_id = v_org AND p.id = p_patient_id;
        IF NOT FOUND THEN
          RAISE EXCEPTION 'The patient does not exist or is not visible to you.' USING ERRCODE = 'CB404';
        END IF;
        SELECT pr.id, pr.display_name INTO v_provider FROM public.providers pr
          WHERE pr.org_id = v_org AND pr.user_id = auth.uid() AND pr.is_active;
        IF NOT FOUND THEN
          RAISE EXCEPTION 'Only an active provider of the organization may open emergency access.' USING ERRCODE = '42501';
        END IF;
        IF app_private.in_care_team(v_provider.id, p_patient_id) THEN
          RAISE EXCEPTION 'You are on the patient''s care team: emergency access is not needed.' USING ERRCODE = 'CB409';
        END IF;
        -- One open grant per provider and patient: concurrent openings queue on this lock.
        PERFORM pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtextextended('break_glass:' || v_provider.id || ':' || p_patient_id, 0));
        IF EXISTS (SELECT 1 FROM public.break_glass_grants g
                   WHERE g.org_id = v_org AND g.provider_id = v_provider.id AND g.patient_id = p_patient_id
                     AND g.closed_at IS NULL AND g.expires_at > now()) THEN
          RAISE EXCEPTION 'Emergency access to this patient is already open.' USING ERRCODE = 'CB409';
        END IF;
        INSERT INTO public.break_glass_grants (org_id, patient_id, provider_id, reason, opened_at, expires_at)
        VALUES (v_org, p_patient_id, v_provider.id, btrim(p_reason), now(), now() + make_interval(mins => p_minutes))
        RETURNING id, expires_at INTO v_id, v_expires;
        PERFORM public.log_audit_event('BREAK_GLASS', 'break_glass_open', 'break_glass_grants', NULL, v_org, NULL, v_id::text,
          jsonb_build_object('patient_id', p_patient_id, 'provider_id', v_provider.id, 'expires_at', v_expires, 'break_glass', true));
        FOR v_admin IN SELECT m.user_id FROM public.users_roles m
                       WHERE m.org_id = v_org AND m.role = 'admin' AND m.user_id <> auth.uid() LOOP
          PERFORM public.create_notification(v_org, v_admin, 'security_alert', 'Emergency access opened',
            v_provider.display_name || ' opened emergency access to a patient''s record until '
              || to_char(v_expires AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') || ' UTC.',
            jsonb_build_object('breakGlassGrantId', v_id, 'patientId', p_patient_id, 'providerId', v_provider.id),
            NULL, NULL, 'high', NULL);
        END LOOP;
        IF v_patient_user IS NOT NULL AND v_patient_user IS DISTINCT FROM auth.uid() AND EXISTS (
             SELECT 1 FROM public.users_roles m WHERE m.org_id = v_org AND m.user_id = v_patient_user) THEN
          PERFORM public.create_notification(v_org, v_patient_user, 'security_alert', 'Emergency access to your record',
            v_provider.display_name || ' opened emergency access to your record until '
              || to_char(v_expires AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') || ' UTC. Your clinic''s administrators were told.',
            jsonb_build_object('breakGlassGrantId', v_id, 'providerId', v_provider.id),
            NULL, NULL, 'high', NULL);
        END IF;
        RETURN v_id;
      END
      $$;

      REVOKE ALL ON FUNCTION app_private.in_care_team(uuid, uuid), app_private.break_glass_patient_ids(uuid[]),
        app_private.open_break_glass(uuid, text, integer) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION app_private.in_care_team(uuid, uuid), app_private.break_glass_patient_ids(uuid[]),
        app_private.open_break_glass(uuid, text, integer) TO authenticated;

      -- Scheduling needs the relationship first: a member other than an admin gives an appointment (or a
      -- booking) to a provider only when that provider is on the patient's care team. A lead not linked to a
      -- patient has no clinical data, and is not checked. Definer: the caller may not see the care team.
      CREATE FUNCTION app_private.check_appointment_care_team() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
      DECLARE
        v_patient uuid;
      BEGIN
        IF auth.role() IS DISTINCT FROM 'authenticated' OR auth.app_role() IS NOT DISTINCT FROM 'admin'
           OR NEW.provider_id IS NULL
           OR (TG_OP = 'UPDATE' AND NEW.provider_id IS NOT DISTINCT FROM OLD.provider_id AND NEW.contact_id = OLD.contact_id) THEN
          RETURN NEW;
        END IF;
        SELECT c.patient_id INTO v_patient FROM public.contacts c WHERE c.org_id = NEW.org_id AND c.id = NEW.contact_id;
        IF v_patient IS NOT NULL AND NOT app_private.in_care_team(NEW.provider_id, v_patient) THEN
          RAISE EXCEPTION 'an appointment with a patient needs a provider on the patient''s care team' USING ERRCODE = '42501';
        END IF;
        RETURN NEW;
      END
      $$;
      REVOKE ALL ON FUNCTION app_private.check_appointment_care_team() FROM PUBLIC;
      CREATE TRIGGER appointments_check_care_team BEFORE INSERT OR UPDATE OF provider_id, contact_id ON public.appointments
        FOR EACH ROW EXECUTE FUNCTION app_private.check_appointment_care_team();

      CREATE FUNCTION app_private.check_booking_care_team() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
      BEGIN
        IF auth.role() = 'authenticated' AND auth.app_role() = 'provider' AND NEW.provider_id IS NOT NULL
           AND (TG_OP = 'INSERT' OR NEW.provider_id IS DISTINCT FROM OLD.provider_id OR NEW.patient_id <> OLD.patient_id)
           AND NOT app_private.in_care_team(NEW.provider_id, NEW.patient_id) THEN
          RAISE EXCEPTION 'a booking with a provider needs the provider on the patient''s care team' USING ERRCODE = '42501';
        END IF;
        RETURN NEW;
      END
      $$;
      REVOKE ALL ON FUNCTION app_private.check_booking_care_team() FROM PUBLIC;
      CREATE TRIGGER bookings_check_care_team BEFORE INSERT OR UPDATE OF provider_id, patient_id ON public.bookings
        FOR EACH ROW EXECUTE FUNCTION app_private.check_booking_care_team();

      -- A contact is linked to a patient by an admin, or by a provider of the patient's care team (an emergency
      -- grant is for reading, not for rearranging the CRM).
      CREATE OR REPLACE FUNCTION app_private.check_contact_patient_link() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
      BEGIN
        IF NEW.patient_id IS NOT NULL AND (TG_OP = 'INSERT' OR NEW.patient_id IS DISTINCT FROM OLD.patient_id)
           AND auth.role() = 'authenticated' AND auth.app_role() IS DISTINCT FROM 'admin'
           AND NOT app_private.in_care_team(app_private.my_provider_id(), NEW.patient_id) THEN
          RAISE EXCEPTION 'only an admin links a contact to a patient outside your care team' USING ERRCODE = '42501';
        END IF;
        RETURN NEW;
      END
      $$;

      -- Existing ties, migrated explicitly: what the old rule counted becomes a care-team entry.
      INSERT INTO public.care_team_members (org_id, patient_id, provider_id, since, reason)
      SELECT t.org_id, t.patient_id, t.provider_id, least(min(t.at), now()), 'migrated from existing clinical ties'
      FROM (
        SELECT b.org_id, b.patient_id, b.provider_id, b.created_at AS at FROM public.bookings b
          WHERE b.provider_id IS NOT NULL AND b.status <> 'cancelled'
        UNION ALL
        SELECT a.org_id, c.patient_id, a.provider_id, a.created_at FROM public.appointments a
          JOIN public.contacts c ON c.org_id = a.org_id AND c.id = a.contact_id
          WHERE a.provider_id IS NOT NULL AND a.status <> 'cancelled' AND c.patient_id IS NOT NULL
        UNION ALL
        SELECT m.org_id, m.patient_id, m.provider_id, m.created_at FROM public.medical_records m
      ) t
      GROUP BY t.org_id, t.patient_id, t.provider_id;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ${OLD_HELPERS}
      DROP TRIGGER IF EXISTS bookings_check_care_team ON public.bookings;
      DROP TRIGGER IF EXISTS appointments_check_care_team ON public.appointments;
      DROP FUNCTION IF EXISTS app_private.check_booking_care_team();
      DROP FUNCTION IF EXISTS app_private.check_appointment_care_team();
      DROP FUNCTION IF EXISTS app_private.open_break_glass(uuid, text, integer);
      DROP FUNCTION IF EXISTS app_private.break_glass_patient_ids(uuid[]);
      DROP FUNCTION IF EXISTS app_private.in_care_team(uuid, uuid);
      DROP TABLE IF EXISTS public.break_glass_grants;
      DROP TABLE IF EXISTS public.care_team_members;
      DROP FUNCTION IF EXISTS app_private.guard_break_glass_update();
      DROP FUNCTION IF EXISTS app_private.guard_care_team_update();
    `);
  }
}
