// The filters of a patient's condition events: condition, event type, time range.
import { QueryText, QueryUuid } from './fields';
import { TimeRangeQueryDto } from './rows.dto';

export class ConditionEventQueryDto extends TimeRangeQueryDto {
  @QueryUuid() conditionId?: string;
  @QueryText() eventType?: string;
}
