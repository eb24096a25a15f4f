// The answer for a patient's activity log entry, and a page of them.
import { ApiProperty } from '@nestjs/swagger';
import { PageMetaDto } from '../../../../common/dto/problem.dto';
import { INTENSITIES } from '../patient-data.enums';
import { Out, OutNullable } from './fields';
import { PatientRowDto } from './rows.dto';

export class ActivityLogDto extends PatientRowDto {
  @Out() activityType!: string;
  @Out() timestamp!: Date;
  @OutNullable({ type: Number }) duration!: number | null;
  @OutNullable({ enum: INTENSITIES }) intensity!: string | null;
  @OutNullable({ type: Number }) caloriesBurned!: number | null;
  @OutNullable() notes!: string | null;
}

export class ActivityLogPageDto extends PageMetaDto {
  @ApiProperty({ type: [ActivityLogDto] }) items!: ActivityLogDto[];
}
