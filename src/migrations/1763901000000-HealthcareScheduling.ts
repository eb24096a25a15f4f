import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableRls, serviceGrant, tenantTriggers } from './helpers';

/**
 * Healthcare, the clinic and scheduling half: facilities and chambers (public catalogs), the provider
 * directory, patients, medical records, chamber bookings (no two confirmed bookings overlap on a chamber,
 * maintenance windows block bookings), chamber schedules, chamber maintenance, alerts, and seed V's CRM
 * contacts and appointments (no provider is double-booked).
 *
 * Relationship helpers live in app_private as definer functions: a patient cannot see other patients'
 * bookings or the maintenance calendar, yet their booking must be checked against both, and a provider's
 * access to a patient follows from rows the provider cannot always see through RLS themselves.
 */

const ORG = `org_id = (SELECT public.auth_org_id())`;
const ADMIN = `${ORG} AND (SELECT auth.app_role()) = 'admin'`;
const STAFF = `${ORG} AND (SELECT auth.app_role()) IN ('admin', 'provider')`;
const PROVIDER = `${ORG} AND (SELECT auth.app_role()) = 'provider'`;

/** Admin insert/update/delete policies (reads are declared per table). */
function adminWrites(table: string): string {
  return `
      CREATE POLICY ${table}_admin_insert ON public.${table} FOR INSERT TO authenticated WITH CHECK (${ADMIN});
      CREATE POLICY ${table}_admin_update ON public.${table} FOR UPDATE TO authenticated USING (${ADMIN}) WITH CHECK (${ADMIN});
      CREATE POLICY ${table}_admin_delete ON public.${table} FOR DELETE TO authenticated USING (${ADMIN});`;
}

const TABLES = [
  'appointments',
  'contacts',
  'alerts',
  'chamber_schedules',
  'medical_records',
  'bookings',
  'chamber_maintenance',
  'patients',
  'providers',
  'chambers',
  'facilities',
];

export class HealthcareScheduling1763901000000 implements MigrationInterface {
  name = 'HealthcareScheduling1763901000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE EXTENSION IF NOT EXISTS btree_gist;

      CREATE TYPE public.booking_status AS ENUM ('pending', 'confirmed', 'cancelled', 'completed');
      CREATE TYPE public.lead_score_type AS ENUM ('hot', 'warm', 'cold');
      CREATE TYPE public.lead_status_type AS ENUM ('new', 'contacted', 'qualified', 'booked', 'converted', 'lost');
      CREATE TYPE public.appointment_status AS ENUM ('pending', 'confirmed', 'completed', 'cancelled', 'no_show');

