import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsIn, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { RECORD_TYPES } from '../scheduling.enums';

export class CreateMedicalRecordDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() patientId!: string;
  @ApiPropertyOptional({
    nullable: true,
    format: 'uuid',
    description: "The author; defaults to the calling provider's entry",
  })
  @IsOptional()
  @IsUUID()
  providerId?: string;
  @ApiPropertyOptional({ nullable: true, format: 'uuid' }) @IsOptional() @IsUUID() bookingId?: string;
  @ApiPropertyOptional({ nullable: true, enum: RECORD_TYPES, default: 'note' })
  @IsOptional()
  @IsIn(RECORD_TYPES)
  recordType?: string;
  @ApiProperty() @IsString() @Length(1, 200) title!: string;
  @ApiProperty() @IsString() @MaxLength(100000) content!: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @Type(() => Date) @IsDate() recordedAt?: Date;
}
