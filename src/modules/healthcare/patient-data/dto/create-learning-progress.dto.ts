// The body that creates a patient's learning progress.
import { BoolField, IntField, TimestampField, UuidField } from './fields';

export class CreateLearningProgressDto {
  @UuidField({ required: true }) resourceId!: string;
  @IntField(0, 100) progressPercent?: number;
  @BoolField() completed?: boolean;
  @TimestampField() lastAccessed?: string | null;
}
