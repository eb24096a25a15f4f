import type { MigrationInterface, QueryRunner } from 'typeorm';
import { auditTrigger, enableRls, tenantTriggers } from './helpers';

/**
 * Instance configuration (issue 13): instance_settings, instance_module_activations, instance_network_config
 * (seed H) and system_config, monitoring_rules (seed L).
 *
 * These rows belong to the instance, not to a tenant (no org_id). Only admins and ops of the platform
 * organization read or write them. The database learns which organization that is from the app's
 * PLATFORM_ORG_ID at start-up (app_private.set_platform_org, service role only), so the rule holds in RLS as
 * well as in the API, which checks the same configuration first.
 *
 * - Every write leaves an audit_logs row in the instance-wide chain (org_id NULL).
 * - instance_module_activations: any committed change notifies channel `carebase_module_gate`, on which every
 *   running app instance listens to refresh its in-memory gate. activation_key holds a SHA-256 hash only and
 *   is never readable by the request roles.
 * - instance_network_config: one row at most; network_api_key is sealed by the app (AES-256-GCM with
 *   DATA_ENCRYPTION_KEY) and never readable by the request roles.
 * - monitoring_rules: the firing state (firing, fired_at, last_value, last_evaluated_at) is written only by
 *   the monitoring job (service role).
 */

const OPERATOR = `(SELECT app_private.is_platform_operator())`;
/** system_config keys under `platform.` are the app's own (set from its configuration), never an operator's. */
const PLATFORM_KEY = 'platform.org_id';
const NOT_PLATFORM = `config_key !~ '^platform\\.'`;

function operatorPolicies(t: string): string {
  return `
    CREATE POLICY ${t}_operator_select ON public.${t} FOR SELECT TO authenticated USING (${OPERATOR});
    CREATE POLICY ${t}_operator_insert ON public.${t} FOR INSERT TO authenticated WITH CHECK (${OPERATOR});
    CREATE POLICY ${t}_operator_update ON public.${t} FOR UPDATE TO authenticated USING (${OPERATOR}) WITH CHECK (${OPERATOR});
    CREATE POLICY ${t}_operator_delete ON public.${t} FOR DELETE TO authenticated USING (${OPERATOR});`;
}

function common(t: string): string {
  return `${enableRls(t)}${tenantTriggers(t, { orgId: false })}${auditTrigger(t)}${operatorPolicies(t)}
    GRANT SELECT, INSERT, UPDATE, DELETE ON public.${t} TO service_role;`;
}

const TABLES = [
  'monitoring_rules',
  'system_config',
  'instance_network_config',
  'instance_module_activations',
  'instance_settings',
] as const;

