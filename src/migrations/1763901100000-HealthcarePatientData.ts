import type { MigrationInterface, QueryRunner } from 'typeorm';
import * as helpers from './helpers';
import { enableRls, serviceGrant, tenantTriggers } from './helpers';

/**
 * Healthcare, second half: the public catalogs (conditions, treatments, trials, learning_resources), the
 * patient's own health data (seed H: measurements, food and activity logs, condition events, import
 * sources, goals, learning progress) and the companion app's private tables (seed C: daily_moods,
 * journal_entries, calendar_events) with the PascalCase compatibility views "DailyMood" and "JournalEntry".
 *
 * Treating providers read a patient's clinical data through app_private.provider_treats(patient), defined
 * by the first healthcare migration (1763901000000), which must run before this one.
 */

// Tables whose rows are clinical data the patient owns and a treating provider may read.
const CLINICAL = [
  'measurements',
  'patient_food_log',
  'patient_activity_log',
  'patient_condition_events',
  'patient_health_goals',
] as const;
const CATALOGS = ['conditions', 'treatments', 'trials', 'learning_resources'] as const;
const OWN_ONLY_PATIENT = ['patient_data_import_sources', 'patient_learning_progress'] as const;
const OWN_ONLY_USER = ['daily_moods', 'journal_entries', 'calendar_events'] as const;
const ALL = [...CATALOGS, ...CLINICAL, ...OWN_ONLY_PATIENT, ...OWN_ONLY_USER];

const ORG = `(SELECT public.auth_org_id())`;
const UID = `(SELECT auth.uid())`;
const ROLE = `(SELECT auth.app_role())`;

/** Public catalog: anyone reads; providers and admins of the owning org write. */
function catalogPolicies(t: string): string {
  const staff = `org_id = ${ORG} AND ${ROLE} IN ('admin', 'provider')`;
  return `
    CREATE POLICY ${t}_select_public ON public.${t} FOR SELECT TO anon, authenticated USING (true);
    CREATE POLICY ${t}_insert_staff ON public.${t} FOR INSERT TO authenticated WITH CHECK (${staff});
    CREATE POLICY ${t}_update_staff ON public.${t} FOR UPDATE TO authenticated USING (${staff}) WITH CHECK (${staff});
    CREATE POLICY ${t}_delete_staff ON public.${t} FOR DELETE TO authenticated USING (${staff});
    GRANT SELECT ON public.${t} TO anon, authenticated;
    GRANT DELETE ON public.${t} TO authenticated;
    ${serviceGrant(t)}`;
}

/** Own rows: the owner column is the caller, in the caller's org. */
function ownPolicies(t: string, col: 'patient_id' | 'user_id'): string {
  const own = `${col} = ${UID} AND org_id = ${ORG}`;
  return `
    CREATE POLICY ${t}_select_own ON public.${t} FOR SELECT TO authenticated USING (${own});
    CREATE POLICY ${t}_insert_own ON public.${t} FOR INSERT TO authenticated WITH CHECK (${own});
    CREATE POLICY ${t}_update_own ON public.${t} FOR UPDATE TO authenticated USING (${own}) WITH CHECK (${own});
    CREATE POLICY ${t}_delete_own ON public.${t} FOR DELETE TO authenticated USING (${own});
    CREATE INDEX ${t}_org_${col}_idx ON public.${t} (org_id, ${col});
    CREATE INDEX ${t}_${col}_idx ON public.${t} (${col});
    ${serviceGrant(t)}`;
}

/** A provider of the row's org reads while app_private.provider_treats(patient) holds. */
function treatingProviderRead(t: string): string {
  return `
    CREATE POLICY ${t}_select_treating_provider ON public.${t} FOR SELECT TO authenticated
      USING (org_id = ${ORG} AND ${ROLE} = 'provider' AND app_private.provider_treats(patient_id));`;
}

/** Column grants: the owner sets the row's owner once; the data columns stay writable. */
function ownGrants(t: string, owner: 'patient_id' | 'user_id', writable: string[]): string {
  const cols = writable.join(', ');
  return `
    GRANT SELECT, DELETE ON public.${t} TO authenticated;
    GRANT INSERT (id, ${owner}, ${cols}) ON public.${t} TO authenticated;
    GRANT UPDATE (${cols}) ON public.${t} TO authenticated;`;
}

