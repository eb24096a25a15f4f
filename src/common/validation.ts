import { buildMessage, ValidateBy, type ValidationError, type ValidationOptions } from 'class-validator';
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

/** Decimal places of a finite number, exponent notation included (4e-323 has 323). */
export function decimalPlaces(value: number): number {
  const [mantissa, exponent] = value.toString().split('e');
  return Math.max(0, (mantissa.split('.')[1] ?? '').length - Number(exponent ?? 0));
}

/**
 * A number with at most `places` decimals. Use instead of IsNumber({ maxDecimalPlaces }), whose check
 * throws (a 500) on numbers JavaScript prints in exponent notation, such as 4e-323.
 */
export function MaxDecimalPlaces(places: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'maxDecimalPlaces',
      constraints: [places],
      validator: {
        validate: (value: unknown) =>
          typeof value === 'number' && Number.isFinite(value) && decimalPlaces(value) <= places,
        defaultMessage: buildMessage(
          (each) => `${each}$property must have at most $constraint1 decimal places`,
          options,
        ),
      },
    },
    options,
  );
}
