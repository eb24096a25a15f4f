// Validators shared by this module's DTOs. Decimals travel as strings (never JS floats).
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min } from 'class-validator';

export const DECIMAL = /^-?\d{1,12}(\.\d{1,6})?$/;
export const NON_NEGATIVE_DECIMAL = /^\d{1,12}(\.\d{1,6})?$/;
export const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
export const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;

type Opt = { required?: boolean; description?: string; example?: unknown };
const doc = (o: Opt, extra: Record<string, unknown>) =>
  o.required
    ? ApiProperty({ ...extra, description: o.description, example: o.example })
    : ApiPropertyOptional({ ...extra, nullable: true, description: o.description, example: o.example });
const opt = (o: Opt) => (o.required ? [] : [IsOptional()]);

export const TextField = (max: number, o: Opt = {}) =>
  applyDecorators(doc(o, { type: String, maxLength: max }), ...opt(o), IsString(), Length(o.required ? 1 : 0, max));
export const EnumField = (values: readonly string[], o: Opt = {}) =>
  applyDecorators(doc(o, { enum: values }), ...opt(o), IsIn(values as string[]));
export const DecimalField = (o: Opt & { nonNegative?: boolean } = {}) =>
  applyDecorators(
    doc(o, { type: String, pattern: (o.nonNegative ? NON_NEGATIVE_DECIMAL : DECIMAL).source, example: o.example ?? '72.5' }),
    ...opt(o),
    IsString(),
    Matches(o.nonNegative ? NON_NEGATIVE_DECIMAL : DECIMAL, { message: 'must be a decimal number written as a string' }),
  );
export const IntField = (min: number, max: number, o: Opt = {}) =>
  applyDecorators(doc(o, { type: Number, minimum: min, maximum: max }), ...opt(o), IsInt(), Min(min), Max(max));
export const TimestampField = (o: Opt = {}) =>
  applyDecorators(doc(o, { type: String, format: 'date-time' }), ...opt(o), IsISO8601({ strict: true }));
export const DateField = (o: Opt = {}) =>
  applyDecorators(doc(o, { type: String, format: 'date', example: '2026-01-15' }), ...opt(o), Matches(DATE_ONLY), IsISO8601({ strict: true }));
export const TimeField = (o: Opt = {}) =>
  applyDecorators(doc(o, { type: String, example: '09:30', pattern: TIME_OF_DAY.source }), ...opt(o), Matches(TIME_OF_DAY));
export const UuidField = (o: Opt = {}) => applyDecorators(doc(o, { type: String, format: 'uuid' }), ...opt(o), IsUUID());
export const BoolField = (o: Opt = {}) => applyDecorators(doc(o, { type: Boolean }), ...opt(o), IsBoolean());

// Query-string filters (always optional; values arrive as strings).
export const QueryText = (max = 100) => applyDecorators(ApiPropertyOptional({ maxLength: max }), IsOptional(), IsString(), MaxLength(max));
export const QueryUuid = () => applyDecorators(ApiPropertyOptional({ format: 'uuid' }), IsOptional(), IsUUID());
export const QueryEnum = (values: readonly string[]) => applyDecorators(ApiPropertyOptional({ enum: values }), IsOptional(), IsIn(values as string[]));
export const QueryTime = (description: string) =>
  applyDecorators(ApiPropertyOptional({ format: 'date-time', description }), IsOptional(), IsISO8601({ strict: true }));
export const QueryBool = () =>
  applyDecorators(
    ApiPropertyOptional({ type: Boolean }),
    IsOptional(),
    Type(() => String),
    IsIn(['true', 'false']),
  );

// Response fields.
export const Id = () => ApiProperty({ format: 'uuid' });
export const Out = (extra: Record<string, unknown> = {}) => ApiProperty(extra);
// Untyped nullable fields are strings (the design type of `string | null` is Object, documented as an object).
export const OutNullable = (extra: Record<string, unknown> = {}) =>
  ApiProperty({ nullable: true, ...(extra.type || extra.enum ? {} : { type: String }), ...extra });
