// The body that updates a catalog treatment: any field of the create body (null clears an optional one).
import { PartialType } from '@nestjs/swagger';
import { CreateTreatmentDto } from './create-treatment.dto';

export class UpdateTreatmentDto extends PartialType(CreateTreatmentDto) {}
