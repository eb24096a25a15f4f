import { ApiProperty } from '@nestjs/swagger';
import { PageMetaDto } from '../../../../common/dto/problem.dto';

export class BreakGlassGrantDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid', description: 'The patient record (patients.id)' }) patientId!: string;
  @ApiProperty({ format: 'uuid', description: 'The provider (providers.id) who opened it' })
  providerId!: string;
  @ApiProperty() reason!: string;
  @ApiProperty() openedAt!: Date;
  @ApiProperty() expiresAt!: Date;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) closedAt!: Date | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) closedBy!: string | null;
  @ApiProperty({ description: "Not closed and not expired: the provider reads the patient's data" })
  open!: boolean;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}

export class BreakGlassGrantPageDto extends PageMetaDto {
  @ApiProperty({ type: [BreakGlassGrantDto] }) items!: BreakGlassGrantDto[];
}
