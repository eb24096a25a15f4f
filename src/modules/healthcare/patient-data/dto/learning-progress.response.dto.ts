// The answer for a patient's learning progress, and a page of them.
import { ApiProperty } from '@nestjs/swagger';
import { PageMetaDto } from '../../../../common/dto/problem.dto';
import { Out, OutNullable } from './fields';
import { PatientRowDto } from './rows.dto';

export class LearningProgressDto extends PatientRowDto {
  @Out({ format: 'uuid' }) resourceId!: string;
  @Out() progressPercent!: number;
  @Out() completed!: boolean;
  @OutNullable() lastAccessed!: Date | null;
}

export class LearningProgressPageDto extends PageMetaDto {
  @ApiProperty({ type: [LearningProgressDto] }) items!: LearningProgressDto[];
}
