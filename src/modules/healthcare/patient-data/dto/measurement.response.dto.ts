// The answer for a patient's measurement, and a page of them.
import { ApiProperty } from '@nestjs/swagger';
import { PageMetaDto } from '../../../../common/dto/problem.dto';
import { MEASUREMENT_SOURCES } from '../patient-data.enums';
import { Out, OutNullable } from './fields';
import { PatientRowDto } from './rows.dto';

export class MeasurementDto extends PatientRowDto {
  @Out() measurementType!: string;
  @Out({ type: String, example: '72.5', description: 'Decimal as a string' }) value!: string;
  @OutNullable() unit!: string | null;
  @Out() measuredAt!: Date;
  @Out({ enum: MEASUREMENT_SOURCES }) source!: string;
  @OutNullable() notes!: string | null;
  @OutNullable({ format: 'uuid' }) orderItemId!: string | null;
}

export class MeasurementPageDto extends PageMetaDto {
  @ApiProperty({ type: [MeasurementDto] }) items!: MeasurementDto[];
}
