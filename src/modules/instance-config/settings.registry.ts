// The settings an operator may set, each with the JSON Schema its value must satisfy and the value it has
// while unset. A key that is not declared here cannot be stored; a value of the wrong shape is refused with
// a 400 naming the key. Add a setting by adding an entry.
import type * as AjvModule from 'ajv';
import type { ValidateFunction } from 'ajv';
import { DomainError } from '../../common/errors/domain-error';

export interface SettingDefinition {
  key: string;
  category: string;
  description: string;
  schema: Record<string, unknown>;
  default: unknown;
}

export const SETTINGS: readonly SettingDefinition[] = [
  {
    key: 'instance.name',
    category: 'general',
    description: 'The name of this Carebase instance, shown in mail and to operators.',
    schema: { type: 'string', minLength: 1, maxLength: 200 },
    default: 'Carebase',
  },
  {
    key: 'instance.support_email',
    category: 'general',
    description: 'Where users are told to write for help; null for none.',
    schema: { type: ['string', 'null'], maxLength: 320, pattern: '^[^@\\s]+@[^@\\s]+$' },
    default: null,
  },
  {
    key: 'instance.maintenance_banner',
    category: 'general',
    description: 'A banner announcing maintenance.',
    schema: {
      type: 'object',
      additionalProperties: false,
      required: ['enabled', 'message'],
      properties: { enabled: { type: 'boolean' }, message: { type: 'string', maxLength: 500 } },
    },
    default: { enabled: false, message: '' },
  },
  {
    key: 'monitoring.notification_channels',
    category: 'monitoring',
    description: "How a firing monitoring rule reaches the platform's ops.",
    schema: {
      type: 'array',
      minItems: 1,
      uniqueItems: true,
      items: { type: 'string', enum: ['in_app', 'email'] },
    },
    default: ['in_app', 'email'],
  },
];

type Entry = { def: SettingDefinition; validate: ValidateFunction };
let compiled: Map<string, Entry> | undefined;

/** The schemas compiled at the first use of a setting, not at start-up (Ajv and the compile are ~80 ms). */
function validators(): Map<string, Entry> {
  if (!compiled) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { default: Ajv } = require('ajv') as typeof AjvModule;
    const ajv = new Ajv({ allErrors: true, strict: true });
    compiled = new Map(SETTINGS.map((def) => [def.key, { def, validate: ajv.compile(def.schema) }]));
  }
  return compiled;
}

export function settingDefinition(key: string): SettingDefinition | undefined {
  return validators().get(key)?.def;
}

/** The definition of `key` once `value` fits its schema; a 400 naming the key otherwise. */
export function validateSetting(key: string, value: unknown): SettingDefinition {
  const entry = validators().get(key);
  if (!entry)
    throw new DomainError('invalid-input', `Unknown setting "${key}".`, [
      { field: key, message: 'unknown setting' },
    ]);
  if (!entry.validate(value)) {
    const errors = (entry.validate.errors ?? []).map((e) => ({
      field: `${key}${e.instancePath.replace(/\//g, '.')}`,
      message: e.message ?? 'invalid',
    }));
    throw new DomainError(
      'invalid-input',
      `The value of setting "${key}" does not fit its schema: ${errors.map((e) => `${e.field} ${e.message}`).join('; ')}`,
      errors,
    );
  }
  return entry.def;
}
