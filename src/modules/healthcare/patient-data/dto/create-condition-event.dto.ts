// The body that creates a patient's condition event.
import { IntField, TextField, TimestampField, UuidField } from './fields';

export class CreateConditionEventDto {
  @UuidField({ description: 'A condition of the catalog of this organization' }) conditionId?: string | null;
  @TextField(100, { required: true, example: 'flare_up' }) eventType!: string;
  @TimestampField({ description: 'Defaults to now' }) timestamp?: string;
  @IntField(0, 10) severity?: number | null;
  @TextField(2000) notes?: string | null;
}
