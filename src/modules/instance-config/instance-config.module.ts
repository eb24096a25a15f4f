import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '../notifications';
import { INSTANCE_CONFIG_ENTITIES } from './entities';
import { InstanceConfigController } from './instance-config.controller';
import { ModuleActivationsRepository } from './module-activations.repository';
import { ModuleActivationsService } from './module-activations.service';
import { ModuleGateLoader } from './module-gate.loader';
import { MonitoringRulesRepository } from './monitoring-rules.repository';
import { MonitoringRulesService } from './monitoring-rules.service';
import { MonitoringJob } from './monitoring.job';
import { MonitoringMetrics } from './monitoring.metrics';
import { NetworkConfigService } from './network-config.service';
import { PlatformOperator } from './platform-operator';
import { SettingsRepository } from './settings.repository';
import { SettingsService } from './settings.service';
import { SystemConfigRepository } from './system-config.repository';
import { SystemConfigService } from './system-config.service';

// Not gated itself: it is where modules are switched on and off.
@Module({
  imports: [TypeOrmModule.forFeature(INSTANCE_CONFIG_ENTITIES), NotificationsModule],
  controllers: [InstanceConfigController],
  providers: [
    PlatformOperator,
    ModuleGateLoader,
    SettingsRepository,
    SettingsService,
    ModuleActivationsRepository,
    ModuleActivationsService,
    NetworkConfigService,
    MonitoringRulesRepository,
    MonitoringRulesService,
    MonitoringJob,
    MonitoringMetrics,
    SystemConfigRepository,
    SystemConfigService,
  ],
})
export class InstanceConfigModule {}
