// The instance configuration module's public surface. Modules gate themselves with `ModuleGate` from
// src/common/module-gate/module-gate.decorator.ts, not from here.
export { InstanceConfigModule } from './instance-config.module';
export { MODULE_GATE_CHANNEL } from './module-gate.loader';
