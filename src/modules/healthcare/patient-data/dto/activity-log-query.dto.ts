// The filters of a patient's activity log: activity type, intensity, time range.
import { INTENSITIES } from '../patient-data.enums';
import { QueryEnum, QueryText } from './fields';
import { TimeRangeQueryDto } from './rows.dto';

export class ActivityLogQueryDto extends TimeRangeQueryDto {
  @QueryText() activityType?: string;
  @QueryEnum(INTENSITIES) intensity?: string;
}
