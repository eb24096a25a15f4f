import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsDate,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { MaxDecimalPlaces } from '../../../../common/validation';
import { SCHEDULE_STATUSES } from '../scheduling.enums';

export class CreateChamberScheduleDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() bookingId!: string;
  @ApiPropertyOptional({ nullable: true, default: 1 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  sequence?: number;
  @ApiPropertyOptional({ nullable: true, example: 2.0 })
  @IsOptional()
  @IsNumber()
  @MaxDecimalPlaces(2)
  @Min(0.01)
  @Max(10)
  pressureAta?: number;
  @ApiProperty() @IsInt() @Min(1) @Max(720) durationMinutes!: number;
  @ApiPropertyOptional({ nullable: true, format: 'uuid' })
  @IsOptional()
  @IsUUID()
  operatorProviderId?: string;
  @ApiPropertyOptional({ nullable: true, enum: SCHEDULE_STATUSES })
  @IsOptional()
  @IsIn(SCHEDULE_STATUSES)
  status?: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @Type(() => Date) @IsDate() startedAt?: Date;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @Type(() => Date) @IsDate() endedAt?: Date;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(4000) notes?: string;
}
