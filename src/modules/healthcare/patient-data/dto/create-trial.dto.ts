// The body that creates a catalog trial.
import { TRIAL_PHASES, TRIAL_STATUSES } from '../patient-data.enums';
import { DateField, EnumField, TextField, UuidField } from './fields';

export class CreateTrialDto {
  @TextField(300, { required: true }) title!: string;
  @TextField(10000) description?: string | null;
  @TextField(64, { example: 'NCT01234567' }) registryId?: string | null;
  @EnumField(TRIAL_PHASES) phase?: string | null;
  @EnumField(TRIAL_STATUSES, { description: 'Defaults to planned' }) status?: string;
  @UuidField() conditionId?: string | null;
  @UuidField() treatmentId?: string | null;
  @TextField(200) sponsor?: string | null;
  @TextField(500) location?: string | null;
  @TextField(2000) url?: string | null;
  @DateField() startDate?: string | null;
  @DateField() endDate?: string | null;
}
