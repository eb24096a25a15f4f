// The answer for a patient's health goal, and a page of them.
import { ApiProperty } from '@nestjs/swagger';
import { PageMetaDto } from '../../../../common/dto/problem.dto';
import { GOAL_STATUSES } from '../patient-data.enums';
import { Out, OutNullable } from './fields';
import { PatientRowDto } from './rows.dto';

export class HealthGoalDto extends PatientRowDto {
  @Out() title!: string;
  @OutNullable() description!: string | null;
  @OutNullable({ type: String }) targetValue!: string | null;
  @OutNullable({ type: String }) currentValue!: string | null;
  @OutNullable({ type: String }) baselineValue!: string | null;
  @OutNullable() unit!: string | null;
  @Out() startDate!: Date;
  @OutNullable() targetDate!: Date | null;
  @Out({ enum: GOAL_STATUSES }) status!: string;
  @OutNullable({
    type: String,
    example: '65.00',
    description:
      'Progress towards the target in percent, 0 to 100 with two decimals, as a string: (current - baseline) / (target - baseline), or current / target without a baseline; null when a value is missing',
  })
  progressPercent!: string | null;
}

export class HealthGoalPageDto extends PageMetaDto {
  @ApiProperty({ type: [HealthGoalDto] }) items!: HealthGoalDto[];
}
