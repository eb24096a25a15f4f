// The answer for a catalog learning resource, and a page of them.
import { ApiProperty } from '@nestjs/swagger';
import { PageMetaDto } from '../../../../common/dto/problem.dto';
import { RESOURCE_TYPES } from '../patient-data.enums';
import { Out, OutNullable } from './fields';
import { CatalogRowDto } from './rows.dto';

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
