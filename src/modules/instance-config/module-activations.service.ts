// Switching modules on and off. A change commits to instance_module_activations; its trigger notifies every
// instance (ModuleGateLoader reloads), and this instance reloads right after the commit as well.
import { Injectable } from '@nestjs/common';
import { sha256 } from '../../common/crypto/tokens';
import { afterCommit } from '../../common/context/request-context';
import { DomainError, notFound } from '../../common/errors/domain-error';
import { gatedModules } from '../../common/module-gate/module-gate.decorator';
import { entryIsActive, ModuleGateState } from '../../common/module-gate/module-gate.state';
import type { ActivateModuleDto, ModuleActivationDto } from './dto/module-activation.dto';
import type { InstanceModuleActivation } from './entities';
import { ModuleActivationsRepository } from './module-activations.repository';
import { ModuleGateLoader } from './module-gate.loader';
import { PlatformOperator } from './platform-operator';

function toDto(module: string, row: InstanceModuleActivation | null | undefined): ModuleActivationDto {
  if (!row)
    return {
      module,
      active: true,
      isActive: true,
      activationDate: null,
      expirationDate: null,
      settings: {},
      configured: false,
      updatedAt: null,
    };
  return {
    module,
    active: entryIsActive(
      {
        isActive: row.isActive,
        activationDate: row.activationDate?.getTime() ?? null,
        expirationDate: row.expirationDate?.getTime() ?? null,
      },
      Date.now(),
    ),
    isActive: row.isActive,
    activationDate: row.activationDate,
    expirationDate: row.expirationDate,
    settings: row.settings,
    configured: true,
    updatedAt: row.updatedAt,
  };
}

@Injectable()
export class ModuleActivationsService {
  constructor(
    private readonly operator: PlatformOperator,
    private readonly activations: ModuleActivationsRepository,
    private readonly loader: ModuleGateLoader,
    private readonly gate: ModuleGateState,
  ) {}

  private known(module: string): void {
    if (!gatedModules().includes(module)) throw notFound('module');
  }

  async list(): Promise<ModuleActivationDto[]> {
    this.operator.assert();
    const rows = new Map((await this.activations.list()).map((r) => [r.moduleName, r]));
    const names = [...new Set([...gatedModules(), ...rows.keys()])].sort();
    return names.map((m) => toDto(m, rows.get(m)));
  }

  async get(module: string): Promise<ModuleActivationDto> {
    this.operator.assert();
    this.known(module);
    return toDto(module, await this.activations.find(module));
  }

  async activate(module: string, dto: ActivateModuleDto): Promise<ModuleActivationDto> {
    this.operator.assert();
    this.known(module);
    const activationDate = dto.activationDate ?? new Date();
    if (dto.expirationDate && dto.expirationDate <= activationDate)
      throw new DomainError('invalid-input', 'expirationDate must be after activationDate.', [
        { field: 'expirationDate', message: 'must be after activationDate' },
      ]);
    await this.activations.put(module, {
      isActive: true,
      activationDate,
      expirationDate: dto.expirationDate ?? null,
      activationKey: dto.activationKey === undefined ? undefined : sha256(dto.activationKey).toString('hex'),
      settings: dto.settings,
    });
    return this.changed(module);
  }

  async deactivate(module: string): Promise<ModuleActivationDto> {
    this.operator.assert();
    this.known(module);
    await this.activations.put(module, { isActive: false });
    return this.changed(module);
  }

  private async changed(module: string): Promise<ModuleActivationDto> {
    const row = await this.activations.find(module);
    if (row) {
      const entry = {
        isActive: row.isActive,
        activationDate: row.activationDate?.getTime() ?? null,
        expirationDate: row.expirationDate?.getTime() ?? null,
      };
      // This instance answers by its own change at once; the others by the notification.
      afterCommit(() => {
        this.gate.set(module, entry);
        return this.loader.reload();
      });
    }
    return toDto(module, row);
  }
}
