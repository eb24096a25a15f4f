import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { MAINTENANCE_KINDS } from '../scheduling.enums';

export class CreateMaintenanceDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() chamberId!: string;
  @ApiProperty() @Type(() => Date) @IsDate() startsAt!: Date;
  @ApiProperty() @Type(() => Date) @IsDate() endsAt!: Date;
  @ApiPropertyOptional({ nullable: true, enum: MAINTENANCE_KINDS, default: 'scheduled' })
  @IsOptional()
  @IsIn(MAINTENANCE_KINDS)
  kind?: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(2000) reason?: string;
}
