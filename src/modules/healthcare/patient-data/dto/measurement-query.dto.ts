// The filters of a patient's measurements: type, source, time range.
import { MEASUREMENT_SOURCES } from '../patient-data.enums';
import { QueryEnum, QueryText } from './fields';
import { TimeRangeQueryDto } from './rows.dto';

export class MeasurementQueryDto extends TimeRangeQueryDto {
  @QueryText(64) measurementType?: string;
  @QueryEnum(MEASUREMENT_SOURCES) source?: string;
}
