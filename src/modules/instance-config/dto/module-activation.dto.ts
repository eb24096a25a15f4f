import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsObject, IsOptional, IsString, Length } from 'class-validator';

export class ModuleActivationDto {
  @ApiProperty({ example: 'payments' }) module!: string;
  @ApiProperty({ description: 'In force now: switched on, past its activation date, before its expiration' })
  active!: boolean;
  @ApiProperty({ description: 'Switched on (dates aside)' }) isActive!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) activationDate!: Date | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) expirationDate!: Date | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) settings!: Record<string, unknown>;
  @ApiProperty({ description: 'False: never configured, on by default' }) configured!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) updatedAt!: Date | null;
}

export class ActivateModuleDto {
  @ApiPropertyOptional({ type: String, format: 'date-time', description: 'From when (default: now)' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  activationDate?: Date;
  @ApiPropertyOptional({ type: String, format: 'date-time', description: 'Until when (default: no end)' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  expirationDate?: Date;
  @ApiPropertyOptional({
    description: 'The licence key; stored as a SHA-256 hash only',
    minLength: 8,
    maxLength: 500,
  })
  @IsOptional()
  @IsString()
  @Length(8, 500)
  activationKey?: string;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true })
  @IsOptional()
  @IsObject()
  settings?: Record<string, unknown>;
}
