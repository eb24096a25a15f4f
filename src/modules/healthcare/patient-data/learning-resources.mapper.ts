// learning_resources rows as the API answers them, and a body's fields as row values.
import type { CreateLearningResourceDto } from './dto/create-learning-resource.dto';
import type { LearningResourceDto } from './dto/learning-resource.response.dto';
import type { LearningResource } from './entities';
import type { ResourceType } from './patient-data.enums';
import { defined, type RowValues } from './row-values';

export function toLearningResourceDto(row: LearningResource): LearningResourceDto {
  return {
    id: row.id,
    orgId: row.orgId,
    title: row.title,
    description: row.description,
    resourceType: row.resourceType,
    contentUrl: row.contentUrl,
    content: row.content,
    relatedConditionId: row.relatedConditionId,
    relatedTreatmentId: row.relatedTreatmentId,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** The fields the body names (enum values are checked by the DTO against the same lists); absent ones stay out. */
export function learningResourceValues(dto: Partial<CreateLearningResourceDto>): RowValues<LearningResource> {
  return defined({
    title: dto.title,
    description: dto.description,
    resourceType: dto.resourceType as ResourceType | undefined,
    contentUrl: dto.contentUrl,
    content: dto.content,
    relatedConditionId: dto.relatedConditionId,
    relatedTreatmentId: dto.relatedTreatmentId,
  });
}
