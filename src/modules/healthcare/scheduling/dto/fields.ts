// Field validators and transforms the scheduling DTOs share.
import { registerDecorator, type ValidationOptions } from 'class-validator';

/** 'HH:MM', 00:00 to 23:59. */
export const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Query strings carry booleans as 'true' / 'false'. */
export const toBool = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;

let zones: Set<string> | undefined;

/** An IANA time zone name the runtime knows (PostgreSQL knows the same database). */
export function IsTimeZone(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isTimeZone',
      target: target.constructor,
      propertyName,
      options: { message: `${propertyName} must be an IANA time zone`, ...options },
      validator: {
        validate(value: unknown) {
          zones ??= new Set([...Intl.supportedValuesOf('timeZone'), 'UTC']);
          return typeof value === 'string' && zones.has(value);
        },
      },
    });
}
