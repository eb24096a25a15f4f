import { ApiProperty } from '@nestjs/swagger';
import { PageMetaDto } from '../../../../common/dto/problem.dto';
import { CreatePatientDto } from './create-patient.dto';

export class PatientDto extends CreatePatientDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}
export class PatientPageDto extends PageMetaDto {
  @ApiProperty({ type: [PatientDto] }) items!: PatientDto[];
}
