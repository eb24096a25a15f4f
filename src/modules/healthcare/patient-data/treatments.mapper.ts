// treatments rows as the API answers them, and a body's fields as row values.
import type { CreateTreatmentDto } from './dto/create-treatment.dto';
import type { TreatmentDto } from './dto/treatment.response.dto';
import type { Treatment } from './entities';
import { defined, type RowValues } from './row-values';

export function toTreatmentDto(row: Treatment): TreatmentDto {
  return {
    id: row.id,
    orgId: row.orgId,
    name: row.name,
    description: row.description,
    treatmentType: row.treatmentType,
    conditionId: row.conditionId,
    manufacturer: row.manufacturer,
    sourceVerificationMethod: row.sourceVerificationMethod,
    regulatoryStatus: row.regulatoryStatus,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** The fields the body names; absent ones stay out. */
export function treatmentValues(dto: Partial<CreateTreatmentDto>): RowValues<Treatment> {
  return defined({
    name: dto.name,
    description: dto.description,
    treatmentType: dto.treatmentType,
    conditionId: dto.conditionId,
    manufacturer: dto.manufacturer,
    sourceVerificationMethod: dto.sourceVerificationMethod,
    regulatoryStatus: dto.regulatoryStatus,
  });
}
