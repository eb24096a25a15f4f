// The filters of a publishing organization's learning resources: type, related condition or treatment,
// title search.
import { RESOURCE_TYPES } from '../patient-data.enums';
import { QueryEnum, QueryUuid } from './fields';
import { CatalogQueryDto } from './rows.dto';

export class LearningResourceQueryDto extends CatalogQueryDto {
  @QueryEnum(RESOURCE_TYPES) resourceType?: string;
  @QueryUuid() relatedConditionId?: string;
  @QueryUuid() relatedTreatmentId?: string;
}
