// patient_condition_events rows as the API answers them, and a body's fields as row values.
import type { CreateConditionEventDto } from './dto/create-condition-event.dto';
import type { ConditionEventDto } from './dto/condition-event.response.dto';
import type { ConditionEvent } from './entities';
import { defined, type RowValues } from './row-values';

export function toConditionEventDto(row: ConditionEvent): ConditionEventDto {
  return {
    id: row.id,
    orgId: row.orgId,
    patientId: row.patientId,
    conditionId: row.conditionId,
    eventType: row.eventType,
    timestamp: row.timestamp,
    severity: row.severity,
    notes: row.notes,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** The fields the body names; absent ones stay out. */
export function conditionEventValues(dto: Partial<CreateConditionEventDto>): RowValues<ConditionEvent> {
  return defined({
    conditionId: dto.conditionId,
    eventType: dto.eventType,
    timestamp: dto.timestamp,
    severity: dto.severity,
    notes: dto.notes,
  });
}
