import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDate,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
} from 'class-validator';
import { LEAD_SCORES, LEAD_STATUSES } from '../scheduling.enums';

export class CreateContactDto {
  @ApiProperty() @IsString() @Length(1, 200) name!: string;
  @ApiPropertyOptional({
    nullable: true,
    example: '+15551234567',
    description: 'Unique within the organization',
  })
  @IsOptional()
  @IsString()
  @Length(3, 40)
  phone?: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsEmail() @MaxLength(320) email?: string;
  @ApiPropertyOptional({ nullable: true, type: [String], example: ['hbot', 'wound-care'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  serviceInterests?: string[];
  @ApiPropertyOptional({ nullable: true, enum: LEAD_SCORES, default: 'cold' })
  @IsOptional()
  @IsIn(LEAD_SCORES)
  leadScore?: string;
  @ApiPropertyOptional({ nullable: true, enum: LEAD_STATUSES, default: 'new' })
  @IsOptional()
  @IsIn(LEAD_STATUSES)
  leadStatus?: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @Type(() => Date) @IsDate() lastContactAt?: Date;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(10000) notes?: string;
  @ApiPropertyOptional({
    nullable: true,
    format: 'uuid',
    description: "The clinic's patient record this lead became",
  })
  @IsOptional()
  @IsUUID()
  patientId?: string;
}
