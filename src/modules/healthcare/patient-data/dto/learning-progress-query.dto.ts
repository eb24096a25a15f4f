// The filters of a patient's learning progress: resource, completed.
import { PageQueryDto } from '../../../../common/pagination';
import { QueryBool, QueryUuid } from './fields';

export class LearningProgressQueryDto extends PageQueryDto {
  @QueryUuid() resourceId?: string;
  @QueryBool() completed?: string;
}
