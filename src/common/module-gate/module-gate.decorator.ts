// Module gating: a feature module (healthcare, payments, ai, commerce...) that an operator can switch off.
// `@ModuleGate('<name>')` goes ABOVE `@Module({...})` of the Nest module that owns the controllers and jobs
// (or on a single controller class). It marks every controller and provider of that Nest module with the
// gate's name; the ModuleGateGuard answers 404 for a marked controller while the module is not active, the
// job runner skips a marked job, and every route of a marked controller carries `x-carebase-module` in the
// OpenAPI document. Common code: modules import it from here; it knows no module.
import { MODULE_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ApiExtension } from '@nestjs/swagger';

export const MODULE_GATE_KEY = 'carebase:module-gate';
export const MODULE_GATE_EXTENSION = 'x-carebase-module';

const NAME = /^[a-z][a-z0-9-]{0,62}$/;
const declared = new Set<string>();

/** Every gate name some class declared (the modules an operator may switch on and off). */
export function gatedModules(): string[] {
  return [...declared].sort();
}

function mark(target: Function, module: string, controller: boolean): void {
  const existing: unknown = Reflect.getOwnMetadata(MODULE_GATE_KEY, target);
  if (existing !== undefined && existing !== module)
    throw new Error(`${target.name} is gated by "${String(existing)}" and "${module}"`);
  Reflect.defineMetadata(MODULE_GATE_KEY, module, target);
  if (controller) ApiExtension(MODULE_GATE_EXTENSION, module)(target);
}

export function ModuleGate(module: string): ClassDecorator {
  if (!NAME.test(module)) throw new Error(`module gate "${module}" must be kebab-case`);
  declared.add(module);
  return (target) => {
    if (Reflect.hasOwnMetadata(PATH_METADATA, target)) {
      mark(target, module, true);
      return;
    }
    const controllers = Reflect.getOwnMetadata(MODULE_METADATA.CONTROLLERS, target) as Function[] | undefined;
    const providers = Reflect.getOwnMetadata(MODULE_METADATA.PROVIDERS, target) as unknown[] | undefined;
    if (controllers === undefined && providers === undefined)
      throw new Error(
        `@ModuleGate('${module}') on ${target.name}: put it above @Module({...}) or on a controller`,
      );
    for (const c of controllers ?? []) mark(c, module, true);
    for (const p of providers ?? []) if (typeof p === 'function') mark(p, module, false);
  };
}

/** The gate of a controller or provider class, if any. */
export function moduleGateOf(target: Function): string | undefined {
  return Reflect.getMetadata(MODULE_GATE_KEY, target) as string | undefined;
}
