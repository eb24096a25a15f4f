// The body that creates a catalog treatment.
import { TextField, UuidField } from './fields';

export class CreateTreatmentDto {
  @TextField(200, { required: true }) name!: string;
  @TextField(10000) description?: string | null;
  @TextField(100) treatmentType?: string | null;
  @UuidField({ description: 'A condition of the same organization' }) conditionId?: string | null;
  @TextField(200) manufacturer?: string | null;
  @TextField(500, { description: 'How the source of the treatment was verified (H traceability)' })
  sourceVerificationMethod?: string | null;
  @TextField(100, { example: 'FDA approved' }) regulatoryStatus?: string | null;
}
