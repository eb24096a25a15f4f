import { ApiProperty } from '@nestjs/swagger';
import { Allow } from 'class-validator';

/** Any JSON value; its shape is the key's schema (GET /api/instance/settings lists them). */
const JSON_VALUE = {
  description: "A JSON value fitting the setting's schema",
  // null through one branch only (OpenAPI 3.0 has no null type, and nullable needs a type beside it).
  oneOf: [
    { type: 'string' },
    { type: 'number' },
    { type: 'boolean' },
    { type: 'object', additionalProperties: true, nullable: true },
    { type: 'array', items: {} },
  ],
};

export class SettingDto {
  @ApiProperty({ example: 'instance.name' }) key!: string;
  @ApiProperty({ example: 'general' }) category!: string;
  @ApiProperty() description!: string;
  @ApiProperty({
    description: 'The JSON Schema the value must satisfy',
    type: 'object',
    additionalProperties: true,
  })
  schema!: Record<string, unknown>;
  @ApiProperty(JSON_VALUE) value!: unknown;
  @ApiProperty({ description: 'Unset: the value is the default' }) isDefault!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) updatedAt!: Date | null;
}

export class PutSettingDto {
  @ApiProperty(JSON_VALUE)
  @Allow()
  value!: unknown;
}
