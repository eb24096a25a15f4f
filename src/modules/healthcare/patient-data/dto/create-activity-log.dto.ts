// The body that creates a patient's activity log entry.
import { INTENSITIES } from '../patient-data.enums';
import { EnumField, IntField, TextField, TimestampField } from './fields';

export class CreateActivityLogDto {
  @TextField(100, { required: true, example: 'walking' }) activityType!: string;
  @TimestampField({ description: 'Defaults to now' }) timestamp?: string;
  @IntField(0, 100000, { description: 'Minutes' }) duration?: number | null;
  @EnumField(INTENSITIES) intensity?: string | null;
  @IntField(0, 100000) caloriesBurned?: number | null;
  @TextField(2000) notes?: string | null;
}
