import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { MaxDecimalPlaces } from '../../../../common/validation';
import { CHAMBER_KINDS } from '../scheduling.enums';
import { HHMM } from './fields';

export class CreateChamberDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() facilityId!: string;
  @ApiProperty({ example: 'Chamber A' }) @IsString() @Length(1, 200) name!: string;
  @ApiPropertyOptional({ nullable: true, enum: CHAMBER_KINDS, default: 'monoplace' })
  @IsOptional()
  @IsIn(CHAMBER_KINDS)
  kind?: string;
  @ApiPropertyOptional({ nullable: true, default: 1 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  capacity?: number;
  @ApiPropertyOptional({ nullable: true, example: 2.4 })
  @IsOptional()
  @IsNumber()
  @MaxDecimalPlaces(2)
  @Min(0.01)
  @Max(10)
  maxPressureAta?: number;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(4000) description?: string;
  @ApiPropertyOptional({
    nullable: true,
    example: '08:00',
    description: 'Opening time, facility time (HH:MM)',
  })
  @IsOptional()
  @Matches(HHMM)
  opensAt?: string;
  @ApiPropertyOptional({
    nullable: true,
    example: '18:00',
    description: 'Closing time, facility time (HH:MM; 00:00 = midnight)',
  })
  @IsOptional()
  @Matches(HHMM)
  closesAt?: string;
  @ApiPropertyOptional({
    nullable: true,
    type: [Number],
    example: [1, 2, 3, 4, 5],
    description: 'ISO weekdays open (1 = Monday)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(7)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(7, { each: true })
  openDays?: number[];
  @ApiPropertyOptional({ nullable: true, default: true }) @IsOptional() @IsBoolean() isActive?: boolean;
}
