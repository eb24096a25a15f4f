// Answers 404 (problem: the module is not active) for every route of a switched-off module, before anything
// else runs: to its callers the module is absent. Per request: two Map lookups and two comparisons.
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { moduleGateOf } from './module-gate.decorator';
import { ModuleGateState } from './module-gate.state';

@Injectable()
export class ModuleGateGuard implements CanActivate {
  private readonly byController = new Map<Function, string | null>();

  constructor(private readonly state: ModuleGateState) {}

  canActivate(context: ExecutionContext): boolean {
    const controller = context.getClass();
    let module = this.byController.get(controller);
    if (module === undefined) {
      module = moduleGateOf(controller) ?? null;
      this.byController.set(controller, module);
    }
    if (module !== null) this.state.assertActive(module);
    return true;
  }
}
