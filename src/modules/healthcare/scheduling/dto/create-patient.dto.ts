import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { PATIENT_SEXES } from '../scheduling.enums';
import { UpdateOwnPatientDto } from './update-own-patient.dto';

export class CreatePatientDto extends UpdateOwnPatientDto {
  @ApiPropertyOptional({
    nullable: true,
    format: 'uuid',
    description: "The patient's login, when they have one",
  })
  @IsOptional()
  @IsUUID()
  userId?: string;
  @ApiPropertyOptional({ nullable: true, description: 'Medical record number, unique in the organization' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  mrn?: string;
  @ApiProperty() @IsString() @Length(1, 100) firstName!: string;
  @ApiProperty() @IsString() @Length(1, 100) lastName!: string;
  @ApiPropertyOptional({ nullable: true, example: '1980-04-01' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  dateOfBirth?: string;
  @ApiPropertyOptional({ nullable: true, enum: PATIENT_SEXES })
  @IsOptional()
  @IsIn(PATIENT_SEXES)
  sex?: string;
}
