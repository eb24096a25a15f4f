// The filters of a publishing organization's conditions: category, code, name search.
import { QueryText } from './fields';
import { CatalogQueryDto } from './rows.dto';

export class ConditionQueryDto extends CatalogQueryDto {
  @QueryText() category?: string;
  @QueryText(32) code?: string;
}
