// The answer for a member's journal entry (companion app), and a page of them.
import { ApiProperty } from '@nestjs/swagger';
import { PageMetaDto } from '../../../../common/dto/problem.dto';
import { Out, OutNullable } from './fields';
import { UserRowDto } from './rows.dto';

export class JournalEntryDto extends UserRowDto {
  @OutNullable() title!: string | null;
  @Out() content!: string;
  @Out({ format: 'date' }) date!: string;
  @OutNullable() emotion!: string | null;
  @Out({ type: [String] }) tags!: string[];
}

export class JournalEntryPageDto extends PageMetaDto {
  @ApiProperty({ type: [JournalEntryDto] }) items!: JournalEntryDto[];
}
