// Instance settings: every declared key with its value (stored, or the default while unset). Writes are
// checked against the key's schema in settings.registry.ts.
import { Injectable } from '@nestjs/common';
import { notFound } from '../../common/errors/domain-error';
import type { SettingDto } from './dto/setting.dto';
import { PlatformOperator } from './platform-operator';
import { SettingsRepository } from './settings.repository';
import { SETTINGS, settingDefinition, validateSetting, type SettingDefinition } from './settings.registry';

function toDto(def: SettingDefinition, stored?: { value: unknown; updatedAt: Date }): SettingDto {
  return {
    key: def.key,
    category: def.category,
    description: def.description,
    schema: def.schema,
    value: stored ? stored.value : def.default,
    isDefault: !stored,
    updatedAt: stored?.updatedAt ?? null,
  };
}

@Injectable()
export class SettingsService {
  constructor(
    private readonly operator: PlatformOperator,
    private readonly settings: SettingsRepository,
  ) {}

  async list(): Promise<SettingDto[]> {
    this.operator.assert();
    const stored = new Map((await this.settings.list()).map((s) => [s.settingKey, s]));
    return SETTINGS.map((def) => {
      const s = stored.get(def.key);
      return toDto(def, s && { value: s.settingValue, updatedAt: s.updatedAt });
    });
  }

  async get(key: string): Promise<SettingDto> {
    this.operator.assert();
    const def = settingDefinition(key);
    if (!def) throw notFound('setting');
    const s = await this.settings.find(key);
    return toDto(def, s ? { value: s.settingValue, updatedAt: s.updatedAt } : undefined);
  }

  async put(key: string, value: unknown): Promise<SettingDto> {
    this.operator.assert();
    const def = validateSetting(key, value);
    const row = await this.settings.put(key, value, def.category);
    return toDto(def, { value: row.setting_value, updatedAt: row.updated_at });
  }

  /** Back to the default. */
  async reset(key: string): Promise<SettingDto> {
    this.operator.assert();
    const def = settingDefinition(key);
    if (!def) throw notFound('setting');
    await this.settings.remove(key);
    return toDto(def);
  }

  /** A setting's value for other code of this module (in the current transaction). */
  async valueOf<T>(key: string): Promise<T> {
    const def = settingDefinition(key);
    if (!def) throw new Error(`unknown setting ${key}`);
    const s = await this.settings.find(key);
    return (s ? s.settingValue : def.default) as T;
  }
}
