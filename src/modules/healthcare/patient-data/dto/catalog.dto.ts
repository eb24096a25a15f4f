// Public catalogs: conditions, treatments, trials, learning resources.
import { ApiProperty, PartialType } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { PageMetaDto } from '../../../../common/dto/problem.dto';
import { PageQueryDto } from '../../../../common/pagination';
import { DateField, EnumField, Id, Out, OutNullable, QueryEnum, QueryText, QueryUuid, TextField, UuidField } from './fields';

export const TRIAL_PHASES = ['early_1', '1', '1_2', '2', '2_3', '3', '4', 'not_applicable'] as const;
export const TRIAL_STATUSES = ['planned', 'recruiting', 'active', 'completed', 'suspended', 'terminated', 'withdrawn'] as const;
export const RESOURCE_TYPES = ['article', 'video', 'audio', 'course', 'guide', 'infographic', 'other'] as const;

class CatalogRowDto {
  @Id() id!: string;
  @Out({ format: 'uuid', description: 'The organization that publishes the entry' }) orgId!: string;
  @OutNullable({ format: 'uuid' }) createdBy!: string | null;
  @Out() createdAt!: Date;
  @Out() updatedAt!: Date;
}

/** A public catalog is browsed per publishing organization (any organization may be named: it is public). */
class CatalogQueryDto extends PageQueryDto {
  @ApiProperty({ format: 'uuid', description: 'The organization whose catalog to list' })
  @IsUUID()
  orgId!: string;
  @QueryText(200) q?: string;
}

// ---- conditions ----
export class CreateConditionDto {
  @TextField(200, { required: true, example: 'Type 2 diabetes' }) name!: string;
  @TextField(32, { example: 'E11' }) code?: string | null;
  @TextField(32, { example: 'ICD-10' }) codeSystem?: string | null;
  @TextField(100) category?: string | null;
  @TextField(10000) description?: string | null;
}
export class UpdateConditionDto extends PartialType(CreateConditionDto) {}
export class ConditionDto extends CatalogRowDto {
  @Out() name!: string;
  @OutNullable() code!: string | null;
  @OutNullable() codeSystem!: string | null;
  @OutNullable() category!: string | null;
  @OutNullable() description!: string | null;
}
export class ConditionPageDto extends PageMetaDto {
  @ApiProperty({ type: [ConditionDto] }) items!: ConditionDto[];
}
export class ConditionQueryDto extends CatalogQueryDto {
  @QueryText() category?: string;
  @QueryText(32) code?: string;
}

// ---- treatments ----
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
export class UpdateTreatmentDto extends PartialType(CreateTreatmentDto) {}
export class TreatmentDto extends CatalogRowDto {
  @Out() name!: string;
  @OutNullable() description!: string | null;
  @OutNullable() treatmentType!: string | null;
  @OutNullable({ format: 'uuid' }) conditionId!: string | null;
  @OutNullable() manufacturer!: string | null;
  @OutNullable() sourceVerificationMethod!: string | null;
  @OutNullable() regulatoryStatus!: string | null;
}
export class TreatmentPageDto extends PageMetaDto {
  @ApiProperty({ type: [TreatmentDto] }) items!: TreatmentDto[];
}
export class TreatmentQueryDto extends CatalogQueryDto {
  @QueryUuid() conditionId?: string;
  @QueryText() treatmentType?: string;
  @QueryText() regulatoryStatus?: string;
}

// ---- trials ----
export class CreateTrialDto {
  @TextField(300, { required: true }) title!: string;
  @TextField(10000) description?: string | null;
  @TextField(64, { example: 'NCT01234567' }) registryId?: string | null;
  @EnumField(TRIAL_PHASES) phase?: string | null;
  @EnumField(TRIAL_STATUSES, { description: 'Defaults to planned' }) status?: string;
  @UuidField() conditionId?: string | null;
  @UuidField() treatmentId?: string | null;
  @TextField(200) sponsor?: string | null;
  @TextField(500) location?: string | null;
  @TextField(2000) url?: string | null;
  @DateField() startDate?: string | null;
  @DateField() endDate?: string | null;
}
export class UpdateTrialDto extends PartialType(CreateTrialDto) {}
export class TrialDto extends CatalogRowDto {
  @Out() title!: string;
  @OutNullable() description!: string | null;
  @OutNullable() registryId!: string | null;
  @OutNullable({ enum: TRIAL_PHASES }) phase!: string | null;
  @Out({ enum: TRIAL_STATUSES }) status!: string;
  @OutNullable({ format: 'uuid' }) conditionId!: string | null;
  @OutNullable({ format: 'uuid' }) treatmentId!: string | null;
  @OutNullable() sponsor!: string | null;
  @OutNullable() location!: string | null;
  @OutNullable() url!: string | null;
  @OutNullable({ format: 'date' }) startDate!: string | null;
  @OutNullable({ format: 'date' }) endDate!: string | null;
}
export class TrialPageDto extends PageMetaDto {
  @ApiProperty({ type: [TrialDto] }) items!: TrialDto[];
}
export class TrialQueryDto extends CatalogQueryDto {
  @QueryEnum(TRIAL_STATUSES) status?: string;
  @QueryEnum(TRIAL_PHASES) phase?: string;
  @QueryUuid() conditionId?: string;
  @QueryUuid() treatmentId?: string;
}

// ---- learning resources ----
export class CreateLearningResourceDto {
  @TextField(300, { required: true }) title!: string;
  @TextField(10000) description?: string | null;
  @EnumField(RESOURCE_TYPES, { required: true }) resourceType!: string;
  @TextField(2000) contentUrl?: string | null;
  @TextField(200000) content?: string | null;
  @UuidField() relatedConditionId?: string | null;
  @UuidField() relatedTreatmentId?: string | null;
}
export class UpdateLearningResourceDto extends PartialType(CreateLearningResourceDto) {}
export class LearningResourceDto extends CatalogRowDto {
  @Out() title!: string;
  @OutNullable() description!: string | null;
  @Out({ enum: RESOURCE_TYPES }) resourceType!: string;
  @OutNullable() contentUrl!: string | null;
  @OutNullable() content!: string | null;
  @OutNullable({ format: 'uuid' }) relatedConditionId!: string | null;
  @OutNullable({ format: 'uuid' }) relatedTreatmentId!: string | null;
}
export class LearningResourcePageDto extends PageMetaDto {
  @ApiProperty({ type: [LearningResourceDto] }) items!: LearningResourceDto[];
}
export class LearningResourceQueryDto extends CatalogQueryDto {
  @QueryEnum(RESOURCE_TYPES) resourceType?: string;
  @QueryUuid() relatedConditionId?: string;
  @QueryUuid() relatedTreatmentId?: string;
}
