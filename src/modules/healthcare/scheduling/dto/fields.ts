import { registerDecorator, type ValidationOptions } from 'class-validator';

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
