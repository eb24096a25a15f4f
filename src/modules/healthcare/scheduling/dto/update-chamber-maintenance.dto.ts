import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { MAINTENANCE_KINDS } from '../scheduling.enums';

export class UpdateMaintenanceDto {
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @Type(() => Date) @IsDate() startsAt?: Date;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @Type(() => Date) @IsDate() endsAt?: Date;
  @ApiPropertyOptional({ nullable: true, enum: MAINTENANCE_KINDS })
  @IsOptional()
  @IsIn(MAINTENANCE_KINDS)
  kind?: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(2000) reason?: string;
}
