// The filters of a publishing organization's trials: status, phase, condition, treatment, title search.
import { TRIAL_PHASES, TRIAL_STATUSES } from '../patient-data.enums';
import { QueryEnum, QueryUuid } from './fields';
import { CatalogQueryDto } from './rows.dto';

export class TrialQueryDto extends CatalogQueryDto {
  @QueryEnum(TRIAL_STATUSES) status?: string;
  @QueryEnum(TRIAL_PHASES) phase?: string;
  @QueryUuid() conditionId?: string;
  @QueryUuid() treatmentId?: string;
}
