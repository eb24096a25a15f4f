// user_memory: the caller's long-term memory, on the current transaction (RLS: own rows, pro plan only).
import { Injectable } from '@nestjs/common';
import { repo } from '../../common/database/repository';
import { sql } from '../../common/database/sql';
import { paginate, type Page, type PageQueryDto } from '../../common/pagination';
import { UserMemory, type MemorySource } from './entities';

@Injectable()
export class UserMemoryRepository {
  /** The caller's profile plan ('free' when there is no profile). */
  async callerPlan(): Promise<string> {
    const row = await sql().one<{ plan: string }>(
      `SELECT plan FROM public.profiles WHERE user_id = auth.uid()`,
    );
    return row?.plan ?? 'free';
  }

  async callerOnPro(): Promise<boolean> {
    return (await this.callerPlan()) === 'pro';
  }

  list(userId: string, orgId: string, q: PageQueryDto): Promise<Page<UserMemory>> {
    const qb = repo(UserMemory)
      .createQueryBuilder('m')
      .where('m.userId = :userId AND m.orgId = :orgId', { userId, orgId });
    return paginate(qb, q);
  }

  findById(id: string): Promise<UserMemory | null> {
    return repo(UserMemory).findOneBy({ id });
  }

  /** Inserts a memory; a source distilled before keeps its first memory (null then). */
  async insert(values: {
    summary: string;
    sourceType: MemorySource;
    sourceId: string | null;
  }): Promise<UserMemory | null> {
    const result = await repo(UserMemory)
      .createQueryBuilder()
      .insert()
      .values(values)
      .orIgnore()
      .returning('id')
      .execute();
    const id = (result.raw as { id: string }[])[0]?.id;
    return id ? repo(UserMemory).findOneByOrFail({ id }) : null;
  }

  async update(id: string, summary: string): Promise<UserMemory | null> {
    const { affected } = await repo(UserMemory).update({ id }, { summary });
    return affected ? this.findById(id) : null;
  }

  async delete(id: string): Promise<boolean> {
    const { affected } = await repo(UserMemory).delete({ id });
    return !!affected;
  }

  /** The text of one of the caller's journal entries (null when not theirs or absent). */
  async journalEntryText(id: string): Promise<{ title: string | null; content: string } | null> {
    const row = await sql().one<{ title: string | null; content: string }>(
      `SELECT title, content FROM public.journal_entries WHERE id = $1`,
      [id],
    );
    return row ?? null;
  }
}
