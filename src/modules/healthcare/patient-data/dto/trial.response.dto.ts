// The answer for a catalog trial, and a page of them.
import { ApiProperty } from '@nestjs/swagger';
import { PageMetaDto } from '../../../../common/dto/problem.dto';
import { TRIAL_PHASES, TRIAL_STATUSES } from '../patient-data.enums';
import { Out, OutNullable } from './fields';
import { CatalogRowDto } from './rows.dto';

export class TrialDto extends CatalogRowDto {
  @Out() title!: string;
  @OutNullable() description!: string | null;
  @OutNullable() registryId!: string | null;
  @OutNullable({ enum: TRIAL_PHASES }) phase!: string | null;
  @Out({ enum: TRIAL_STATUSES }) status!: string;
  @OutNullable({ format: 'uuid' }) conditionId!: string | null;
  @OutNullable({ format: 'uuid' }) treatmentId!: string | null;
  @OutNullable() sponsor!: string | null;
  @OutNullable() location!: string | null;
  @OutNullable() url!: string | null;
  @OutNullable({ format: 'date' }) startDate!: string | null;
  @OutNullable({ format: 'date' }) endDate!: string | null;
}

export class TrialPageDto extends PageMetaDto {
  @ApiProperty({ type: [TrialDto] }) items!: TrialDto[];
}
