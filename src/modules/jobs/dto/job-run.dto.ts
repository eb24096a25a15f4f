import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { PageMetaDto } from '../../../common/dto/problem.dto';
import { PageQueryDto } from '../../../common/pagination';

export const JOB_NAME_PATTERN = /^[a-z0-9][a-z0-9-]{0,62}$/;

export class JobDto {
  @ApiProperty({ example: 'archive-audit-logs' }) name!: string;
  @ApiProperty({ example: '30 3 * * *', description: 'Cron expression, UTC' }) cron!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ description: 'Statement timeout of a run; a run older than this is considered crashed' })
  timeoutSeconds!: number;
}

export class JobRunDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'archive-audit-logs' }) job!: string;
  @ApiProperty({ description: 'The scheduled fire time this run stands for (to the second)' }) slot!: Date;
  @ApiProperty({ enum: ['running', 'succeeded', 'failed'] }) status!: string;
  @ApiProperty() startedAt!: Date;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) finishedAt!: Date | null;
  @ApiProperty({ type: Number, nullable: true }) durationMs!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Rows the run changed' }) rowsAffected!: number | null;
  @ApiProperty({ type: String, nullable: true }) error!: string | null;
  @ApiProperty({ description: '1, or more when a failed or crashed run of the slot was retried' }) attempt!: number;
  @ApiProperty({ description: 'The instance (host:pid) that ran it' }) instance!: string;
}

export class JobRunPageDto extends PageMetaDto {
  @ApiProperty({ type: [JobRunDto] }) items!: JobRunDto[];
}

export class JobRunQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Only runs of this job', example: 'archive-audit-logs' })
  @IsOptional()
  @Matches(JOB_NAME_PATTERN, { message: 'job must be a job name' })
  job?: string;
}
