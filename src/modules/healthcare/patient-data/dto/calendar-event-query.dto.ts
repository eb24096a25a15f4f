// The filters of a member's calendar (companion app): emotion, text search, date range.
import { QueryText } from './fields';
import { TimeRangeQueryDto } from './rows.dto';

export class CalendarEventQueryDto extends TimeRangeQueryDto {
  @QueryText(50) emotion?: string;
  @QueryText(200) q?: string;
}
