// conditions: one typed query per method, on the request transaction (RLS as the caller).
import { Injectable } from '@nestjs/common';
import { repo } from '../../../common/database/repository';
import { paginate, type Page } from '../../../common/pagination';
import type { ConditionQueryDto } from './dto/condition-query.dto';
import { Condition } from './entities';
import { containsText } from './list-filters';
import { writable, type RowValues } from './row-values';

@Injectable()
export class ConditionsRepository {
  /** One page of an organization's conditions (q.orgId: the catalog is public), newest first. */
  list(q: ConditionQueryDto): Promise<Page<Condition>> {
    const qb = repo(Condition).createQueryBuilder('c').where('c.orgId = :orgId', { orgId: q.orgId });
    if (q.category) qb.andWhere('c.category = :category', { category: q.category });
    if (q.code) qb.andWhere('c.code = :code', { code: q.code });
    containsText(qb, 'c.name', q.q);
    return paginate(qb, q);
  }

  findById(id: string): Promise<Condition | null> {
    return repo(Condition).findOneBy({ id });
  }

  /** Inserts the row and reads it back as stored (defaults, triggers). */
  async insert(values: RowValues<Condition>): Promise<Condition> {
    const { identifiers } = await repo(Condition).insert(writable(values));
    return repo(Condition).findOneByOrFail({ id: identifiers[0].id as string });
  }

  /** Updates the row and reads it back; null when no row with this id is visible and writable. */
  async update(id: string, values: RowValues<Condition>): Promise<Condition | null> {
    const { affected } = await repo(Condition).update({ id }, writable(values));
    return affected ? this.findById(id) : null;
  }

  /** false when no row with this id is visible and deletable. */
  async delete(id: string): Promise<boolean> {
    const { affected } = await repo(Condition).delete({ id });
    return !!affected;
  }
}
