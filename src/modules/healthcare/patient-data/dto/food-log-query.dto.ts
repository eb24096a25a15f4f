// The filters of a patient's food log: food name search, time range.
import { QueryText } from './fields';
import { TimeRangeQueryDto } from './rows.dto';

export class FoodLogQueryDto extends TimeRangeQueryDto {
  @QueryText(200) q?: string;
}
