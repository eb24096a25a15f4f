import { ApiProperty } from '@nestjs/swagger';
import { PageMetaDto } from '../../../../common/dto/problem.dto';
import { RECORD_TYPES } from '../scheduling.enums';
import { CreateMedicalRecordDto } from './create-medical-record.dto';

export class MedicalRecordDto extends CreateMedicalRecordDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: 'integer', minimum: 1, description: '1 as written; each amendment adds one' })
  version!: number;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When the current version was written by an amendment; null for the original',
  })
  amendedAt!: Date | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Why the current version was written; null for the original',
  })
  amendmentReason!: string | null;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}
export class MedicalRecordPageDto extends PageMetaDto {
  @ApiProperty({ type: [MedicalRecordDto] }) items!: MedicalRecordDto[];
}

/** A version of a record as it was before an amendment replaced it. */
export class MedicalRecordVersionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) recordId!: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) version!: number;
  @ApiProperty({ format: 'uuid', description: 'The author of this version (the record’s author)' })
  providerId!: string;
  @ApiProperty({ enum: RECORD_TYPES }) recordType!: string;
  @ApiProperty() title!: string;
  @ApiProperty() content!: string;
  @ApiProperty() recordedAt!: Date;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Why this version was written; null for the record as first written',
  })
  reason!: string | null;
  @ApiProperty({ description: 'When this version was written' }) writtenAt!: Date;
  @ApiProperty({ description: 'When an amendment replaced it' }) supersededAt!: Date;
}
export class MedicalRecordVersionPageDto extends PageMetaDto {
  @ApiProperty({ type: [MedicalRecordVersionDto] }) items!: MedicalRecordVersionDto[];
}
