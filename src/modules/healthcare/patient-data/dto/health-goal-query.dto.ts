// The filters of a patient's health goals: status, start date range.
import { GOAL_STATUSES } from '../patient-data.enums';
import { QueryEnum } from './fields';
import { TimeRangeQueryDto } from './rows.dto';

export class HealthGoalQueryDto extends TimeRangeQueryDto {
  @QueryEnum(GOAL_STATUSES) status?: string;
}
