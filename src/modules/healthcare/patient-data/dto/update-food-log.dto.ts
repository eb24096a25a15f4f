// The body that updates a patient's food log entry: any field of the create body (null clears an optional
// one).
import { PartialType } from '@nestjs/swagger';
import { CreateFoodLogDto } from './create-food-log.dto';

export class UpdateFoodLogDto extends PartialType(CreateFoodLogDto) {}
