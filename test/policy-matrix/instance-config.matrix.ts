// Policy matrix rows for the instance configuration tables. They are instance-wide (no org_id): only admins
// and ops of the platform organization touch them, and the service role. Org A is made the platform
// organization here, so its admin is the operator; org B's admin (other_org) and every other role get nothing.
import {
  newInstanceSetting,
  newModuleActivation,
  newMonitoringRule,
  newNetworkConfig,
  newSystemConfig,
  setPlatformOrg,
} from '../support/factories';
import type { TableCase, World } from './harness';

const OPERATOR = { admin: 'SIUD', service: 'SIUD' };
const platform = async (w: World) => setPlatformOrg(w.db, w.orgA);
let n = 0;

export const instanceConfigMatrix: TableCase[] = [
  {
    table: 'instance_settings',
    seed: async (w) => (await platform(w), (await newInstanceSetting(w.db)).id),
    insert: () => ({
      sql: `INSERT INTO public.instance_settings (setting_key, setting_value, category) VALUES ($1, '1', 'matrix')`,
      params: [`matrix.setting_${++n}`],
    }),
    update: `UPDATE public.instance_settings SET setting_value = '2' WHERE id = $1`,
    allow: OPERATOR,
  },
  {
    table: 'instance_module_activations',
    seed: async (w) => (await platform(w), (await newModuleActivation(w.db)).id),
    insert: () => ({
      sql: `INSERT INTO public.instance_module_activations (module_name, is_active) VALUES ($1, true)`,
      params: [`matrix-module-${++n}`],
    }),
    update: `UPDATE public.instance_module_activations SET is_active = NOT is_active WHERE id = $1`,
    allow: OPERATOR,
  },
  {
    // One row at most: the insert yields to the seeded row, after the policy has judged it.
    table: 'instance_network_config',
    seed: async (w) => (await platform(w), (await newNetworkConfig(w.db)).id),
    insert: () => ({
      sql: `INSERT INTO public.instance_network_config (is_connected_to_network) VALUES (true) ON CONFLICT DO NOTHING`,
    }),
    update: `UPDATE public.instance_network_config SET data_contribution_enabled = true WHERE id = $1`,
    allow: OPERATOR,
  },
  {
    table: 'system_config',
    seed: async (w) => (await platform(w), (await newSystemConfig(w.db)).id),
    insert: () => ({
      sql: `INSERT INTO public.system_config (config_key, config_value) VALUES ($1, '1')`,
      params: [`matrix.config_${++n}`],
    }),
    update: `UPDATE public.system_config SET config_value = '2' WHERE id = $1`,
    allow: OPERATOR,
  },
  {
    table: 'monitoring_rules',
    seed: async (w) => (await platform(w), (await newMonitoringRule(w.db)).id),
    insert: () => ({
      sql: `INSERT INTO public.monitoring_rules (name, rule_type) VALUES ($1, 'failed_job_runs')`,
      params: [`matrix rule ${++n}`],
    }),
    update: `UPDATE public.monitoring_rules SET threshold = threshold + 1 WHERE id = $1`,
    allow: OPERATOR,
  },
];
