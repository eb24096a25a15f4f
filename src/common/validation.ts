import type { ValidationError } from 'class-validator';
import type { FieldError } from './errors/domain-error';

/** class-validator's nested errors as a flat list of `{ field: 'a.b', message }`. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = parent ? `${parent}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({
      field,
      message: message.replace(/^property (\S+) should not exist$/, 'is not allowed'),
    }));
    return [...own, ...flattenValidationErrors(e.children ?? [], field)];
  });
}