      -- Non-admin members may change only the columns named in the trigger's arguments (a provider edits
      -- their directory entry, a patient their contact details); admins and the service role change any.
      CREATE FUNCTION app_private.restrict_self_update() RETURNS trigger LANGUAGE plpgsql SET search_path = '' AS $$
      DECLARE
        v_free text[] := TG_ARGV || ARRAY['updated_at'];
      BEGIN
        IF auth.role() = 'authenticated' AND auth.app_role() IS DISTINCT FROM 'admin'
           AND (to_jsonb(NEW) - v_free) IS DISTINCT FROM (to_jsonb(OLD) - v_free) THEN
          RAISE EXCEPTION 'only an admin may change these fields' USING ERRCODE = '42501';
        END IF;
        RETURN NEW;
      END
      $$;
      REVOKE ALL ON FUNCTION app_private.restrict_self_update() FROM PUBLIC;

      -- facilities: a clinic site. Public catalog; its timezone is the one opening hours are read in.
      CREATE TABLE public.facilities (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL DEFAULT public.auth_org_id() REFERENCES public.organizations (id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        address_line1 text CHECK (length(address_line1) <= 200),
        address_line2 text CHECK (length(address_line2) <= 200),
        city text CHECK (length(city) <= 100),
        region text CHECK (length(region) <= 100),
        postal_code text CHECK (length(postal_code) <= 20),
        country text CHECK (country ~ '^[A-Z]{2}$'),
        phone text CHECK (length(phone) <= 40),
        email text CHECK (length(email) <= 320),
        timezone text NOT NULL DEFAULT 'UTC' CHECK (length(timezone) BETWEEN 1 AND 64),
        is_active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT facilities_org_id_id_key UNIQUE (org_id, id)
      );
      CREATE INDEX facilities_created_idx ON public.facilities (created_at DESC, id DESC);
      ${enableRls('facilities')}
      ${tenantTriggers('facilities')}
      CREATE POLICY facilities_select_public ON public.facilities FOR SELECT TO anon, authenticated USING (true);
      ${adminWrites('facilities')}
      GRANT SELECT ON public.facilities TO anon, authenticated;
      GRANT INSERT (name, address_line1, address_line2, city, region, postal_code, country, phone, email, timezone, is_active),
            UPDATE (name, address_line1, address_line2, city, region, postal_code, country, phone, email, timezone, is_active),
            DELETE ON public.facilities TO authenticated;
      ${serviceGrant('facilities')}

      -- chambers: a bookable treatment chamber of a facility, with its weekly opening hours (facility time).
      CREATE TABLE public.chambers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL DEFAULT public.auth_org_id() REFERENCES public.organizations (id) ON DELETE CASCADE,
        facility_id uuid NOT NULL,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        kind text NOT NULL DEFAULT 'monoplace' CHECK (kind IN ('monoplace', 'multiplace', 'room')),
        capacity smallint NOT NULL DEFAULT 1 CHECK (capacity BETWEEN 1 AND 100),
        max_pressure_ata numeric(4, 2) CHECK (max_pressure_ata > 0 AND max_pressure_ata <= 10),
        description text CHECK (length(description) <= 4000),
        opens_at time NOT NULL DEFAULT '08:00',
        closes_at time NOT NULL DEFAULT '18:00',
        open_days smallint[] NOT NULL DEFAULT '{1,2,3,4,5}' CHECK (open_days <@ '{1,2,3,4,5,6,7}'::smallint[]),
        is_active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT chambers_org_id_id_key UNIQUE (org_id, id),
        CONSTRAINT chambers_hours_check CHECK (closes_at > opens_at OR closes_at = '00:00'),
        CONSTRAINT chambers_facility_fkey FOREIGN KEY (org_id, facility_id) REFERENCES public.facilities (org_id, id) ON DELETE RESTRICT
      );
      CREATE INDEX chambers_facility_idx ON public.chambers (org_id, facility_id);
      CREATE INDEX chambers_created_idx ON public.chambers (created_at DESC, id DESC);
      ${enableRls('chambers')}
      ${tenantTriggers('chambers')}
      CREATE POLICY chambers_select_public ON public.chambers FOR SELECT TO anon, authenticated USING (true);
      ${adminWrites('chambers')}
      GRANT SELECT ON public.chambers TO anon, authenticated;
      GRANT INSERT (facility_id, name, kind, capacity, max_pressure_ata, description, opens_at, closes_at, open_days, is_active),
            UPDATE (facility_id, name, kind, capacity, max_pressure_ata, description, opens_at, closes_at, open_days, is_active),
            DELETE ON public.chambers TO authenticated;
      ${serviceGrant('chambers')}

      -- providers: the organization's clinician directory; each entry is a signed-in user.
      CREATE TABLE public.providers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL DEFAULT public.auth_org_id() REFERENCES public.organizations (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES public.users (id) ON DELETE RESTRICT,
        facility_id uuid,
        display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
        specialty text CHECK (length(specialty) <= 200),
        license_number text CHECK (length(license_number) <= 100),
        bio text CHECK (length(bio) <= 4000),
        phone text CHECK (length(phone) <= 40),
        email text CHECK (length(email) <= 320),
        timezone text NOT NULL DEFAULT 'UTC' CHECK (length(timezone) BETWEEN 1 AND 64),
        works_from time NOT NULL DEFAULT '09:00',
        works_until time NOT NULL DEFAULT '17:00',
        work_days smallint[] NOT NULL DEFAULT '{1,2,3,4,5}' CHECK (work_days <@ '{1,2,3,4,5,6,7}'::smallint[]),
        is_active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT providers_org_id_id_key UNIQUE (org_id, id),
        CONSTRAINT providers_org_user_key UNIQUE (org_id, user_id),
        CONSTRAINT providers_hours_check CHECK (works_until > works_from),
        CONSTRAINT providers_facility_fkey FOREIGN KEY (org_id, facility_id) REFERENCES public.facilities (org_id, id) ON DELETE SET NULL (facility_id)
      );
      CREATE INDEX providers_user_idx ON public.providers (user_id);
      ${enableRls('providers')}
      ${tenantTriggers('providers')}
      CREATE TRIGGER providers_restrict_self_update BEFORE UPDATE ON public.providers FOR EACH ROW
        EXECUTE FUNCTION app_private.restrict_self_update('display_name', 'specialty', 'bio', 'phone', 'email', 'timezone', 'works_from', 'works_until', 'work_days');
      CREATE POLICY providers_select_member ON public.providers FOR SELECT TO authenticated USING (${ORG});
      CREATE POLICY providers_update_own ON public.providers FOR UPDATE TO authenticated
        USING (${PROVIDER} AND user_id = (SELECT auth.uid())) WITH CHECK (${PROVIDER} AND user_id = (SELECT auth.uid()));
      ${adminWrites('providers')}
      GRANT SELECT ON public.providers TO authenticated;
      GRANT INSERT (user_id, facility_id, display_name, specialty, license_number, bio, phone, email, timezone, works_from, works_until, work_days, is_active),
            UPDATE (facility_id, display_name, specialty, license_number, bio, phone, email, timezone, works_from, works_until, work_days, is_active),
            DELETE ON public.providers TO authenticated;
      ${serviceGrant('providers')}

      -- patients: the clinic's record of a person it treats; user_id is their login (NULL without an account).
      -- Deleting a patient (admin only) is the erasure path: their bookings and medical records go with it.
      CREATE TABLE public.patients (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL DEFAULT public.auth_org_id() REFERENCES public.organizations (id) ON DELETE CASCADE,
        user_id uuid REFERENCES public.users (id) ON DELETE SET NULL,
        mrn text CHECK (length(mrn) BETWEEN 1 AND 64),
        first_name text NOT NULL CHECK (length(first_name) BETWEEN 1 AND 100),
        last_name text NOT NULL CHECK (length(last_name) BETWEEN 1 AND 100),
        date_of_birth date CHECK (date_of_birth >= '1900-01-01'),
        sex text CHECK (sex IN ('female', 'male', 'other', 'unknown')),
        phone text CHECK (length(phone) <= 40),
        email text CHECK (length(email) <= 320),
        emergency_contact_name text CHECK (length(emergency_contact_name) <= 200),
        emergency_contact_phone text CHECK (length(emergency_contact_phone) <= 40),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT patients_org_id_id_key UNIQUE (org_id, id),
        CONSTRAINT patients_org_user_key UNIQUE (org_id, user_id),
        CONSTRAINT patients_org_mrn_key UNIQUE (org_id, mrn)
      );
      CREATE INDEX patients_user_idx ON public.patients (user_id);
      CREATE INDEX patients_created_idx ON public.patients (org_id, created_at DESC, id DESC);
      ${enableRls('patients')}
      ${tenantTriggers('patients')}
      CREATE TRIGGER patients_restrict_self_update BEFORE UPDATE ON public.patients FOR EACH ROW
        EXECUTE FUNCTION app_private.restrict_self_update('phone', 'email', 'emergency_contact_name', 'emergency_contact_phone');

      -- chamber_maintenance: windows in which a chamber cannot be booked. Admin only.
      CREATE TABLE public.chamber_maintenance (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL DEFAULT public.auth_org_id() REFERENCES public.organizations (id) ON DELETE CASCADE,
        chamber_id uuid NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        kind text NOT NULL DEFAULT 'scheduled' CHECK (kind IN ('scheduled', 'repair', 'inspection', 'cleaning')),
        reason text CHECK (length(reason) <= 2000),
        created_by uuid DEFAULT auth.uid() REFERENCES public.users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT chamber_maintenance_window_check CHECK (ends_at > starts_at),
        CONSTRAINT chamber_maintenance_chamber_fkey FOREIGN KEY (org_id, chamber_id) REFERENCES public.chambers (org_id, id) ON DELETE CASCADE
      );
      CREATE INDEX chamber_maintenance_window_idx ON public.chamber_maintenance USING gist (chamber_id, tstzrange(starts_at, ends_at));
      CREATE INDEX chamber_maintenance_org_idx ON public.chamber_maintenance (org_id, created_at DESC, id DESC);
      ${enableRls('chamber_maintenance')}
      ${tenantTriggers('chamber_maintenance')}
      CREATE POLICY chamber_maintenance_admin_select ON public.chamber_maintenance FOR SELECT TO authenticated USING (${ADMIN});
      ${adminWrites('chamber_maintenance')}
      GRANT SELECT, DELETE ON public.chamber_maintenance TO authenticated;
      GRANT INSERT (chamber_id, starts_at, ends_at, kind, reason), UPDATE (starts_at, ends_at, kind, reason)
        ON public.chamber_maintenance TO authenticated;
      ${serviceGrant('chamber_maintenance')}

      -- bookings: a patient's reservation of a chamber, optionally with a provider. Only confirmed bookings
      -- hold the chamber; the exclusion constraint holds whoever inserts and whatever they can see.
      CREATE TABLE public.bookings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL DEFAULT public.auth_org_id() REFERENCES public.organizations (id) ON DELETE CASCADE,
        patient_id uuid NOT NULL,
        chamber_id uuid NOT NULL,
        provider_id uuid,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        status public.booking_status NOT NULL DEFAULT 'pending',
        notes text CHECK (length(notes) <= 4000),
        cancellation_reason text CHECK (length(cancellation_reason) <= 1000),
        confirmed_at timestamptz,
        cancelled_at timestamptz,
        created_by uuid DEFAULT auth.uid() REFERENCES public.users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT bookings_org_id_id_key UNIQUE (org_id, id),
        CONSTRAINT bookings_window_check CHECK (ends_at > starts_at AND ends_at - starts_at <= interval '12 hours'),
        CONSTRAINT bookings_patient_fkey FOREIGN KEY (org_id, patient_id) REFERENCES public.patients (org_id, id) ON DELETE CASCADE,
        CONSTRAINT bookings_chamber_fkey FOREIGN KEY (org_id, chamber_id) REFERENCES public.chambers (org_id, id) ON DELETE RESTRICT,
        CONSTRAINT bookings_provider_fkey FOREIGN KEY (org_id, provider_id) REFERENCES public.providers (org_id, id) ON DELETE SET NULL (provider_id),
        CONSTRAINT bookings_no_overlap EXCLUDE USING gist (chamber_id WITH =, tstzrange(starts_at, ends_at) WITH &&)
          WHERE (status = 'confirmed')
      );
      CREATE INDEX bookings_patient_idx ON public.bookings (org_id, patient_id, starts_at);
      CREATE INDEX bookings_provider_patient_idx ON public.bookings (provider_id, patient_id) WHERE status <> 'cancelled';
      CREATE INDEX bookings_chamber_start_idx ON public.bookings (chamber_id, starts_at);
      CREATE INDEX bookings_created_idx ON public.bookings (org_id, created_at DESC, id DESC);
      ${enableRls('bookings')}
      ${tenantTriggers('bookings')}

      -- medical_records: clinical entries about a patient, authored by a provider.
      CREATE TABLE public.medical_records (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL DEFAULT public.auth_org_id() REFERENCES public.organizations (id) ON DELETE CASCADE,
        patient_id uuid NOT NULL,
        provider_id uuid NOT NULL,
        booking_id uuid,
        record_type text NOT NULL DEFAULT 'note'
          CHECK (record_type IN ('note', 'diagnosis', 'prescription', 'lab_result', 'treatment', 'imaging', 'other')),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        content text NOT NULL CHECK (length(content) <= 100000),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT medical_records_patient_fkey FOREIGN KEY (org_id, patient_id) REFERENCES public.patients (org_id, id) ON DELETE CASCADE,
        CONSTRAINT medical_records_provider_fkey FOREIGN KEY (org_id, provider_id) REFERENCES public.providers (org_id, id) ON DELETE RESTRICT,
        CONSTRAINT medical_records_booking_fkey FOREIGN KEY (org_id, booking_id) REFERENCES public.bookings (org_id, id) ON DELETE SET NULL (booking_id)
      );
      CREATE INDEX medical_records_patient_idx ON public.medical_records (org_id, patient_id, recorded_at DESC);
      CREATE INDEX medical_records_provider_patient_idx ON public.medical_records (provider_id, patient_id);
      CREATE INDEX medical_records_created_idx ON public.medical_records (org_id, created_at DESC, id DESC);
      ${enableRls('medical_records')}
      ${tenantTriggers('medical_records')}

      -- chamber_schedules: the session plan of a booked chamber slot (pressure profile, steps, who operates).
      CREATE TABLE public.chamber_schedules (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL DEFAULT public.auth_org_id() REFERENCES public.organizations (id) ON DELETE CASCADE,
        booking_id uuid NOT NULL,
        sequence smallint NOT NULL DEFAULT 1 CHECK (sequence BETWEEN 1 AND 100),
        pressure_ata numeric(4, 2) CHECK (pressure_ata > 0 AND pressure_ata <= 10),
        duration_minutes integer NOT NULL CHECK (duration_minutes BETWEEN 1 AND 720),
        operator_provider_id uuid,
        status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'in_progress', 'completed', 'aborted')),
        started_at timestamptz,
        ended_at timestamptz,
        notes text CHECK (length(notes) <= 4000),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT chamber_schedules_booking_sequence_key UNIQUE (booking_id, sequence),
        CONSTRAINT chamber_schedules_booking_fkey FOREIGN KEY (org_id, booking_id) REFERENCES public.bookings (org_id, id) ON DELETE CASCADE,
        CONSTRAINT chamber_schedules_operator_fkey FOREIGN KEY (org_id, operator_provider_id) REFERENCES public.providers (org_id, id) ON DELETE SET NULL (operator_provider_id)
      );
      CREATE INDEX chamber_schedules_org_idx ON public.chamber_schedules (org_id, created_at DESC, id DESC);
      ${enableRls('chamber_schedules')}
      ${tenantTriggers('chamber_schedules')}
      CREATE POLICY chamber_schedules_select_rel ON public.chamber_schedules FOR SELECT TO authenticated
        USING (${ORG} AND booking_id IN (SELECT b.id FROM public.bookings b));
      CREATE POLICY chamber_schedules_admin_select ON public.chamber_schedules FOR SELECT TO authenticated USING (${ADMIN});
      ${adminWrites('chamber_schedules')}
      GRANT SELECT, DELETE ON public.chamber_schedules TO authenticated;
      GRANT INSERT (booking_id, sequence, pressure_ata, duration_minutes, operator_provider_id, status, started_at, ended_at, notes),
            UPDATE (sequence, pressure_ata, duration_minutes, operator_provider_id, status, started_at, ended_at, notes)
        ON public.chamber_schedules TO authenticated;
      ${serviceGrant('chamber_schedules')}

      -- alerts: messages to one user (booking confirmed or cancelled, reminders). Own only.
      CREATE TABLE public.alerts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL DEFAULT public.auth_org_id() REFERENCES public.organizations (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES public.users (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind ~ '^[a-z][a-z0-9_]{0,62}$'),
        severity text NOT NULL DEFAULT 'info' CHECK (severity IN ('info', 'warning', 'critical')),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        message text NOT NULL CHECK (length(message) <= 4000),
        data jsonb NOT NULL DEFAULT '{}'::jsonb,
        read_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX alerts_user_idx ON public.alerts (user_id, org_id, created_at DESC, id DESC);
      ${enableRls('alerts')}
      ${tenantTriggers('alerts', { updatedAt: false })}
      CREATE POLICY alerts_select_own ON public.alerts FOR SELECT TO authenticated
        USING (user_id = (SELECT auth.uid()) AND ${ORG});
      CREATE POLICY alerts_update_own ON public.alerts FOR UPDATE TO authenticated
        USING (user_id = (SELECT auth.uid()) AND ${ORG}) WITH CHECK (user_id = (SELECT auth.uid()) AND ${ORG});
      CREATE POLICY alerts_delete_own ON public.alerts FOR DELETE TO authenticated
        USING (user_id = (SELECT auth.uid()) AND ${ORG});
      GRANT SELECT, DELETE ON public.alerts TO authenticated;
      GRANT UPDATE (read_at) ON public.alerts TO authenticated;
      ${serviceGrant('alerts')}

      -- contacts (seed V): CRM leads, staff only. patient_id links a lead to the clinic's patient record.
      CREATE TABLE public.contacts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL DEFAULT public.auth_org_id() REFERENCES public.organizations (id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        phone text CHECK (length(phone) BETWEEN 3 AND 40),
        email text CHECK (length(email) <= 320),
        service_interests text[] NOT NULL DEFAULT '{}',
        lead_score public.lead_score_type NOT NULL DEFAULT 'cold',
        lead_status public.lead_status_type NOT NULL DEFAULT 'new',
        last_contact_at timestamptz,
        notes text CHECK (length(notes) <= 10000),
        patient_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT contacts_org_id_id_key UNIQUE (org_id, id),
        CONSTRAINT contacts_patient_fkey FOREIGN KEY (org_id, patient_id) REFERENCES public.patients (org_id, id) ON DELETE SET NULL (patient_id)
      );
      CREATE INDEX idx_contacts_org_status_updated ON public.contacts (org_id, lead_status, updated_at DESC);
      -- One contact per phone number within an organization (the same number may be a lead in two orgs).
      CREATE UNIQUE INDEX idx_contacts_org_phone ON public.contacts (org_id, phone);
      CREATE INDEX idx_contacts_org_created ON public.contacts (org_id, created_at DESC, id DESC);
      CREATE INDEX idx_contacts_service_interests ON public.contacts USING gin (service_interests);
      CREATE INDEX idx_contacts_last_contact ON public.contacts (org_id, last_contact_at DESC);
      CREATE INDEX contacts_patient_idx ON public.contacts (patient_id) WHERE patient_id IS NOT NULL;
      ${enableRls('contacts')}
      ${tenantTriggers('contacts')}
      CREATE POLICY contacts_staff_select ON public.contacts FOR SELECT TO authenticated USING (${STAFF});
      CREATE POLICY contacts_staff_insert ON public.contacts FOR INSERT TO authenticated WITH CHECK (${STAFF});
      CREATE POLICY contacts_staff_update ON public.contacts FOR UPDATE TO authenticated USING (${STAFF}) WITH CHECK (${STAFF});
      CREATE POLICY contacts_staff_delete ON public.contacts FOR DELETE TO authenticated USING (${STAFF});
      GRANT SELECT, DELETE ON public.contacts TO authenticated;
      GRANT INSERT (name, phone, email, service_interests, lead_score, lead_status, last_contact_at, notes, patient_id),
            UPDATE (name, phone, email, service_interests, lead_score, lead_status, last_contact_at, notes, patient_id)
        ON public.contacts TO authenticated;
      ${serviceGrant('contacts')}

      -- appointments (seed V): staff schedule a contact with a provider. ends_at is derived from the duration
      -- (timestamptz + interval is not immutable, so it cannot be a generated column), and a provider cannot
      -- hold two overlapping appointments that are not cancelled.
      CREATE TABLE public.appointments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL DEFAULT public.auth_org_id() REFERENCES public.organizations (id) ON DELETE CASCADE,
        contact_id uuid NOT NULL,
        provider_id uuid,
        service_type text NOT NULL CHECK (length(service_type) BETWEEN 1 AND 100),
        scheduled_at timestamptz NOT NULL,
        duration_minutes integer NOT NULL DEFAULT 30 CHECK (duration_minutes BETWEEN 5 AND 480),
        ends_at timestamptz NOT NULL,
        status public.appointment_status NOT NULL DEFAULT 'pending',
        confirmation_sent boolean NOT NULL DEFAULT false,
        notes text CHECK (length(notes) <= 4000),
        cancelled_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT appointments_contact_fkey FOREIGN KEY (org_id, contact_id) REFERENCES public.contacts (org_id, id) ON DELETE CASCADE,
        CONSTRAINT appointments_provider_fkey FOREIGN KEY (org_id, provider_id) REFERENCES public.providers (org_id, id) ON DELETE SET NULL (provider_id),
        CONSTRAINT appointments_provider_no_overlap EXCLUDE USING gist (provider_id WITH =, tstzrange(scheduled_at, ends_at) WITH &&)
          WHERE (status <> 'cancelled' AND provider_id IS NOT NULL)
      );
      CREATE INDEX appointments_org_scheduled_idx ON public.appointments (org_id, scheduled_at);
      CREATE INDEX appointments_contact_idx ON public.appointments (org_id, contact_id);
      CREATE INDEX appointments_provider_contact_idx ON public.appointments (provider_id, contact_id) WHERE status <> 'cancelled';
      CREATE INDEX appointments_created_idx ON public.appointments (org_id, created_at DESC, id DESC);
      ${enableRls('appointments')}
      ${tenantTriggers('appointments')}
      CREATE FUNCTION app_private.appointment_derive() RETURNS trigger LANGUAGE plpgsql SET search_path = '' AS $$
      BEGIN
        NEW.ends_at := NEW.scheduled_at + make_interval(mins => NEW.duration_minutes);
        IF NEW.status = 'cancelled' AND (TG_OP = 'INSERT' OR OLD.status <> 'cancelled') THEN
          NEW.cancelled_at := now();
        END IF;
        IF TG_OP = 'UPDATE' AND OLD.status IN ('cancelled', 'completed') AND NEW.status IS DISTINCT FROM OLD.status THEN
          RAISE EXCEPTION 'The appointment is closed.' USING ERRCODE = 'CB409';
        END IF;
        RETURN NEW;
      END
      $$;
      REVOKE ALL ON FUNCTION app_private.appointment_derive() FROM PUBLIC;
      CREATE TRIGGER appointments_derive BEFORE INSERT OR UPDATE ON public.appointments FOR EACH ROW
        EXECUTE FUNCTION app_private.appointment_derive();

      -- Relationship helpers. Definer: they read rows the caller's policies hide, and answer only about
      -- the caller (auth.uid() in auth_org_id()).
      CREATE FUNCTION app_private.my_provider_id() RETURNS uuid
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
        SELECT pr.id FROM public.providers pr
        WHERE pr.org_id = public.auth_org_id() AND pr.user_id = auth.uid() AND auth.app_role() = 'provider'
      $$;
      CREATE FUNCTION app_private.my_patient_ids() RETURNS SETOF uuid
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
        SELECT p.id FROM public.patients p WHERE p.org_id = public.auth_org_id() AND p.user_id = auth.uid()
      $$;
      CREATE FUNCTION app_private.my_contact_ids() RETURNS SETOF uuid
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
        SELECT c.id FROM public.contacts c JOIN public.patients p ON p.org_id = c.org_id AND p.id = c.patient_id
        WHERE c.org_id = public.auth_org_id() AND p.user_id = auth.uid()
      $$;
      -- The patients (patients.id) the calling provider treats: a booking that is not cancelled, an
      -- appointment that is not cancelled (through the contact's patient), or a medical record they wrote.
      CREATE FUNCTION app_private.treated_patient_ids() RETURNS SETOF uuid
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
      CREATE FUNCTION app_private.provider_treats_patient(p_patient_id uuid) RETURNS boolean
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
      -- The same question by the patient's login (the patient-data tables key on user_id).
      CREATE FUNCTION app_private.provider_treats(p_patient_user_id uuid) RETURNS boolean
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
        SELECT EXISTS (
          SELECT 1 FROM public.patients p
          WHERE p.org_id = public.auth_org_id() AND p.user_id = p_patient_user_id
            AND app_private.provider_treats_patient(p.id))
      $$;
      REVOKE ALL ON FUNCTION app_private.my_provider_id(), app_private.my_patient_ids(), app_private.my_contact_ids(),
        app_private.treated_patient_ids(), app_private.provider_treats_patient(uuid), app_private.provider_treats(uuid) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION app_private.my_provider_id(), app_private.my_patient_ids(), app_private.my_contact_ids(),
        app_private.treated_patient_ids(), app_private.provider_treats_patient(uuid), app_private.provider_treats(uuid) TO authenticated;

      -- Research partners see nothing identifiable, whatever other policy might say.
      CREATE POLICY patients_no_research ON public.patients AS RESTRICTIVE FOR ALL TO authenticated
        USING ((SELECT auth.app_role()) IS DISTINCT FROM 'research_partner');
      CREATE POLICY medical_records_no_research ON public.medical_records AS RESTRICTIVE FOR ALL TO authenticated
        USING ((SELECT auth.app_role()) IS DISTINCT FROM 'research_partner');

      CREATE POLICY patients_select_own ON public.patients FOR SELECT TO authenticated
        USING (user_id = (SELECT auth.uid()) AND ${ORG});
      CREATE POLICY patients_update_own ON public.patients FOR UPDATE TO authenticated
        USING (user_id = (SELECT auth.uid()) AND ${ORG}) WITH CHECK (user_id = (SELECT auth.uid()) AND ${ORG});
      CREATE POLICY patients_select_treating ON public.patients FOR SELECT TO authenticated
        USING (${PROVIDER} AND id IN (SELECT app_private.treated_patient_ids()));
      CREATE POLICY patients_admin_select ON public.patients FOR SELECT TO authenticated USING (${ADMIN});
      ${adminWrites('patients')}
      GRANT SELECT, DELETE ON public.patients TO authenticated;
      GRANT INSERT (user_id, mrn, first_name, last_name, date_of_birth, sex, phone, email, emergency_contact_name, emergency_contact_phone),
            UPDATE (user_id, mrn, first_name, last_name, date_of_birth, sex, phone, email, emergency_contact_name, emergency_contact_phone)
        ON public.patients TO authenticated;
      ${serviceGrant('patients')}

      CREATE POLICY medical_records_select_own ON public.medical_records FOR SELECT TO authenticated
        USING (${ORG} AND patient_id IN (SELECT app_private.my_patient_ids()));
      CREATE POLICY medical_records_provider_select ON public.medical_records FOR SELECT TO authenticated
        USING (${PROVIDER} AND (provider_id = (SELECT app_private.my_provider_id())
                                OR patient_id IN (SELECT app_private.treated_patient_ids())));
      -- A provider writes records as themselves, for a patient they treat (a booking or appointment first).
      CREATE POLICY medical_records_provider_insert ON public.medical_records FOR INSERT TO authenticated
        WITH CHECK (${PROVIDER} AND provider_id = (SELECT app_private.my_provider_id())
                    AND patient_id IN (SELECT app_private.treated_patient_ids()));
      CREATE POLICY medical_records_provider_update ON public.medical_records FOR UPDATE TO authenticated
        USING (${PROVIDER} AND (provider_id = (SELECT app_private.my_provider_id())
                                OR patient_id IN (SELECT app_private.treated_patient_ids())))
        WITH CHECK (${PROVIDER} AND (provider_id = (SELECT app_private.my_provider_id())
                                     OR patient_id IN (SELECT app_private.treated_patient_ids())));
      CREATE POLICY medical_records_provider_delete ON public.medical_records FOR DELETE TO authenticated
        USING (${PROVIDER} AND provider_id = (SELECT app_private.my_provider_id()));
      CREATE POLICY medical_records_admin_select ON public.medical_records FOR SELECT TO authenticated USING (${ADMIN});
      ${adminWrites('medical_records')}
      GRANT SELECT, DELETE ON public.medical_records TO authenticated;
      GRANT INSERT (patient_id, provider_id, booking_id, record_type, title, content, recorded_at),
            UPDATE (booking_id, record_type, title, content, recorded_at)
        ON public.medical_records TO authenticated;
      ${serviceGrant('medical_records')}

      CREATE POLICY bookings_select_own ON public.bookings FOR SELECT TO authenticated
        USING (${ORG} AND patient_id IN (SELECT app_private.my_patient_ids()));
      CREATE POLICY bookings_insert_own ON public.bookings FOR INSERT TO authenticated
        WITH CHECK (${ORG} AND patient_id IN (SELECT app_private.my_patient_ids()) AND status IN ('pending', 'confirmed'));
      CREATE POLICY bookings_update_own ON public.bookings FOR UPDATE TO authenticated
        USING (${ORG} AND patient_id IN (SELECT app_private.my_patient_ids()))
        WITH CHECK (${ORG} AND patient_id IN (SELECT app_private.my_patient_ids()));
      CREATE POLICY bookings_provider_select ON public.bookings FOR SELECT TO authenticated
        USING (${PROVIDER} AND provider_id = (SELECT app_private.my_provider_id()));
      CREATE POLICY bookings_provider_update ON public.bookings FOR UPDATE TO authenticated
        USING (${PROVIDER} AND provider_id = (SELECT app_private.my_provider_id()))
        WITH CHECK (${PROVIDER} AND provider_id = (SELECT app_private.my_provider_id()));
      CREATE POLICY bookings_admin_select ON public.bookings FOR SELECT TO authenticated USING (${ADMIN});
      ${adminWrites('bookings')}
      GRANT SELECT, DELETE ON public.bookings TO authenticated;
      GRANT INSERT (patient_id, chamber_id, provider_id, starts_at, ends_at, status, notes),
            UPDATE (chamber_id, provider_id, starts_at, ends_at, status, notes, cancellation_reason)
        ON public.bookings TO authenticated;
      ${serviceGrant('bookings')}

      CREATE POLICY appointments_staff_select ON public.appointments FOR SELECT TO authenticated USING (${STAFF});
      CREATE POLICY appointments_staff_insert ON public.appointments FOR INSERT TO authenticated WITH CHECK (${STAFF});
      CREATE POLICY appointments_staff_update ON public.appointments FOR UPDATE TO authenticated USING (${STAFF}) WITH CHECK (${STAFF});
      CREATE POLICY appointments_staff_delete ON public.appointments FOR DELETE TO authenticated USING (${STAFF});
      CREATE POLICY appointments_select_own ON public.appointments FOR SELECT TO authenticated
        USING (${ORG} AND contact_id IN (SELECT app_private.my_contact_ids()));
      GRANT SELECT, DELETE ON public.appointments TO authenticated;
      GRANT INSERT (contact_id, provider_id, service_type, scheduled_at, duration_minutes, status, confirmation_sent, notes),
            UPDATE (provider_id, service_type, scheduled_at, duration_minutes, status, confirmation_sent, notes)
        ON public.appointments TO authenticated;
      ${serviceGrant('appointments')}

      -- Booking rules that need rows the caller may not see (maintenance, opening hours of another org's
      -- view of the chamber): a definer trigger. The chamber row is locked KEY SHARE first, so a concurrent
      -- maintenance insert (which locks it FOR UPDATE) is either seen here or waits for this booking.
      CREATE FUNCTION app_private.check_booking_window() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
      DECLARE
        c record;
        v_day date;
      BEGIN
        IF NEW.status NOT IN ('pending', 'confirmed') THEN
          RETURN NEW;
        END IF;
        IF TG_OP = 'UPDATE' AND NEW.status = OLD.status AND NEW.chamber_id = OLD.chamber_id
           AND NEW.starts_at = OLD.starts_at AND NEW.ends_at = OLD.ends_at THEN
          RETURN NEW;
        END IF;
        SELECT ch.opens_at, ch.closes_at, ch.open_days, ch.is_active, f.timezone INTO c
          FROM public.chambers ch JOIN public.facilities f ON f.org_id = ch.org_id AND f.id = ch.facility_id
          WHERE ch.org_id = NEW.org_id AND ch.id = NEW.chamber_id
          FOR KEY SHARE OF ch;
        IF NOT FOUND THEN
          RETURN NEW; -- the foreign key reports it
        END IF;
        IF NOT c.is_active THEN
          RAISE EXCEPTION 'The chamber is not available for booking.' USING ERRCODE = 'CB409';
        END IF;
        v_day := (NEW.starts_at AT TIME ZONE c.timezone)::date;
        IF NOT (extract(isodow FROM v_day)::smallint = ANY (c.open_days))
           OR NEW.starts_at < (v_day + c.opens_at) AT TIME ZONE c.timezone
           OR NEW.ends_at > (v_day + CASE WHEN c.closes_at = '00:00' THEN interval '24 hours' ELSE c.closes_at::interval END) AT TIME ZONE c.timezone THEN
          RAISE EXCEPTION 'The booking is outside the chamber''s opening hours.' USING ERRCODE = 'CB422';
        END IF;
        IF EXISTS (SELECT 1 FROM public.chamber_maintenance m
                   WHERE m.chamber_id = NEW.chamber_id
                     AND tstzrange(m.starts_at, m.ends_at) && tstzrange(NEW.starts_at, NEW.ends_at)) THEN
          RAISE EXCEPTION 'The chamber is not available at that time.' USING ERRCODE = 'CB409';
        END IF;
        RETURN NEW;
      END
      $$;
      REVOKE ALL ON FUNCTION app_private.check_booking_window() FROM PUBLIC;
      CREATE TRIGGER bookings_check_window BEFORE INSERT OR UPDATE OF chamber_id, starts_at, ends_at, status ON public.bookings
        FOR EACH ROW EXECUTE FUNCTION app_private.check_booking_window();

      -- Status rules: cancelled and completed are final; only admins reassign the provider; a patient may
      -- only confirm or cancel; timestamps follow the status.
      CREATE FUNCTION app_private.guard_booking_update() RETURNS trigger LANGUAGE plpgsql SET search_path = '' AS $$
      BEGIN
        IF OLD.status IN ('cancelled', 'completed') AND (NEW.status IS DISTINCT FROM OLD.status
            OR NEW.starts_at <> OLD.starts_at OR NEW.ends_at <> OLD.ends_at OR NEW.chamber_id <> OLD.chamber_id) THEN
          RAISE EXCEPTION 'The booking is closed.' USING ERRCODE = 'CB409';
        END IF;
        IF auth.role() = 'authenticated' AND auth.app_role() IS DISTINCT FROM 'admin' THEN
          IF NEW.provider_id IS DISTINCT FROM OLD.provider_id THEN
            RAISE EXCEPTION 'only an admin may change the provider of a booking' USING ERRCODE = '42501';
          END IF;
          IF auth.app_role() IS DISTINCT FROM 'provider' AND NEW.status IS DISTINCT FROM OLD.status
             AND NEW.status NOT IN ('confirmed', 'cancelled') THEN
            RAISE EXCEPTION 'a patient may only confirm or cancel a booking' USING ERRCODE = '42501';
          END IF;
        END IF;
        IF NEW.status = 'confirmed' AND OLD.status <> 'confirmed' THEN
          NEW.confirmed_at := now();
        END IF;
        IF NEW.status = 'cancelled' AND OLD.status <> 'cancelled' THEN
          NEW.cancelled_at := now();
        END IF;
        RETURN NEW;
      END
      $$;
      REVOKE ALL ON FUNCTION app_private.guard_booking_update() FROM PUBLIC;
      CREATE TRIGGER bookings_guard_update BEFORE UPDATE ON public.bookings
        FOR EACH ROW EXECUTE FUNCTION app_private.guard_booking_update();
      CREATE FUNCTION app_private.stamp_booking_insert() RETURNS trigger LANGUAGE plpgsql SET search_path = '' AS $$
      BEGIN
        NEW.confirmed_at := CASE WHEN NEW.status = 'confirmed' THEN now() END;
        NEW.cancelled_at := CASE WHEN NEW.status = 'cancelled' THEN now() END;
        RETURN NEW;
      END
      $$;
      REVOKE ALL ON FUNCTION app_private.stamp_booking_insert() FROM PUBLIC;
      CREATE TRIGGER bookings_stamp_insert BEFORE INSERT ON public.bookings
        FOR EACH ROW EXECUTE FUNCTION app_private.stamp_booking_insert();

      -- The patient hears about their booking being confirmed, cancelled or moved (definer: the actor may
      -- be an admin or provider, who cannot write another user's alerts).
      CREATE FUNCTION app_private.alert_booking_change() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
      DECLARE
        v_user uuid;
        v_kind text;
      BEGIN
        IF TG_OP = 'INSERT' THEN
          v_kind := CASE NEW.status WHEN 'confirmed' THEN 'booking_confirmed' END;
        ELSIF NEW.status IS DISTINCT FROM OLD.status THEN
          v_kind := CASE NEW.status WHEN 'confirmed' THEN 'booking_confirmed' WHEN 'cancelled' THEN 'booking_cancelled' END;
        ELSIF NEW.starts_at <> OLD.starts_at OR NEW.ends_at <> OLD.ends_at OR NEW.chamber_id <> OLD.chamber_id THEN
          v_kind := 'booking_rescheduled';
        END IF;
        IF v_kind IS NULL THEN
          RETURN NULL;
        END IF;
        SELECT p.user_id INTO v_user FROM public.patients p WHERE p.org_id = NEW.org_id AND p.id = NEW.patient_id;
        IF v_user IS NOT NULL AND v_user IS DISTINCT FROM auth.uid() THEN
          INSERT INTO public.alerts (org_id, user_id, kind, title, message, data)
          VALUES (NEW.org_id, v_user, v_kind, initcap(replace(v_kind, '_', ' ')),
                  'Your booking on ' || to_char(NEW.starts_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') || ' UTC was '
                    || CASE v_kind WHEN 'booking_confirmed' THEN 'confirmed' WHEN 'booking_cancelled' THEN 'cancelled' ELSE 'moved' END || '.',
                  jsonb_build_object('bookingId', NEW.id));
        END IF;
        RETURN NULL;
      END
      $$;
      REVOKE ALL ON FUNCTION app_private.alert_booking_change() FROM PUBLIC;
      CREATE TRIGGER bookings_alert AFTER INSERT OR UPDATE OF status, starts_at, ends_at, chamber_id ON public.bookings
        FOR EACH ROW EXECUTE FUNCTION app_private.alert_booking_change();

      -- A maintenance window cannot be laid over confirmed bookings (cancel or move them first).
      CREATE FUNCTION app_private.check_maintenance_window() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
      BEGIN
        PERFORM 1 FROM public.chambers ch WHERE ch.org_id = NEW.org_id AND ch.id = NEW.chamber_id FOR UPDATE;
        IF EXISTS (SELECT 1 FROM public.bookings b
                   WHERE b.chamber_id = NEW.chamber_id AND b.status IN ('pending', 'confirmed')
                     AND tstzrange(b.starts_at, b.ends_at) && tstzrange(NEW.starts_at, NEW.ends_at)) THEN
          RAISE EXCEPTION 'Bookings overlap this maintenance window; cancel or move them first.' USING ERRCODE = 'CB409';
        END IF;
        RETURN NEW;
      END
      $$;
      REVOKE ALL ON FUNCTION app_private.check_maintenance_window() FROM PUBLIC;
      CREATE TRIGGER chamber_maintenance_check BEFORE INSERT OR UPDATE OF starts_at, ends_at ON public.chamber_maintenance
        FOR EACH ROW EXECUTE FUNCTION app_private.check_maintenance_window();

      -- Free slots of a day: the opening hours cut into slots, less confirmed bookings and maintenance.
      -- Definer, so a patient learns which slots are free without seeing whose bookings fill the others.
      CREATE FUNCTION app_private.chamber_free_slots(p_chamber_id uuid, p_day date, p_slot_minutes integer)
        RETURNS TABLE (slot_start timestamptz, slot_end timestamptz)
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = '' AS $$
      DECLARE
        c record;
        v_step interval := make_interval(mins => p_slot_minutes);
        v_open timestamptz;
        v_close timestamptz;
      BEGIN
        IF p_slot_minutes IS NULL OR p_slot_minutes NOT BETWEEN 5 AND 720 THEN
          RAISE EXCEPTION 'slotMinutes must be between 5 and 720.' USING ERRCODE = 'CB400';
        END IF;
        SELECT ch.opens_at, ch.closes_at, ch.open_days, ch.is_active, f.timezone INTO c
          FROM public.chambers ch JOIN public.facilities f ON f.org_id = ch.org_id AND f.id = ch.facility_id
          WHERE ch.id = p_chamber_id AND ch.org_id = public.auth_org_id();
        IF NOT FOUND THEN
          RAISE EXCEPTION 'The chamber does not exist or is not visible to you.' USING ERRCODE = 'CB404';
        END IF;
        IF NOT c.is_active OR NOT (extract(isodow FROM p_day)::smallint = ANY (c.open_days)) THEN
          RETURN;
        END IF;
        v_open := (p_day + c.opens_at) AT TIME ZONE c.timezone;
        v_close := (p_day + CASE WHEN c.closes_at = '00:00' THEN interval '24 hours' ELSE c.closes_at::interval END) AT TIME ZONE c.timezone;
        RETURN QUERY
          SELECT s.st, s.st + v_step
          FROM generate_series(v_open, v_close - v_step, v_step) AS s(st)
          WHERE NOT EXISTS (SELECT 1 FROM public.bookings b
                            WHERE b.chamber_id = p_chamber_id AND b.status = 'confirmed'
                              AND tstzrange(b.starts_at, b.ends_at) && tstzrange(s.st, s.st + v_step))
            AND NOT EXISTS (SELECT 1 FROM public.chamber_maintenance m
                            WHERE m.chamber_id = p_chamber_id
                              AND tstzrange(m.starts_at, m.ends_at) && tstzrange(s.st, s.st + v_step))
          ORDER BY s.st;
      END
      $$;
      -- A provider's free slots: working hours less appointments and confirmed bookings with them.
      CREATE FUNCTION app_private.provider_free_slots(p_provider_id uuid, p_day date, p_slot_minutes integer)
        RETURNS TABLE (slot_start timestamptz, slot_end timestamptz)
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = '' AS $$
      DECLARE
        p record;
        v_step interval := make_interval(mins => p_slot_minutes);
      BEGIN
        IF p_slot_minutes IS NULL OR p_slot_minutes NOT BETWEEN 5 AND 720 THEN
          RAISE EXCEPTION 'slotMinutes must be between 5 and 720.' USING ERRCODE = 'CB400';
        END IF;
        SELECT pr.works_from, pr.works_until, pr.work_days, pr.is_active, pr.timezone INTO p
          FROM public.providers pr WHERE pr.id = p_provider_id AND pr.org_id = public.auth_org_id();
        IF NOT FOUND THEN
          RAISE EXCEPTION 'The provider does not exist or is not visible to you.' USING ERRCODE = 'CB404';
        END IF;
        IF NOT p.is_active OR NOT (extract(isodow FROM p_day)::smallint = ANY (p.work_days)) THEN
          RETURN;
        END IF;
        RETURN QUERY
          SELECT s.st, s.st + v_step
          FROM generate_series((p_day + p.works_from) AT TIME ZONE p.timezone,
                               (p_day + p.works_until) AT TIME ZONE p.timezone - v_step, v_step) AS s(st)
          WHERE NOT EXISTS (SELECT 1 FROM public.appointments a
                            WHERE a.provider_id = p_provider_id AND a.status <> 'cancelled'
                              AND tstzrange(a.scheduled_at, a.ends_at) && tstzrange(s.st, s.st + v_step))
            AND NOT EXISTS (SELECT 1 FROM public.bookings b
                            WHERE b.provider_id = p_provider_id AND b.status = 'confirmed'
                              AND tstzrange(b.starts_at, b.ends_at) && tstzrange(s.st, s.st + v_step))
          ORDER BY s.st;
      END
      $$;
      CREATE INDEX appointments_provider_window_idx ON public.appointments USING gist (provider_id, tstzrange(scheduled_at, ends_at))
        WHERE status <> 'cancelled';
      CREATE INDEX bookings_provider_window_idx ON public.bookings USING gist (provider_id, tstzrange(starts_at, ends_at))
        WHERE status = 'confirmed';
      REVOKE ALL ON FUNCTION app_private.chamber_free_slots(uuid, date, integer), app_private.provider_free_slots(uuid, date, integer) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION app_private.chamber_free_slots(uuid, date, integer), app_private.provider_free_slots(uuid, date, integer) TO authenticated;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ${TABLES.map((t) => `DROP TABLE IF EXISTS public.${t};`).join('\n      ')}
      DROP FUNCTION IF EXISTS app_private.chamber_free_slots(uuid, date, integer);
      DROP FUNCTION IF EXISTS app_private.provider_free_slots(uuid, date, integer);
      DROP FUNCTION IF EXISTS app_private.check_maintenance_window();
      DROP FUNCTION IF EXISTS app_private.alert_booking_change();
      DROP FUNCTION IF EXISTS app_private.stamp_booking_insert();
      DROP FUNCTION IF EXISTS app_private.guard_booking_update();
      DROP FUNCTION IF EXISTS app_private.check_booking_window();
      DROP FUNCTION IF EXISTS app_private.provider_treats(uuid);
      DROP FUNCTION IF EXISTS app_private.provider_treats_patient(uuid);
      DROP FUNCTION IF EXISTS app_private.treated_patient_ids();
      DROP FUNCTION IF EXISTS app_private.my_contact_ids();
      DROP FUNCTION IF EXISTS app_private.my_patient_ids();
      DROP FUNCTION IF EXISTS app_private.my_provider_id();
      DROP FUNCTION IF EXISTS app_private.appointment_derive();
      DROP FUNCTION IF EXISTS app_private.restrict_self_update();
      DROP TYPE IF EXISTS public.appointment_status;
      DROP TYPE IF EXISTS public.lead_status_type;
      DROP TYPE IF EXISTS public.lead_score_type;
      DROP TYPE IF EXISTS public.booking_status;
      -- btree_gist stays: later migrations may rely on it, and it holds no data.
    `);
  }
}
