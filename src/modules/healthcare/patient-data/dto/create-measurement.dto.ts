// The body that creates a patient's measurement.
import { MEASUREMENT_SOURCES } from '../patient-data.enums';
import { DecimalField, EnumField, TextField, TimestampField, UuidField } from './fields';

export class CreateMeasurementDto {
  @TextField(64, {
    required: true,
    example: 'weight',
    description: 'snake_case kind: weight, glucose, heart_rate, ...',
  })
  measurementType!: string;
  @DecimalField({ required: true, example: '72.5' }) value!: string;
  @TextField(32, { example: 'kg' }) unit?: string | null;
  @TimestampField({ description: 'Defaults to now' }) measuredAt?: string;
  @EnumField(MEASUREMENT_SOURCES, { description: 'Defaults to manual' }) source?: string;
  @TextField(2000) notes?: string | null;
  @UuidField({ description: 'The order item the reading relates to (commerce)' }) orderItemId?: string | null;
}
