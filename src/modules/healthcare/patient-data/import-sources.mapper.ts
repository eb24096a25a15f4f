// patient_data_import_sources rows as the API answers them, and a body's fields as row values.
import type { CreateImportSourceDto } from './dto/create-import-source.dto';
import type { ImportSourceDto } from './dto/import-source.response.dto';
import type { ImportSource } from './entities';
import type { ImportStatus } from './patient-data.enums';
import { defined, type RowValues } from './row-values';

export function toImportSourceDto(row: ImportSource): ImportSourceDto {
  return {
    id: row.id,
    orgId: row.orgId,
    patientId: row.patientId,
    sourceName: row.sourceName,
    sourceType: row.sourceType,
    status: row.status,
    hasToken: row.hasToken,
    lastSync: row.lastSync,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** The fields the body names (enum values are checked by the DTO against the same lists); absent ones stay out. */
export function importSourceValues(dto: Partial<CreateImportSourceDto>): RowValues<ImportSource> {
  return defined({
    sourceName: dto.sourceName,
    sourceType: dto.sourceType,
    status: dto.status as ImportStatus | undefined,
  });
}
