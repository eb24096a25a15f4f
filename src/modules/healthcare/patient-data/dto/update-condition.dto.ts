// The body that updates a catalog condition: any field of the create body (null clears an optional one).
import { PartialType } from '@nestjs/swagger';
import { CreateConditionDto } from './create-condition.dto';

export class UpdateConditionDto extends PartialType(CreateConditionDto) {}
