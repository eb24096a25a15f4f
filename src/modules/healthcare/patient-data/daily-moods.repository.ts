// daily_moods: one typed query per method, on the request transaction (RLS as the caller).
import { Injectable } from '@nestjs/common';
import { repo } from '../../../common/database/repository';
import { paginate, type Page } from '../../../common/pagination';
import type { DailyMoodQueryDto } from './dto/daily-mood-query.dto';
import { DailyMood } from './entities';
import { inTimeRange } from './list-filters';
import { writable, type RowValues } from './row-values';

@Injectable()
export class DailyMoodsRepository {
  /** One page of a member's moods in an organization, newest first. */
  list(userId: string, orgId: string, q: DailyMoodQueryDto): Promise<Page<DailyMood>> {
    const qb = repo(DailyMood)
      .createQueryBuilder('d')
      .where('d.userId = :userId AND d.orgId = :orgId', { userId, orgId });
    if (q.emotion) qb.andWhere('d.emotion = :emotion', { emotion: q.emotion });
    inTimeRange(qb, 'd.createdAt', q);
    return paginate(qb, q);
  }

  findById(id: string): Promise<DailyMood | null> {
    return repo(DailyMood).findOneBy({ id });
  }

  /** Inserts the row and reads it back as stored (defaults, triggers). */
  async insert(values: RowValues<DailyMood>): Promise<DailyMood> {
    const { identifiers } = await repo(DailyMood).insert(writable(values));
    return repo(DailyMood).findOneByOrFail({ id: identifiers[0].id as string });
  }

  /** Updates the row and reads it back; null when no row with this id is visible and writable. */
  async update(id: string, values: RowValues<DailyMood>): Promise<DailyMood | null> {
    const { affected } = await repo(DailyMood).update({ id }, writable(values));
    return affected ? this.findById(id) : null;
  }

  /** false when no row with this id is visible and deletable. */
  async delete(id: string): Promise<boolean> {
    const { affected } = await repo(DailyMood).delete({ id });
    return !!affected;
  }
}
