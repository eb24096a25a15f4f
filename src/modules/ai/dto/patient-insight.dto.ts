import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsUUID } from 'class-validator';
import { PageMetaDto } from '../../../common/dto/problem.dto';
import { PageQueryDto } from '../../../common/pagination';

export class PatientInsightQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description:
      "Whose insights (the patient's user id); a provider without it lists every patient's they treat",
  })
  @IsOptional()
  @IsUUID()
  patientId?: string;
}

export class UpdatePatientInsightDto {
  @ApiPropertyOptional({ description: 'true marks it viewed (now)' })
  @IsOptional()
  @IsBoolean()
  viewed?: boolean;
  @ApiPropertyOptional({ description: 'Hidden insights are not shown to providers' })
  @IsOptional()
  @IsBoolean()
  hidden?: boolean;
}

export class PatientInsightDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) patientId!: string;
  @ApiProperty() insightType!: string;
  @ApiProperty() insightText!: string;
  @ApiProperty({ type: String, nullable: true, description: '0 to 1, as a decimal string' })
  confidenceScore!: string | null;
  @ApiProperty({
    type: 'array',
    items: { type: 'object', additionalProperties: true },
    description: 'Which rows and which statistic the insight rests on',
  })
  dataSources!: Record<string, unknown>[];
  @ApiProperty() generatedAt!: Date;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) viewedAt!: Date | null;
  @ApiProperty() isHidden!: boolean;
}

export class PatientInsightPageDto extends PageMetaDto {
  @ApiProperty({ type: [PatientInsightDto] }) items!: PatientInsightDto[];
}
