// patient_health_goals rows as the API answers them, and a body's fields as row values.
import type { CreateHealthGoalDto } from './dto/create-health-goal.dto';
import type { HealthGoalDto } from './dto/health-goal.response.dto';
import type { HealthGoal } from './entities';
import type { GoalStatus } from './patient-data.enums';
import { defined, type RowValues } from './row-values';

export function toHealthGoalDto(row: HealthGoal): HealthGoalDto {
  return {
    id: row.id,
    orgId: row.orgId,
    patientId: row.patientId,
    title: row.title,
    description: row.description,
    targetValue: row.targetValue,
    currentValue: row.currentValue,
    baselineValue: row.baselineValue,
    unit: row.unit,
    startDate: row.startDate,
    targetDate: row.targetDate,
    status: row.status,
    progressPercent: row.progressPercent,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** The fields the body names (enum values are checked by the DTO against the same lists); absent ones stay out. */
export function healthGoalValues(dto: Partial<CreateHealthGoalDto>): RowValues<HealthGoal> {
  return defined({
    title: dto.title,
    description: dto.description,
    targetValue: dto.targetValue,
    currentValue: dto.currentValue,
    baselineValue: dto.baselineValue,
    unit: dto.unit,
    startDate: dto.startDate,
    targetDate: dto.targetDate,
    status: dto.status as GoalStatus | undefined,
  });
}
