// Companion app: a member's journal, theirs alone (not even a treating provider reads it).
import { Injectable } from '@nestjs/common';
import { notFound } from '../../../common/errors/domain-error';
import { caller } from './caller';
import type { CreateJournalEntryDto } from './dto/create-journal-entry.dto';
import type { JournalEntryQueryDto } from './dto/journal-entry-query.dto';
import type { JournalEntryDto, JournalEntryPageDto } from './dto/journal-entry.response.dto';
import type { UpdateJournalEntryDto } from './dto/update-journal-entry.dto';
import { journalEntryValues, toJournalEntryDto } from './journal-entries.mapper';
import { JournalEntriesRepository } from './journal-entries.repository';

@Injectable()
export class JournalEntriesService {
  constructor(private readonly journalEntries: JournalEntriesRepository) {}

  async list(q: JournalEntryQueryDto): Promise<JournalEntryPageDto> {
    const { userId, orgId } = caller();
    const page = await this.journalEntries.list(userId, orgId, q);
    return { items: page.items.map(toJournalEntryDto), nextCursor: page.nextCursor };
  }

  async get(id: string): Promise<JournalEntryDto> {
    const row = await this.journalEntries.findById(id);
    if (!row) throw notFound('journal entry');
    return toJournalEntryDto(row);
  }

  async create(dto: CreateJournalEntryDto): Promise<JournalEntryDto> {
    return toJournalEntryDto(
      await this.journalEntries.insert({ ...journalEntryValues(dto), userId: caller().userId }),
    );
  }

  async update(id: string, dto: UpdateJournalEntryDto): Promise<JournalEntryDto> {
    const values = journalEntryValues(dto);
    // An empty patch changes nothing: the row as it is (404 when it is not visible).
    const row = Object.keys(values).length
      ? await this.journalEntries.update(id, values)
      : await this.journalEntries.findById(id);
    if (!row) throw notFound('journal entry');
    return toJournalEntryDto(row);
  }

  async remove(id: string): Promise<void> {
    if (!(await this.journalEntries.delete(id))) throw notFound('journal entry');
  }
}
