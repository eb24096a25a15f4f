// The answer for a patient's food log entry, and a page of them.
import { ApiProperty } from '@nestjs/swagger';
import { PageMetaDto } from '../../../../common/dto/problem.dto';
import { Out, OutNullable } from './fields';
import { PatientRowDto } from './rows.dto';

export class FoodLogDto extends PatientRowDto {
  @Out() timestamp!: Date;
  @Out() foodName!: string;
  @OutNullable({ type: String }) quantity!: string | null;
  @OutNullable() unit!: string | null;
  @OutNullable({ type: Number }) calories!: number | null;
  @OutNullable({ type: String }) protein!: string | null;
  @OutNullable({ type: String }) carbs!: string | null;
  @OutNullable({ type: String }) fat!: string | null;
  @OutNullable() notes!: string | null;
}

export class FoodLogPageDto extends PageMetaDto {
  @ApiProperty({ type: [FoodLogDto] }) items!: FoodLogDto[];
}
