import { ApiProperty } from '@nestjs/swagger';
import { PageMetaDto } from '../../../common/dto/problem.dto';
import { PageQueryDto } from '../../../common/pagination';
import { AI_STATUSES } from '../entities';

export class AiCommandLogDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() model!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'What was asked (kind, sizes), never content',
  })
  input!: Record<string, unknown>;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true }) output!: Record<
    string,
    unknown
  > | null;
  @ApiProperty({ enum: AI_STATUSES }) status!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Why the call failed' }) error!: string | null;
  @ApiProperty({ type: Number, nullable: true }) latencyMs!: number | null;
  @ApiProperty({ type: Number, nullable: true }) promptTokens!: number | null;
  @ApiProperty({ type: Number, nullable: true }) completionTokens!: number | null;
  @ApiProperty() createdAt!: Date;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) completedAt!: Date | null;
}

export class AiCommandLogPageDto extends PageMetaDto {
  @ApiProperty({ type: [AiCommandLogDto] }) items!: AiCommandLogDto[];
}

export class AiCommandLogQueryDto extends PageQueryDto {}
