// The filters of a publishing organization's treatments: condition, type, regulatory status, name search.
import { QueryText, QueryUuid } from './fields';
import { CatalogQueryDto } from './rows.dto';

export class TreatmentQueryDto extends CatalogQueryDto {
  @QueryUuid() conditionId?: string;
  @QueryText() treatmentType?: string;
  @QueryText() regulatoryStatus?: string;
}
