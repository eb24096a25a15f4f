// The answer for a member's daily mood (companion app), and a page of them.
import { ApiProperty } from '@nestjs/swagger';
import { PageMetaDto } from '../../../../common/dto/problem.dto';
import { Out, OutNullable } from './fields';
import { UserRowDto } from './rows.dto';

export class DailyMoodDto extends UserRowDto {
  @Out() emotion!: string;
  @OutNullable({ type: Number }) intensity!: number | null;
  @OutNullable() fruit!: string | null;
  @OutNullable() note!: string | null;
}

export class DailyMoodPageDto extends PageMetaDto {
  @ApiProperty({ type: [DailyMoodDto] }) items!: DailyMoodDto[];
}
