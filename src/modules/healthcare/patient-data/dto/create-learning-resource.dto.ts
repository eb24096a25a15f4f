// The body that creates a catalog learning resource.
import { RESOURCE_TYPES } from '../patient-data.enums';
import { EnumField, TextField, UuidField } from './fields';

export class CreateLearningResourceDto {
  @TextField(300, { required: true }) title!: string;
  @TextField(10000) description?: string | null;
  @EnumField(RESOURCE_TYPES, { required: true }) resourceType!: string;
  @TextField(2000) contentUrl?: string | null;
  @TextField(200000) content?: string | null;
  @UuidField() relatedConditionId?: string | null;
  @UuidField() relatedTreatmentId?: string | null;
}
