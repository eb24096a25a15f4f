// treatments: one typed query per method, on the request transaction (RLS as the caller).
import { Injectable } from '@nestjs/common';
import { repo } from '../../../common/database/repository';
import { paginate, type Page } from '../../../common/pagination';
import type { TreatmentQueryDto } from './dto/treatment-query.dto';
import { Treatment } from './entities';
import { containsText } from './list-filters';
import { writable, type RowValues } from './row-values';

@Injectable()
export class TreatmentsRepository {
  /** One page of an organization's treatments (q.orgId: the catalog is public), newest first. */
  list(q: TreatmentQueryDto): Promise<Page<Treatment>> {
    const qb = repo(Treatment).createQueryBuilder('t').where('t.orgId = :orgId', { orgId: q.orgId });
    if (q.conditionId) qb.andWhere('t.conditionId = :conditionId', { conditionId: q.conditionId });
    if (q.treatmentType) qb.andWhere('t.treatmentType = :treatmentType', { treatmentType: q.treatmentType });
    if (q.regulatoryStatus)
      qb.andWhere('t.regulatoryStatus = :regulatoryStatus', { regulatoryStatus: q.regulatoryStatus });
    containsText(qb, 't.name', q.q);
    return paginate(qb, q);
  }

  findById(id: string): Promise<Treatment | null> {
    return repo(Treatment).findOneBy({ id });
  }

  /** Inserts the row and reads it back as stored (defaults, triggers). */
  async insert(values: RowValues<Treatment>): Promise<Treatment> {
    const { identifiers } = await repo(Treatment).insert(writable(values));
    return repo(Treatment).findOneByOrFail({ id: identifiers[0].id as string });
  }

  /** Updates the row and reads it back; null when no row with this id is visible and writable. */
  async update(id: string, values: RowValues<Treatment>): Promise<Treatment | null> {
    const { affected } = await repo(Treatment).update({ id }, writable(values));
    return affected ? this.findById(id) : null;
  }

  /** false when no row with this id is visible and deletable. */
  async delete(id: string): Promise<boolean> {
    const { affected } = await repo(Treatment).delete({ id });
    return !!affected;
  }
}
