// The body that updates a member's journal entry (companion app): any field of the create body (null
// clears an optional one).
import { PartialType } from '@nestjs/swagger';
import { CreateJournalEntryDto } from './create-journal-entry.dto';

export class UpdateJournalEntryDto extends PartialType(CreateJournalEntryDto) {}
