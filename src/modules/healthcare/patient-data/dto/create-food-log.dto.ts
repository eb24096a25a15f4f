// The body that creates a patient's food log entry.
import { DecimalField, IntField, TextField, TimestampField } from './fields';

export class CreateFoodLogDto {
  @TimestampField({ description: 'Defaults to now' }) timestamp?: string;
  @TextField(200, { required: true }) foodName!: string;
  @DecimalField({ nonNegative: true, example: '1.5' }) quantity?: string | null;
  @TextField(32) unit?: string | null;
  @IntField(0, 100000) calories?: number | null;
  @DecimalField({ nonNegative: true, example: '12.4' }) protein?: string | null;
  @DecimalField({ nonNegative: true, example: '30' }) carbs?: string | null;
  @DecimalField({ nonNegative: true, example: '8.2' }) fat?: string | null;
  @TextField(2000) notes?: string | null;
}
