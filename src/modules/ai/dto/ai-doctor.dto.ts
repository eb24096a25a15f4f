import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsIn, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { PageMetaDto } from '../../../common/dto/problem.dto';
import { PageQueryDto } from '../../../common/pagination';
import { AI_DOCTOR_SESSION_TYPES, PERMISSION_LEVELS } from '../entities';

/** The documented limit of a transcript (a longer one is a 400). */
export const MAX_TRANSCRIPT_CHARS = 100_000;

export class CreateAiDoctorSessionDto {
  @ApiProperty({ enum: AI_DOCTOR_SESSION_TYPES }) @IsIn(AI_DOCTOR_SESSION_TYPES) sessionType!: string;
}

export class PutTranscriptDto {
  @ApiProperty({
    maxLength: MAX_TRANSCRIPT_CHARS,
    description: 'The whole transcript so far (replaces the stored one)',
  })
  @IsString()
  @Length(1, MAX_TRANSCRIPT_CHARS)
  transcript!: string;
}

export class EndAiDoctorSessionDto {
  @ApiPropertyOptional({
    maxLength: 8000,
    description: 'Without one, the rule-based writer summarises the transcript',
  })
  @IsOptional()
  @IsString()
  @MaxLength(8000)
  summary?: string;
}

export class ShareAiDoctorSessionDto {
  @ApiProperty({ format: 'uuid', description: 'A provider (providers.id) of the organization' })
  @IsUUID()
  providerId!: string;
  @ApiProperty({
    enum: PERMISSION_LEVELS,
    description: "'summary': the summary only; 'full': the transcript too",
  })
  @IsIn(PERMISSION_LEVELS)
  permissionLevel!: string;
  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    description: 'In the future; without: until revoked',
  })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  expiresAt?: Date;
}

export class AiDoctorSessionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid', description: "The patient's user id" }) patientId!: string;
  @ApiProperty({ enum: AI_DOCTOR_SESSION_TYPES }) sessionType!: string;
  @ApiProperty() startTime!: Date;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) endTime!: Date | null;
  @ApiProperty({ type: String, nullable: true }) summary!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Where the encrypted transcript is kept' })
  transcriptPath!: string | null;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'The decrypted transcript (the patient, or a provider with a full grant; single reads only)',
  })
  transcript?: string | null;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}

export class AiDoctorSessionPageDto extends PageMetaDto {
  @ApiProperty({ type: [AiDoctorSessionDto] }) items!: AiDoctorSessionDto[];
}

export class AiDoctorShareDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) sessionId!: string;
  @ApiProperty({ format: 'uuid' }) providerId!: string;
  @ApiProperty({ enum: PERMISSION_LEVELS }) permissionLevel!: string;
  @ApiProperty() sharedAt!: Date;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) expiresAt!: Date | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) revokedAt!: Date | null;
  @ApiProperty({ description: 'Neither revoked nor expired' }) active!: boolean;
}

export class AiDoctorSharePageDto extends PageMetaDto {
  @ApiProperty({ type: [AiDoctorShareDto] }) items!: AiDoctorShareDto[];
}

export class AiDoctorQueryDto extends PageQueryDto {}
