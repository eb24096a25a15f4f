// The answer for a member's calendar event (companion app), and a page of them.
import { ApiProperty } from '@nestjs/swagger';
import { PageMetaDto } from '../../../../common/dto/problem.dto';
import { Out, OutNullable } from './fields';
import { UserRowDto } from './rows.dto';

export class CalendarEventDto extends UserRowDto {
  @Out({ format: 'date' }) date!: string;
  @OutNullable({ example: '09:30' }) startTime!: string | null;
  @OutNullable({ example: '10:30' }) endTime!: string | null;
  @Out() title!: string;
  @OutNullable() description!: string | null;
  @OutNullable() locationName!: string | null;
  @OutNullable() locationAddress!: string | null;
  @OutNullable({ type: String }) locationLat!: string | null;
  @OutNullable({ type: String }) locationLng!: string | null;
  @OutNullable() emotion!: string | null;
  @OutNullable({ type: Number }) intensity!: number | null;
}

export class CalendarEventPageDto extends PageMetaDto {
  @ApiProperty({ type: [CalendarEventDto] }) items!: CalendarEventDto[];
}
