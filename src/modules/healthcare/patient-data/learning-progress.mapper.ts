// patient_learning_progress rows as the API answers them, and a body's fields as row values.
import type { CreateLearningProgressDto } from './dto/create-learning-progress.dto';
import type { LearningProgressDto } from './dto/learning-progress.response.dto';
import type { LearningProgress } from './entities';
import { defined, type RowValues } from './row-values';

export function toLearningProgressDto(row: LearningProgress): LearningProgressDto {
  return {
    id: row.id,
    orgId: row.orgId,
    patientId: row.patientId,
    resourceId: row.resourceId,
    progressPercent: row.progressPercent,
    completed: row.completed,
    lastAccessed: row.lastAccessed,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** The fields the body names; absent ones stay out. */
export function learningProgressValues(dto: Partial<CreateLearningProgressDto>): RowValues<LearningProgress> {
  return defined({
    resourceId: dto.resourceId,
    progressPercent: dto.progressPercent,
    completed: dto.completed,
    lastAccessed: dto.lastAccessed,
  });
}
