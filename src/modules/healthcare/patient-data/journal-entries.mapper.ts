// journal_entries rows as the API answers them, and a body's fields as row values.
import type { CreateJournalEntryDto } from './dto/create-journal-entry.dto';
import type { JournalEntryDto } from './dto/journal-entry.response.dto';
import type { JournalEntry } from './entities';
import { defined, type RowValues } from './row-values';

export function toJournalEntryDto(row: JournalEntry): JournalEntryDto {
  return {
    id: row.id,
    orgId: row.orgId,
    userId: row.userId,
    title: row.title,
    content: row.content,
    date: row.date,
    emotion: row.emotion,
    tags: row.tags,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** The fields the body names; absent ones stay out. */
export function journalEntryValues(dto: Partial<CreateJournalEntryDto>): RowValues<JournalEntry> {
  return defined({
    title: dto.title,
    content: dto.content,
    date: dto.date,
    emotion: dto.emotion,
    tags: dto.tags,
  });
}
