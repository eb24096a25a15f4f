// measurements rows as the API answers them, and a body's fields as row values.
import type { CreateMeasurementDto } from './dto/create-measurement.dto';
import type { MeasurementDto } from './dto/measurement.response.dto';
import type { Measurement } from './entities';
import type { MeasurementSource } from './patient-data.enums';
import { defined, type RowValues } from './row-values';

export function toMeasurementDto(row: Measurement): MeasurementDto {
  return {
    id: row.id,
    orgId: row.orgId,
    patientId: row.patientId,
    measurementType: row.measurementType,
    value: row.value,
    unit: row.unit,
    measuredAt: row.measuredAt,
    source: row.source,
    notes: row.notes,
    orderItemId: row.orderItemId,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** The fields the body names (enum values are checked by the DTO against the same lists); absent ones stay out. */
export function measurementValues(dto: Partial<CreateMeasurementDto>): RowValues<Measurement> {
  return defined({
    measurementType: dto.measurementType,
    value: dto.value,
    unit: dto.unit,
    measuredAt: dto.measuredAt,
    source: dto.source as MeasurementSource | undefined,
    notes: dto.notes,
    orderItemId: dto.orderItemId,
  });
}
