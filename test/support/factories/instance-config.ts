// Rows of the instance configuration tables (instance-wide, no org_id), and the platform organization the
// database recognizes as the operator (app_private.set_platform_org, what the app calls at start-up).
import { randomBytes } from 'node:crypto';
import type {
  InstanceModuleActivation,
  InstanceNetworkConfig,
  InstanceSetting,
  MonitoringRule,
  SystemConfig,
} from '../../../src/modules/instance-config/entities';
import type { TestDb } from '../db';
import { insertRow, type OrgRef, type Overrides } from './rows';

const unique = () => randomBytes(4).toString('hex');

/** Makes `org` the platform organization (its admins and ops operate the instance), as the app does at boot. */
export async function setPlatformOrg(db: TestDb, org: OrgRef | null): Promise<void> {
  await db.owner.query(`SELECT app_private.set_platform_org($1)`, [org?.id ?? null]);
}

export function newInstanceSetting(db: TestDb, o: Overrides<InstanceSetting> = {}): Promise<InstanceSetting> {
  return insertRow<InstanceSetting>(db, 'instance_settings', {
    settingKey: `test.setting_${unique()}`,
    settingValue: { enabled: true },
    category: 'test',
    ...o,
  });
}

export function newModuleActivation(
  db: TestDb,
  o: Overrides<InstanceModuleActivation> = {},
): Promise<InstanceModuleActivation> {
  return insertRow<InstanceModuleActivation>(db, 'instance_module_activations', {
    moduleName: `test-module-${unique()}`,
    isActive: true,
    ...o,
  });
}

/** The one network configuration row (the table holds at most one). */
export function newNetworkConfig(
  db: TestDb,
  o: Overrides<InstanceNetworkConfig> = {},
): Promise<InstanceNetworkConfig> {
  return insertRow<InstanceNetworkConfig>(db, 'instance_network_config', {
    isConnectedToNetwork: false,
    ...o,
  });
}

export function newSystemConfig(db: TestDb, o: Overrides<SystemConfig> = {}): Promise<SystemConfig> {
  return insertRow<SystemConfig>(db, 'system_config', {
    configKey: `test.config_${unique()}`,
    configValue: 1,
    ...o,
  });
}

export function newMonitoringRule(db: TestDb, o: Overrides<MonitoringRule> = {}): Promise<MonitoringRule> {
  return insertRow<MonitoringRule>(db, 'monitoring_rules', {
    name: `rule ${unique()}`,
    ruleType: 'failed_job_runs',
    threshold: 0,
    windowHours: 1,
    ...o,
  });
}
