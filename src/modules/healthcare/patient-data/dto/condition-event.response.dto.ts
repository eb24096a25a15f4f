// The answer for a patient's condition event, and a page of them.
import { ApiProperty } from '@nestjs/swagger';
import { PageMetaDto } from '../../../../common/dto/problem.dto';
import { Out, OutNullable } from './fields';
import { PatientRowDto } from './rows.dto';

export class ConditionEventDto extends PatientRowDto {
  @OutNullable({ format: 'uuid' }) conditionId!: string | null;
  @Out() eventType!: string;
  @Out() timestamp!: Date;
  @OutNullable({ type: Number }) severity!: number | null;
  @OutNullable() notes!: string | null;
}

export class ConditionEventPageDto extends PageMetaDto {
  @ApiProperty({ type: [ConditionEventDto] }) items!: ConditionEventDto[];
}
