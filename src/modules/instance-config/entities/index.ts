// The entities this module owns, registered with TypeOrmModule.forFeature in its module and listed in
// src/entities.ts for the CLI, the drift test and the schema diagram.
import { InstanceModuleActivation } from './instance-module-activation.entity';
import { InstanceNetworkConfig } from './instance-network-config.entity';
import { InstanceSetting } from './instance-setting.entity';
import { MonitoringRule } from './monitoring-rule.entity';
import { SystemConfig } from './system-config.entity';

export { InstanceModuleActivation, InstanceNetworkConfig, InstanceSetting, MonitoringRule, SystemConfig };
export * from './monitoring-rule.entity';
export const INSTANCE_CONFIG_ENTITIES: Function[] = [
  InstanceSetting,
  InstanceModuleActivation,
  InstanceNetworkConfig,
  SystemConfig,
  MonitoringRule,
];
