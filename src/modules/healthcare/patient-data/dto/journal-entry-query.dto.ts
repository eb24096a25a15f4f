// The filters of a member's journal (companion app): emotion, tag, text search, date range.
import { QueryText } from './fields';
import { TimeRangeQueryDto } from './rows.dto';

export class JournalEntryQueryDto extends TimeRangeQueryDto {
  @QueryText(50) emotion?: string;
  @QueryText(50) tag?: string;
  @QueryText(200) q?: string;
}
