// The filters of a member's daily moods (companion app): emotion, time range.
import { QueryText } from './fields';
import { TimeRangeQueryDto } from './rows.dto';

export class DailyMoodQueryDto extends TimeRangeQueryDto {
  @QueryText(50) emotion?: string;
}
