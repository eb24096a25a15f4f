// patient_food_log: one typed query per method, on the request transaction (RLS as the caller).
import { Injectable } from '@nestjs/common';
import { repo } from '../../../common/database/repository';
import { paginate, type Page } from '../../../common/pagination';
import type { FoodLogQueryDto } from './dto/food-log-query.dto';
import { FoodLogEntry } from './entities';
import { containsText, inTimeRange } from './list-filters';
import { writable, type RowValues } from './row-values';

@Injectable()
export class FoodLogsRepository {
  /** One page of a patient's food log entries in an organization, newest first. */
  list(patientId: string, orgId: string, q: FoodLogQueryDto): Promise<Page<FoodLogEntry>> {
    const qb = repo(FoodLogEntry)
      .createQueryBuilder('f')
      .where('f.patientId = :patientId AND f.orgId = :orgId', { patientId, orgId });
    inTimeRange(qb, 'f.timestamp', q);
    containsText(qb, 'f.foodName', q.q);
    return paginate(qb, q);
  }

  findById(id: string): Promise<FoodLogEntry | null> {
    return repo(FoodLogEntry).findOneBy({ id });
  }

  /** Inserts the row and reads it back as stored (defaults, triggers). */
  async insert(values: RowValues<FoodLogEntry>): Promise<FoodLogEntry> {
    const { identifiers } = await repo(FoodLogEntry).insert(writable(values));
    return repo(FoodLogEntry).findOneByOrFail({ id: identifiers[0].id as string });
  }

  /** Updates the row and reads it back; null when no row with this id is visible and writable. */
  async update(id: string, values: RowValues<FoodLogEntry>): Promise<FoodLogEntry | null> {
    const { affected } = await repo(FoodLogEntry).update({ id }, writable(values));
    return affected ? this.findById(id) : null;
  }

  /** false when no row with this id is visible and deletable. */
  async delete(id: string): Promise<boolean> {
    const { affected } = await repo(FoodLogEntry).delete({ id });
    return !!affected;
  }
}
