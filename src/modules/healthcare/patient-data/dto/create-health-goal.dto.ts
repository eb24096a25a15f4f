// The body that creates a patient's health goal.
import { GOAL_STATUSES } from '../patient-data.enums';
import { DecimalField, EnumField, TextField, TimestampField } from './fields';

export class CreateHealthGoalDto {
  @TextField(200, { required: true, example: 'Walk 10,000 steps a day' }) title!: string;
  @TextField(2000) description?: string | null;
  @DecimalField({ example: '10000' }) targetValue?: string | null;
  @DecimalField({ example: '6500' }) currentValue?: string | null;
  @DecimalField({
    description: 'Starting value; makes progress work for goals that go down (weight 90 -> 80)',
  })
  baselineValue?: string | null;
  @TextField(32) unit?: string | null;
  @TimestampField({ description: 'Defaults to now' }) startDate?: string;
  @TimestampField() targetDate?: string | null;
  @EnumField(GOAL_STATUSES, { description: 'Defaults to active' }) status?: string;
}
