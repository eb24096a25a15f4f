import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Allow, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageMetaDto } from '../../../common/dto/problem.dto';

/** system_config.config_key's CHECK. */
export const SYSTEM_CONFIG_KEY = /^[a-z][a-z0-9_.]{0,99}$/;

const JSON_VALUE = {
  description: 'Any JSON value',
  // null through one branch only (OpenAPI 3.0 has no null type, and nullable needs a type beside it).
  oneOf: [
    { type: 'string' },
    { type: 'number' },
    { type: 'boolean' },
    { type: 'object', additionalProperties: true, nullable: true },
    { type: 'array', items: {} },
  ],
};

export class SystemConfigDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'mail.from_name', pattern: SYSTEM_CONFIG_KEY.source }) key!: string;
  @ApiProperty(JSON_VALUE) value!: unknown;
  @ApiProperty({ type: String, nullable: true, maxLength: 1000 }) description!: string | null;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}

export class SystemConfigPageDto extends PageMetaDto {
  @ApiProperty({ type: [SystemConfigDto] }) items!: SystemConfigDto[];
}

export class PutSystemConfigDto {
  @ApiProperty(JSON_VALUE)
  @Allow()
  value!: unknown;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 1000, description: 'Omitted: none' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  description?: string | null;
}
