// journal_entries: one typed query per method, on the request transaction (RLS as the caller).
import { Injectable } from '@nestjs/common';
import { repo } from '../../../common/database/repository';
import { paginate, type Page } from '../../../common/pagination';
import type { JournalEntryQueryDto } from './dto/journal-entry-query.dto';
import { JournalEntry } from './entities';
import { containsText, inTimeRange } from './list-filters';
import { writable, type RowValues } from './row-values';

@Injectable()
export class JournalEntriesRepository {
  /** One page of a member's journal entries in an organization, newest first. */
  list(userId: string, orgId: string, q: JournalEntryQueryDto): Promise<Page<JournalEntry>> {
    const qb = repo(JournalEntry)
      .createQueryBuilder('j')
      .where('j.userId = :userId AND j.orgId = :orgId', { userId, orgId });
    if (q.emotion) qb.andWhere('j.emotion = :emotion', { emotion: q.emotion });
    if (q.tag) qb.andWhere('CAST(:tag AS text) = ANY(j.tags)', { tag: q.tag });
    inTimeRange(qb, 'j.date', q);
    containsText(qb, 'j.content', q.q);
    return paginate(qb, q);
  }

  findById(id: string): Promise<JournalEntry | null> {
    return repo(JournalEntry).findOneBy({ id });
  }

  /** Inserts the row and reads it back as stored (defaults, triggers). */
  async insert(values: RowValues<JournalEntry>): Promise<JournalEntry> {
    const { identifiers } = await repo(JournalEntry).insert(writable(values));
    return repo(JournalEntry).findOneByOrFail({ id: identifiers[0].id as string });
  }

  /** Updates the row and reads it back; null when no row with this id is visible and writable. */
  async update(id: string, values: RowValues<JournalEntry>): Promise<JournalEntry | null> {
    const { affected } = await repo(JournalEntry).update({ id }, writable(values));
    return affected ? this.findById(id) : null;
  }

  /** false when no row with this id is visible and deletable. */
  async delete(id: string): Promise<boolean> {
    const { affected } = await repo(JournalEntry).delete({ id });
    return !!affected;
  }
}
