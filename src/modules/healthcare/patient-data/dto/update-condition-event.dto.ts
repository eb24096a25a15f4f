// The body that updates a patient's condition event: any field of the create body (null clears an optional
// one).
import { PartialType } from '@nestjs/swagger';
import { CreateConditionEventDto } from './create-condition-event.dto';

export class UpdateConditionEventDto extends PartialType(CreateConditionEventDto) {}
