import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsIn, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { RECORD_TYPES } from '../scheduling.enums';

const AMEND =
  'Refused (422): clinical content is amended, never overwritten: POST /api/medical-records/{id}/amendments';

/**
 * What a PATCH may change: the booking the record belongs to. The clinical content fields are declared so that a
 * PATCH naming them is answered with the amendment route rather than "unknown property".
 */
export class UpdateMedicalRecordDto {
  @ApiPropertyOptional({ nullable: true, format: 'uuid' }) @IsOptional() @IsUUID() bookingId?: string;
  @ApiPropertyOptional({ enum: RECORD_TYPES, deprecated: true, description: AMEND })
  @IsOptional()
  @IsIn(RECORD_TYPES)
  recordType?: string;
  @ApiPropertyOptional({ deprecated: true, description: AMEND })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  title?: string;
  @ApiPropertyOptional({ deprecated: true, description: AMEND })
  @IsOptional()
  @IsString()
  @MaxLength(100000)
  content?: string;
  @ApiPropertyOptional({ deprecated: true, description: AMEND })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  recordedAt?: Date;
}
