// System configuration: free operator-level key/value pairs (seed L). Keys under `platform.` are set from the
// app's own configuration (PLATFORM_ORG_ID) and stay read-only here, as RLS keeps them.
import { Injectable } from '@nestjs/common';
import { DomainError, notFound } from '../../common/errors/domain-error';
import type { Page } from '../../common/pagination';
import { SYSTEM_CONFIG_KEY, type SystemConfigDto } from './dto/system-config.dto';
import type { SystemConfig } from './entities';
import { PlatformOperator } from './platform-operator';
import { SystemConfigRepository } from './system-config.repository';

export function toSystemConfigDto(c: SystemConfig): SystemConfigDto {
  return {
    id: c.id,
    key: c.configKey,
    value: c.configValue,
    description: c.description,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
}

function checkKey(key: string): void {
  if (!SYSTEM_CONFIG_KEY.test(key))
    throw new DomainError(
      'invalid-input',
      `Invalid configuration key "${key}": lower-case letters, digits, "_" and "." only, starting with a letter, at most 100 characters.`,
      [{ field: 'key', message: `"${key}" does not match ${SYSTEM_CONFIG_KEY.source}` }],
    );
}

function checkWritable(key: string): void {
  checkKey(key);
  if (key.startsWith('platform.'))
    throw new DomainError(
      'forbidden',
      `The configuration key "${key}" is set from the instance's own configuration and cannot be changed here.`,
    );
}

@Injectable()
export class SystemConfigService {
  constructor(
    private readonly operator: PlatformOperator,
    private readonly configs: SystemConfigRepository,
  ) {}

  async list(q: { limit: number; cursor?: string }): Promise<Page<SystemConfigDto>> {
    this.operator.assert();
    const { items, nextCursor } = await this.configs.list(q);
    return { items: items.map(toSystemConfigDto), nextCursor };
  }

  async get(key: string): Promise<SystemConfigDto> {
    this.operator.assert();
    checkKey(key);
    const c = await this.configs.find(key);
    if (!c) throw notFound('configuration key');
    return toSystemConfigDto(c);
  }

  async put(key: string, value: unknown, description: string | null): Promise<SystemConfigDto> {
    this.operator.assert();
    checkWritable(key);
    if (value === undefined)
      throw new DomainError('invalid-input', 'A value is required.', [
        { field: 'value', message: 'required' },
      ]);
    const row = await this.configs.put(key, value, description);
    return {
      id: row.id,
      key: row.config_key,
      value: row.config_value,
      description: row.description,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  }

  async remove(key: string): Promise<void> {
    this.operator.assert();
    checkWritable(key);
    if (!(await this.configs.remove(key))) throw notFound('configuration key');
  }
}
