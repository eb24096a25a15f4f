// The body that creates a patient's import source.
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';
import { IMPORT_STATUSES } from '../patient-data.enums';
import { EnumField, TextField } from './fields';

export class CreateImportSourceDto {
  @TextField(200, { required: true, example: 'Fitbit' }) sourceName!: string;
  @TextField(50, { required: true, example: 'wearable' }) sourceType!: string;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    writeOnly: true,
    minLength: 1,
    maxLength: 4096,
    description: 'Stored encrypted; never returned',
  })
  @IsOptional()
  @IsString()
  @Length(1, 4096)
  authToken?: string | null;
  @EnumField(IMPORT_STATUSES, { description: 'Defaults to active' }) status?: string;
}
