// trials rows as the API answers them, and a body's fields as row values.
import type { CreateTrialDto } from './dto/create-trial.dto';
import type { TrialDto } from './dto/trial.response.dto';
import type { Trial } from './entities';
import type { TrialPhase, TrialStatus } from './patient-data.enums';
import { defined, type RowValues } from './row-values';

export function toTrialDto(row: Trial): TrialDto {
  return {
    id: row.id,
    orgId: row.orgId,
    title: row.title,
    description: row.description,
    registryId: row.registryId,
    phase: row.phase,
    status: row.status,
    conditionId: row.conditionId,
    treatmentId: row.treatmentId,
    sponsor: row.sponsor,
    location: row.location,
    url: row.url,
    startDate: row.startDate,
    endDate: row.endDate,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** The fields the body names (enum values are checked by the DTO against the same lists); absent ones stay out. */
export function trialValues(dto: Partial<CreateTrialDto>): RowValues<Trial> {
  return defined({
    title: dto.title,
    description: dto.description,
    registryId: dto.registryId,
    phase: dto.phase as TrialPhase | null | undefined,
    status: dto.status as TrialStatus | undefined,
    conditionId: dto.conditionId,
    treatmentId: dto.treatmentId,
    sponsor: dto.sponsor,
    location: dto.location,
    url: dto.url,
    startDate: dto.startDate,
    endDate: dto.endDate,
  });
}