/** The audit helper, when the platform migration provides it (it is optional to this migration). */
function audit(t: string): string {
  const fn = (helpers as Record<string, unknown>).auditTrigger;
  return typeof fn === 'function' ? String((fn as (table: string) => string)(t)) : '';
}

const DECIMAL = (c: string) => `${c} numeric CHECK (${c} IS NULL OR (${c} > -1e12 AND ${c} < 1e12))`;
const NONNEG = (c: string) => `${c} numeric CHECK (${c} IS NULL OR (${c} >= 0 AND ${c} < 1e12))`;

export class HealthcarePatientData1763901100000 implements MigrationInterface {
  name = 'HealthcarePatientData1763901100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- ===================== Public catalogs (seed H) =====================
      CREATE TABLE public.conditions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL DEFAULT public.auth_org_id() REFERENCES public.organizations (id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        code text CHECK (length(code) <= 32),
        code_system text CHECK (length(code_system) <= 32),
        category text CHECK (length(category) <= 100),
        description text CHECK (length(description) <= 10000),
        created_by uuid DEFAULT auth.uid() REFERENCES public.profiles (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT conditions_org_id_id_key UNIQUE (org_id, id)
      );
      CREATE INDEX conditions_name_idx ON public.conditions (lower(name));
      CREATE INDEX conditions_created_idx ON public.conditions (created_at DESC, id DESC);

      CREATE TABLE public.treatments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL DEFAULT public.auth_org_id() REFERENCES public.organizations (id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        description text CHECK (length(description) <= 10000),
        treatment_type text CHECK (length(treatment_type) <= 100),
        condition_id uuid,
        manufacturer text CHECK (length(manufacturer) <= 200),
        source_verification_method text CHECK (length(source_verification_method) <= 500),
        regulatory_status text CHECK (length(regulatory_status) <= 100),
        created_by uuid DEFAULT auth.uid() REFERENCES public.profiles (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT treatments_org_id_id_key UNIQUE (org_id, id),
        CONSTRAINT treatments_condition_fkey FOREIGN KEY (org_id, condition_id) REFERENCES public.conditions (org_id, id)
      );
      CREATE INDEX treatments_condition_idx ON public.treatments (org_id, condition_id);
      CREATE INDEX treatments_created_idx ON public.treatments (created_at DESC, id DESC);

      CREATE TABLE public.trials (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL DEFAULT public.auth_org_id() REFERENCES public.organizations (id) ON DELETE CASCADE,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
        description text CHECK (length(description) <= 10000),
        registry_id text CHECK (length(registry_id) <= 64),
        phase text CHECK (phase IN ('early_1', '1', '1_2', '2', '2_3', '3', '4', 'not_applicable')),
        status text NOT NULL DEFAULT 'planned'
          CHECK (status IN ('planned', 'recruiting', 'active', 'completed', 'suspended', 'terminated', 'withdrawn')),
        condition_id uuid,
        treatment_id uuid,
        sponsor text CHECK (length(sponsor) <= 200),
        location text CHECK (length(location) <= 500),
        url text CHECK (length(url) <= 2000),
        start_date date,
        end_date date,
        created_by uuid DEFAULT auth.uid() REFERENCES public.profiles (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT trials_dates_check CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date),
        CONSTRAINT trials_condition_fkey FOREIGN KEY (org_id, condition_id) REFERENCES public.conditions (org_id, id),
        CONSTRAINT trials_treatment_fkey FOREIGN KEY (org_id, treatment_id) REFERENCES public.treatments (org_id, id)
      );
      CREATE INDEX trials_condition_idx ON public.trials (org_id, condition_id);
      CREATE INDEX trials_treatment_idx ON public.trials (org_id, treatment_id);
      CREATE INDEX trials_created_idx ON public.trials (created_at DESC, id DESC);

      CREATE TABLE public.learning_resources (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL DEFAULT public.auth_org_id() REFERENCES public.organizations (id) ON DELETE CASCADE,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
        description text CHECK (length(description) <= 10000),
        resource_type text NOT NULL CHECK (resource_type IN ('article', 'video', 'audio', 'course', 'guide', 'infographic', 'other')),
        content_url text CHECK (length(content_url) <= 2000),
        content text CHECK (length(content) <= 200000),
        related_condition_id uuid,
        related_treatment_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid DEFAULT auth.uid() REFERENCES public.profiles (id) ON DELETE SET NULL,
        CONSTRAINT learning_resources_org_id_id_key UNIQUE (org_id, id),
        CONSTRAINT learning_resources_condition_fkey FOREIGN KEY (org_id, related_condition_id) REFERENCES public.conditions (org_id, id),
        CONSTRAINT learning_resources_treatment_fkey FOREIGN KEY (org_id, related_treatment_id) REFERENCES public.treatments (org_id, id)
      );
      CREATE INDEX learning_resources_condition_idx ON public.learning_resources (org_id, related_condition_id);
      CREATE INDEX learning_resources_treatment_idx ON public.learning_resources (org_id, related_treatment_id);
      CREATE INDEX learning_resources_created_idx ON public.learning_resources (created_at DESC, id DESC);

      ${CATALOGS.map((t) => `CREATE INDEX ${t}_org_id_idx ON public.${t} (org_id);`).join('\n')}
      ${CATALOGS.map((t) => catalogPolicies(t)).join('\n')}
      GRANT INSERT (name, code, code_system, category, description) ON public.conditions TO authenticated;
      GRANT UPDATE (name, code, code_system, category, description) ON public.conditions TO authenticated;
      GRANT INSERT (name, description, treatment_type, condition_id, manufacturer, source_verification_method, regulatory_status)
        ON public.treatments TO authenticated;
      GRANT UPDATE (name, description, treatment_type, condition_id, manufacturer, source_verification_method, regulatory_status)
        ON public.treatments TO authenticated;
      GRANT INSERT (title, description, registry_id, phase, status, condition_id, treatment_id, sponsor, location, url, start_date, end_date)
        ON public.trials TO authenticated;
      GRANT UPDATE (title, description, registry_id, phase, status, condition_id, treatment_id, sponsor, location, url, start_date, end_date)
        ON public.trials TO authenticated;
      GRANT INSERT (title, description, resource_type, content_url, content, related_condition_id, related_treatment_id)
        ON public.learning_resources TO authenticated;
      GRANT UPDATE (title, description, resource_type, content_url, content, related_condition_id, related_treatment_id)
        ON public.learning_resources TO authenticated;

      -- ===================== Patient health data (seed H) =====================
      -- measurements: H names the table and adds order_item_id (which order item a reading came from). The
      -- foreign key to order_items is added by the commerce migration, which creates that table.
      CREATE TABLE public.measurements (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL DEFAULT public.auth_org_id() REFERENCES public.organizations (id) ON DELETE CASCADE,
        patient_id uuid NOT NULL REFERENCES public.profiles (id) ON DELETE CASCADE,
        measurement_type text NOT NULL CHECK (measurement_type ~ '^[a-z][a-z0-9_]{0,63}$'),
        ${DECIMAL('value')} NOT NULL,
        unit text CHECK (length(unit) <= 32),
        measured_at timestamptz NOT NULL DEFAULT now(),
        source text NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'device', 'import', 'clinic')),
        notes text CHECK (length(notes) <= 2000),
        order_item_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX measurements_patient_time_idx ON public.measurements (patient_id, measured_at DESC);
      CREATE INDEX measurements_order_item_idx ON public.measurements (order_item_id) WHERE order_item_id IS NOT NULL;
      COMMENT ON COLUMN public.measurements.order_item_id IS 'order_items(id); the foreign key arrives with the commerce migration';

      CREATE TABLE public.patient_food_log (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL DEFAULT public.auth_org_id() REFERENCES public.organizations (id) ON DELETE CASCADE,
        patient_id uuid NOT NULL REFERENCES public.profiles (id) ON DELETE CASCADE,
        "timestamp" timestamptz NOT NULL DEFAULT now(),
        food_name text NOT NULL CHECK (length(food_name) BETWEEN 1 AND 200),
        ${NONNEG('quantity')},
        unit text CHECK (length(unit) <= 32),
        calories integer CHECK (calories BETWEEN 0 AND 100000),
        ${NONNEG('protein')},
        ${NONNEG('carbs')},
        ${NONNEG('fat')},
        notes text CHECK (length(notes) <= 2000),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX patient_food_log_patient_time_idx ON public.patient_food_log (patient_id, "timestamp" DESC);

      CREATE TABLE public.patient_activity_log (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL DEFAULT public.auth_org_id() REFERENCES public.organizations (id) ON DELETE CASCADE,
        patient_id uuid NOT NULL REFERENCES public.profiles (id) ON DELETE CASCADE,
        activity_type text NOT NULL CHECK (length(activity_type) BETWEEN 1 AND 100),
        "timestamp" timestamptz NOT NULL DEFAULT now(),
        duration integer CHECK (duration BETWEEN 0 AND 100000),
        intensity text CHECK (intensity IN ('low', 'moderate', 'high', 'very_high')),
        calories_burned integer CHECK (calories_burned BETWEEN 0 AND 100000),
        notes text CHECK (length(notes) <= 2000),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX patient_activity_log_patient_time_idx ON public.patient_activity_log (patient_id, "timestamp" DESC);

      CREATE TABLE public.patient_condition_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL DEFAULT public.auth_org_id() REFERENCES public.organizations (id) ON DELETE CASCADE,
        patient_id uuid NOT NULL REFERENCES public.profiles (id) ON DELETE CASCADE,
        condition_id uuid,
        event_type text NOT NULL CHECK (length(event_type) BETWEEN 1 AND 100),
        "timestamp" timestamptz NOT NULL DEFAULT now(),
        severity integer CHECK (severity BETWEEN 0 AND 10),
        notes text CHECK (length(notes) <= 2000),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT patient_condition_events_condition_fkey FOREIGN KEY (org_id, condition_id) REFERENCES public.conditions (org_id, id)
      );
      CREATE INDEX patient_condition_events_patient_time_idx ON public.patient_condition_events (patient_id, "timestamp" DESC);
      CREATE INDEX patient_condition_events_condition_idx ON public.patient_condition_events (org_id, condition_id);

      -- patient_health_goals: baseline_value (not in H) lets a goal that goes down (weight 90 -> 80) have a
      -- progress; without it progress is current / target.
      CREATE TABLE public.patient_health_goals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL DEFAULT public.auth_org_id() REFERENCES public.organizations (id) ON DELETE CASCADE,
        patient_id uuid NOT NULL REFERENCES public.profiles (id) ON DELETE CASCADE,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        description text CHECK (length(description) <= 2000),
        ${DECIMAL('target_value')},
        ${DECIMAL('current_value')},
        ${DECIMAL('baseline_value')},
        unit text CHECK (length(unit) <= 32),
        start_date timestamptz NOT NULL DEFAULT now(),
        target_date timestamptz,
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused', 'completed', 'abandoned')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT patient_health_goals_dates_check CHECK (target_date IS NULL OR target_date >= start_date)
      );
      CREATE INDEX patient_health_goals_patient_status_idx ON public.patient_health_goals (patient_id, status);

      -- patient_data_import_sources: auth_token holds AES-256-GCM ciphertext made by the API with the
      -- configured key; request roles may write it but never read it (no column grant). has_token says
      -- whether one is stored.
      CREATE TABLE public.patient_data_import_sources (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL DEFAULT public.auth_org_id() REFERENCES public.organizations (id) ON DELETE CASCADE,
        patient_id uuid NOT NULL REFERENCES public.profiles (id) ON DELETE CASCADE,
        source_name text NOT NULL CHECK (length(source_name) BETWEEN 1 AND 200),
        source_type text NOT NULL CHECK (length(source_type) BETWEEN 1 AND 50),
        auth_token text CHECK (auth_token IS NULL OR auth_token ~ '^v1\\.[A-Za-z0-9_-]+$'),
        has_token boolean GENERATED ALWAYS AS (auth_token IS NOT NULL) STORED,
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused', 'error', 'revoked')),
        last_sync timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE public.patient_learning_progress (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL DEFAULT public.auth_org_id() REFERENCES public.organizations (id) ON DELETE CASCADE,
        patient_id uuid NOT NULL REFERENCES public.profiles (id) ON DELETE CASCADE,
        resource_id uuid NOT NULL,
        progress_percent integer NOT NULL DEFAULT 0 CHECK (progress_percent BETWEEN 0 AND 100),
        completed boolean NOT NULL DEFAULT false,
        last_accessed timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT patient_learning_progress_resource_fkey FOREIGN KEY (org_id, resource_id)
          REFERENCES public.learning_resources (org_id, id) ON DELETE CASCADE,
        CONSTRAINT patient_learning_progress_patient_resource_key UNIQUE (org_id, patient_id, resource_id)
      );
      CREATE INDEX patient_learning_progress_resource_idx ON public.patient_learning_progress (org_id, resource_id);

      -- ===================== Companion app (seed C) =====================
      CREATE TABLE public.daily_moods (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL DEFAULT public.auth_org_id() REFERENCES public.organizations (id) ON DELETE CASCADE,
        user_id uuid NOT NULL DEFAULT auth.uid() REFERENCES public.users (id) ON DELETE CASCADE,
        emotion text NOT NULL CHECK (length(emotion) BETWEEN 1 AND 50),
        intensity integer CHECK (intensity BETWEEN 1 AND 10),
        fruit text CHECK (length(fruit) <= 50),
        note text CHECK (length(note) <= 2000),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX daily_moods_user_created_idx ON public.daily_moods (user_id, created_at DESC);

      CREATE TABLE public.journal_entries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL DEFAULT public.auth_org_id() REFERENCES public.organizations (id) ON DELETE CASCADE,
        user_id uuid NOT NULL DEFAULT auth.uid() REFERENCES public.users (id) ON DELETE CASCADE,
        title text CHECK (length(title) <= 200),
        content text NOT NULL CHECK (length(content) <= 100000),
        date date NOT NULL DEFAULT current_date,
        emotion text CHECK (length(emotion) <= 50),
        tags text[] NOT NULL DEFAULT '{}' CHECK (cardinality(tags) <= 50),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX journal_entries_user_date_idx ON public.journal_entries (user_id, date DESC);
      CREATE INDEX journal_entries_created_idx ON public.journal_entries (created_at);

      CREATE TABLE public.calendar_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL DEFAULT public.auth_org_id() REFERENCES public.organizations (id) ON DELETE CASCADE,
        user_id uuid NOT NULL DEFAULT auth.uid() REFERENCES public.users (id) ON DELETE CASCADE,
        date date NOT NULL,
        start_time time,
        end_time time,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        description text CHECK (length(description) <= 5000),
        location_name text CHECK (length(location_name) <= 200),
        location_address text CHECK (length(location_address) <= 500),
        location_lat numeric(9, 6) CHECK (location_lat BETWEEN -90 AND 90),
        location_lng numeric(9, 6) CHECK (location_lng BETWEEN -180 AND 180),
        emotion text CHECK (length(emotion) <= 50),
        intensity integer CHECK (intensity BETWEEN 1 AND 10),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT calendar_events_times_check CHECK (end_time IS NULL OR start_time IS NULL OR end_time >= start_time)
      );
      CREATE INDEX calendar_events_date_idx ON public.calendar_events (date);
      CREATE INDEX calendar_events_user_date_idx ON public.calendar_events (user_id, date);

      ${ALL.map((t) => enableRls(t) + tenantTriggers(t)).join('\n')}

      ${CLINICAL.map((t) => ownPolicies(t, 'patient_id') + treatingProviderRead(t)).join('\n')}
      ${OWN_ONLY_PATIENT.map((t) => ownPolicies(t, 'patient_id')).join('\n')}
      ${OWN_ONLY_USER.map((t) => ownPolicies(t, 'user_id')).join('\n')}

      ${ownGrants('measurements', 'patient_id', ['measurement_type', 'value', 'unit', 'measured_at', 'source', 'notes', 'order_item_id'])}
      ${ownGrants('patient_food_log', 'patient_id', ['"timestamp"', 'food_name', 'quantity', 'unit', 'calories', 'protein', 'carbs', 'fat', 'notes'])}
      ${ownGrants('patient_activity_log', 'patient_id', ['activity_type', '"timestamp"', 'duration', 'intensity', 'calories_burned', 'notes'])}
      ${ownGrants('patient_condition_events', 'patient_id', ['condition_id', 'event_type', '"timestamp"', 'severity', 'notes'])}
      ${ownGrants('patient_health_goals', 'patient_id', ['title', 'description', 'target_value', 'current_value', 'baseline_value', 'unit', 'start_date', 'target_date', 'status'])}
      ${ownGrants('patient_learning_progress', 'patient_id', ['resource_id', 'progress_percent', 'completed', 'last_accessed'])}
      ${ownGrants('daily_moods', 'user_id', ['emotion', 'intensity', 'fruit', 'note'])}
      ${ownGrants('journal_entries', 'user_id', ['title', 'content', 'date', 'emotion', 'tags'])}
      ${ownGrants('calendar_events', 'user_id', ['date', 'start_time', 'end_time', 'title', 'description', 'location_name', 'location_address', 'location_lat', 'location_lng', 'emotion', 'intensity'])}

      -- Import sources: no SELECT on auth_token for request roles, not even the owner's.
      GRANT SELECT (id, org_id, patient_id, source_name, source_type, has_token, status, last_sync, created_at, updated_at)
        ON public.patient_data_import_sources TO authenticated;
      GRANT INSERT (id, patient_id, source_name, source_type, auth_token, status) ON public.patient_data_import_sources TO authenticated;
      GRANT UPDATE (source_name, source_type, auth_token, status) ON public.patient_data_import_sources TO authenticated;
      GRANT DELETE ON public.patient_data_import_sources TO authenticated;

      -- Compatibility views (seed C): the companion app's PascalCase names and camelCase columns, over the
      -- tables; security_invoker, so the caller's RLS applies. Simple views, so they are updatable.
      CREATE VIEW public."DailyMood" WITH (security_invoker = true) AS
        SELECT id, user_id AS "userId", emotion, intensity, fruit, note,
               created_at AS "createdAt", updated_at AS "updatedAt"
        FROM public.daily_moods;
      CREATE VIEW public."JournalEntry" WITH (security_invoker = true) AS
        SELECT id, user_id AS "userId", title, content, date, emotion, tags,
               created_at AS "createdAt", updated_at AS "updatedAt"
        FROM public.journal_entries;
      ALTER VIEW public."DailyMood" ALTER COLUMN id SET DEFAULT gen_random_uuid();
      ALTER VIEW public."DailyMood" ALTER COLUMN "userId" SET DEFAULT auth.uid();
      ALTER VIEW public."JournalEntry" ALTER COLUMN id SET DEFAULT gen_random_uuid();
      ALTER VIEW public."JournalEntry" ALTER COLUMN "userId" SET DEFAULT auth.uid();
      ALTER VIEW public."JournalEntry" ALTER COLUMN date SET DEFAULT current_date;
      ALTER VIEW public."JournalEntry" ALTER COLUMN tags SET DEFAULT '{}';
      GRANT SELECT, INSERT, UPDATE, DELETE ON public."DailyMood", public."JournalEntry" TO authenticated, service_role;

      ${ALL.map((t) => audit(t)).join('')}
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP VIEW IF EXISTS public."JournalEntry";
      DROP VIEW IF EXISTS public."DailyMood";
      DROP TABLE IF EXISTS public.calendar_events;
      DROP TABLE IF EXISTS public.journal_entries;
      DROP TABLE IF EXISTS public.daily_moods;
      DROP TABLE IF EXISTS public.patient_learning_progress;
      DROP TABLE IF EXISTS public.patient_data_import_sources;
      DROP TABLE IF EXISTS public.patient_health_goals;
      DROP TABLE IF EXISTS public.patient_condition_events;
      DROP TABLE IF EXISTS public.patient_activity_log;
      DROP TABLE IF EXISTS public.patient_food_log;
      DROP TABLE IF EXISTS public.measurements;
      DROP TABLE IF EXISTS public.learning_resources;
      DROP TABLE IF EXISTS public.trials;
      DROP TABLE IF EXISTS public.treatments;
      DROP TABLE IF EXISTS public.conditions;
    `);
  }
}
