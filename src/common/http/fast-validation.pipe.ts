// Nest's ValidationPipe (class-transformer, then class-validator) with a fast path for hot query DTOs: a DTO may
// register a hand-written check that accepts only inputs the full pipe accepts and builds the same instance. Any
// other input, and every invalid one, goes through the full pipe, so refusals keep their problem bodies.
import { ValidationPipe, type ArgumentMetadata } from '@nestjs/common';

/** Answers the DTO instance the full pipe would, or undefined to let the full pipe decide. */
export type FastValidator = (value: unknown) => object | undefined;

const FAST_QUERIES = new Map<Function, FastValidator>();

export function registerFastQuery(dto: Function, validate: FastValidator): void {
  FAST_QUERIES.set(dto, validate);
}

export class FastValidationPipe extends ValidationPipe {
  override transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'query' && metadata.metatype) {
      const fast = FAST_QUERIES.get(metadata.metatype)?.(value);
      if (fast) return Promise.resolve(fast);
    }
    return super.transform(value, metadata);
  }
}

const LIMIT = /^(?:[1-9][0-9]?|100)$/;
const CURSOR_MAX = 200;

/**
 * The fast path of a PageQueryDto subclass whose other fields are optional string enums (@IsOptional @IsIn):
 * limit as 1-100 without sign, spaces or leading zeros, a cursor of at most 200 UTF-16 units, each enum field
 * one of its values, nothing else and nothing repeated.
 */
export function pageQueryFastPath<T extends { limit: number; cursor?: string }>(
  dto: new () => T,
  enums: Record<string, readonly string[]>,
): FastValidator {
  const allowed = new Map(Object.entries(enums).map(([k, values]) => [k, new Set(values)]));
  return (value) => {
    if (value === null || typeof value !== 'object') return undefined;
    const out = new dto();
    const fields = out as unknown as Record<string, unknown>;
    for (const key of Object.keys(value)) {
      const v = (value as Record<string, unknown>)[key];
      if (typeof v !== 'string') return undefined;
      if (key === 'limit') {
        if (!LIMIT.test(v)) return undefined;
        out.limit = Number(v);
      } else if (key === 'cursor') {
        if (v.length > CURSOR_MAX) return undefined;
        out.cursor = v;
      } else if (allowed.get(key)?.has(v)) fields[key] = v;
      else return undefined;
    }
    return out;
  };
}
