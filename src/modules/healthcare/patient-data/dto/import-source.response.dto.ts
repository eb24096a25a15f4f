// The answer for a patient's import source, and a page of them.
import { ApiProperty } from '@nestjs/swagger';
import { PageMetaDto } from '../../../../common/dto/problem.dto';
import { IMPORT_STATUSES } from '../patient-data.enums';
import { Out, OutNullable } from './fields';
import { PatientRowDto } from './rows.dto';

export class ImportSourceDto extends PatientRowDto {
  @Out() sourceName!: string;
  @Out() sourceType!: string;
  @Out({ description: 'Whether an auth token is stored (the token itself is never returned)' })
  hasToken!: boolean;
  @Out({ enum: IMPORT_STATUSES }) status!: string;
  @OutNullable() lastSync!: Date | null;
}

export class ImportSourcePageDto extends PageMetaDto {
  @ApiProperty({ type: [ImportSourceDto] }) items!: ImportSourceDto[];
}
