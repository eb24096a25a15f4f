// patient_activity_log rows as the API answers them, and a body's fields as row values.
import type { CreateActivityLogDto } from './dto/create-activity-log.dto';
import type { ActivityLogDto } from './dto/activity-log.response.dto';
import type { ActivityLogEntry } from './entities';
import type { Intensity } from './patient-data.enums';
import { defined, type RowValues } from './row-values';

export function toActivityLogDto(row: ActivityLogEntry): ActivityLogDto {
  return {
    id: row.id,
    orgId: row.orgId,
    patientId: row.patientId,
    activityType: row.activityType,
    timestamp: row.timestamp,
    duration: row.duration,
    intensity: row.intensity,
    caloriesBurned: row.caloriesBurned,
    notes: row.notes,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** The fields the body names (enum values are checked by the DTO against the same lists); absent ones stay out. */
export function activityLogValues(dto: Partial<CreateActivityLogDto>): RowValues<ActivityLogEntry> {
  return defined({
    activityType: dto.activityType,
    timestamp: dto.timestamp,
    duration: dto.duration,
    intensity: dto.intensity as Intensity | null | undefined,
    caloriesBurned: dto.caloriesBurned,
    notes: dto.notes,
  });
}
