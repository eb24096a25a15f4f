// The filters of a patient's import sources: source type, status.
import { PageQueryDto } from '../../../../common/pagination';
import { IMPORT_STATUSES } from '../patient-data.enums';
import { QueryEnum, QueryText } from './fields';

export class ImportSourceQueryDto extends PageQueryDto {
  @QueryText(50) sourceType?: string;
  @QueryEnum(IMPORT_STATUSES) status?: string;
}
