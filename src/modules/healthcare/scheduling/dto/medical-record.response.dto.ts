import { ApiProperty } from '@nestjs/swagger';
import { PageMetaDto } from '../../../../common/dto/problem.dto';
import { CreateMedicalRecordDto } from './create-medical-record.dto';

export class MedicalRecordDto extends CreateMedicalRecordDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}
export class MedicalRecordPageDto extends PageMetaDto {
  @ApiProperty({ type: [MedicalRecordDto] }) items!: MedicalRecordDto[];
}