export class InstanceConfig1764300000000 implements MigrationInterface {
  name = 'InstanceConfig1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE public.system_config (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        config_key text NOT NULL CONSTRAINT system_config_config_key_key UNIQUE
          CONSTRAINT system_config_config_key_check CHECK (config_key ~ '^[a-z][a-z0-9_.]{0,99}$'),
        config_value jsonb NOT NULL,
        description text CONSTRAINT system_config_description_check CHECK (length(description) <= 1000),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );

      -- The caller is an admin or ops member of the platform organization (one lookup per statement).
      CREATE FUNCTION app_private.is_platform_operator() RETURNS boolean
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
        SELECT coalesce(auth.app_role() IN ('admin', 'ops'), false)
           AND EXISTS (SELECT 1 FROM public.system_config c
                       WHERE c.config_key = '${PLATFORM_KEY}' AND c.config_value = to_jsonb(public.auth_org_id()))
      $$;
      REVOKE ALL ON FUNCTION app_private.is_platform_operator() FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION app_private.is_platform_operator() TO authenticated, service_role;

      -- Called by the app at start-up with its PLATFORM_ORG_ID (NULL: no organization operates the instance).
      CREATE FUNCTION app_private.set_platform_org(p_org_id uuid) RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
      BEGIN
        IF p_org_id IS NULL THEN
          DELETE FROM public.system_config WHERE config_key = '${PLATFORM_KEY}';
        ELSE
          INSERT INTO public.system_config (config_key, config_value, description)
            VALUES ('${PLATFORM_KEY}', to_jsonb(p_org_id), 'The organization that operates the instance (PLATFORM_ORG_ID).')
            ON CONFLICT (config_key) DO UPDATE SET config_value = EXCLUDED.config_value
            WHERE public.system_config.config_value IS DISTINCT FROM EXCLUDED.config_value;
        END IF;
      END
      $$;
      REVOKE ALL ON FUNCTION app_private.set_platform_org(uuid) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION app_private.set_platform_org(uuid) TO service_role;

      ${enableRls('system_config')}${tenantTriggers('system_config', { orgId: false })}${auditTrigger('system_config')}
      CREATE POLICY system_config_operator_select ON public.system_config FOR SELECT TO authenticated USING (${OPERATOR});
      CREATE POLICY system_config_operator_insert ON public.system_config FOR INSERT TO authenticated WITH CHECK (${OPERATOR} AND ${NOT_PLATFORM});
      CREATE POLICY system_config_operator_update ON public.system_config FOR UPDATE TO authenticated
        USING (${OPERATOR} AND ${NOT_PLATFORM}) WITH CHECK (${OPERATOR} AND ${NOT_PLATFORM});
      CREATE POLICY system_config_operator_delete ON public.system_config FOR DELETE TO authenticated USING (${OPERATOR} AND ${NOT_PLATFORM});
      GRANT SELECT, INSERT, UPDATE, DELETE ON public.system_config TO service_role;
      GRANT SELECT (id, config_key, config_value, description, created_at, updated_at),
            INSERT (config_key, config_value, description), UPDATE (config_value, description), DELETE
        ON public.system_config TO authenticated;

      CREATE TABLE public.instance_settings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        setting_key text NOT NULL CONSTRAINT instance_settings_setting_key_key UNIQUE
          CONSTRAINT instance_settings_setting_key_check CHECK (setting_key ~ '^[a-z][a-z0-9_.]{0,99}$'),
        setting_value jsonb NOT NULL,
        category text NOT NULL CONSTRAINT instance_settings_category_check CHECK (category ~ '^[a-z][a-z0-9_]{0,62}$'),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      ${common('instance_settings')}
      GRANT SELECT (id, setting_key, setting_value, category, created_at, updated_at),
            INSERT (setting_key, setting_value, category), UPDATE (setting_value, category), DELETE
        ON public.instance_settings TO authenticated;

      CREATE TABLE public.instance_module_activations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        module_name text NOT NULL CONSTRAINT instance_module_activations_module_name_key UNIQUE
          CONSTRAINT instance_module_activations_module_name_check CHECK (module_name ~ '^[a-z][a-z0-9-]{0,62}$'),
        is_active boolean NOT NULL DEFAULT false,
        activation_date timestamptz,
        expiration_date timestamptz,
        -- SHA-256 of the key, hex; the key itself is never stored.
        activation_key text CONSTRAINT instance_module_activations_activation_key_check CHECK (activation_key ~ '^[0-9a-f]{64}$'),
        settings jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT instance_module_activations_dates_check
          CHECK (expiration_date IS NULL OR activation_date IS NULL OR expiration_date > activation_date)
      );
      ${common('instance_module_activations')}
      GRANT SELECT (id, module_name, is_active, activation_date, expiration_date, settings, created_at, updated_at),
            INSERT (module_name, is_active, activation_date, expiration_date, activation_key, settings),
            UPDATE (is_active, activation_date, expiration_date, activation_key, settings), DELETE
        ON public.instance_module_activations TO authenticated;

      -- Delivered at commit, to every listening app instance.
      CREATE FUNCTION app_private.notify_module_gate() RETURNS trigger LANGUAGE plpgsql SET search_path = '' AS $$
      BEGIN
        PERFORM pg_catalog.pg_notify('carebase_module_gate', '');
        RETURN NULL;
      END
      $$;
      REVOKE ALL ON FUNCTION app_private.notify_module_gate() FROM PUBLIC;
      CREATE TRIGGER notify_module_gate AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON public.instance_module_activations
        FOR EACH STATEMENT EXECUTE FUNCTION app_private.notify_module_gate();

      CREATE TABLE public.instance_network_config (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        is_connected_to_network boolean NOT NULL DEFAULT false,
        data_contribution_enabled boolean NOT NULL DEFAULT false,
        contribution_rules jsonb NOT NULL DEFAULT '{}',
        -- Sealed by the app: 'v1.' + base64url(iv | tag | ciphertext).
        network_api_key text CONSTRAINT instance_network_config_network_api_key_check CHECK (network_api_key ~ '^v1\\.[A-Za-z0-9_-]+$'),
        last_contribution_date timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX instance_network_config_singleton ON public.instance_network_config ((true));
      ${common('instance_network_config')}
      GRANT SELECT (id, is_connected_to_network, data_contribution_enabled, contribution_rules, last_contribution_date, created_at, updated_at),
            INSERT (is_connected_to_network, data_contribution_enabled, contribution_rules, network_api_key),
            UPDATE (is_connected_to_network, data_contribution_enabled, contribution_rules, network_api_key), DELETE
        ON public.instance_network_config TO authenticated;

      CREATE TABLE public.monitoring_rules (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CONSTRAINT monitoring_rules_name_key UNIQUE
          CONSTRAINT monitoring_rules_name_check CHECK (length(name) BETWEEN 1 AND 200),
        rule_type text NOT NULL CONSTRAINT monitoring_rules_rule_type_check
          CHECK (rule_type IN ('failed_sign_ins', 'pending_withdrawals', 'failed_job_runs', 'audit_chain')),
        -- Fires when the measured value exceeds the threshold (audit_chain: broken chains, threshold 0).
        threshold integer NOT NULL DEFAULT 0 CONSTRAINT monitoring_rules_threshold_check CHECK (threshold >= 0),
        -- The window the value is measured over (failed sign-ins, failed runs) or the age past which a
        -- withdrawal counts as pending too long.
        window_hours integer NOT NULL DEFAULT 1 CONSTRAINT monitoring_rules_window_hours_check CHECK (window_hours BETWEEN 1 AND 8760),
        severity text NOT NULL DEFAULT 'warning' CONSTRAINT monitoring_rules_severity_check CHECK (severity IN ('info', 'warning', 'critical')),
        is_active boolean NOT NULL DEFAULT true,
        firing boolean NOT NULL DEFAULT false,
        fired_at timestamptz,
        last_value bigint,
        last_evaluated_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      ${common('monitoring_rules')}
      GRANT SELECT, INSERT (name, rule_type, threshold, window_hours, severity, is_active),
            UPDATE (name, threshold, window_hours, severity, is_active), DELETE
        ON public.monitoring_rules TO authenticated;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ${TABLES.map((t) => `DROP TABLE IF EXISTS public.${t};`).join('\n      ')}
      DROP FUNCTION IF EXISTS app_private.notify_module_gate();
      DROP FUNCTION IF EXISTS app_private.set_platform_org(uuid);
      DROP FUNCTION IF EXISTS app_private.is_platform_operator();
    `);
  }
}
