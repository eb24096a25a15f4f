import { ApiProperty } from '@nestjs/swagger';
import { PageMetaDto } from '../../../../common/dto/problem.dto';

export class CareTeamMemberDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid', description: 'The patient record (patients.id)' }) patientId!: string;
  @ApiProperty({ format: 'uuid', description: 'The provider (providers.id)' }) providerId!: string;
  @ApiProperty() since!: Date;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'A planned end' })
  until!: Date | null;
  @ApiProperty() reason!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Null for migrated ties' })
  grantedBy!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) endedAt!: Date | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) endedBy!: string | null;
  @ApiProperty({ description: 'Not ended and not past its planned end: the provider treats the patient' })
  active!: boolean;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}

export class CareTeamMemberPageDto extends PageMetaDto {
  @ApiProperty({ type: [CareTeamMemberDto] }) items!: CareTeamMemberDto[];
}
