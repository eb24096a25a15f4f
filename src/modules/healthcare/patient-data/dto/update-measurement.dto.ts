// The body that updates a patient's measurement: any field of the create body (null clears an optional one).
import { PartialType } from '@nestjs/swagger';
import { CreateMeasurementDto } from './create-measurement.dto';

export class UpdateMeasurementDto extends PartialType(CreateMeasurementDto) {}
