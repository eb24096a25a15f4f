// trials: one typed query per method, on the request transaction (RLS as the caller).
import { Injectable } from '@nestjs/common';
import { repo } from '../../../common/database/repository';
import { paginate, type Page } from '../../../common/pagination';
import type { TrialQueryDto } from './dto/trial-query.dto';
import { Trial } from './entities';
import { containsText } from './list-filters';
import { writable, type RowValues } from './row-values';

@Injectable()
export class TrialsRepository {
  /** One page of an organization's trials (q.orgId: the catalog is public), newest first. */
  list(q: TrialQueryDto): Promise<Page<Trial>> {
    const qb = repo(Trial).createQueryBuilder('t').where('t.orgId = :orgId', { orgId: q.orgId });
    if (q.status) qb.andWhere('t.status = :status', { status: q.status });
    if (q.phase) qb.andWhere('t.phase = :phase', { phase: q.phase });
    if (q.conditionId) qb.andWhere('t.conditionId = :conditionId', { conditionId: q.conditionId });
    if (q.treatmentId) qb.andWhere('t.treatmentId = :treatmentId', { treatmentId: q.treatmentId });
    containsText(qb, 't.title', q.q);
    return paginate(qb, q);
  }

  findById(id: string): Promise<Trial | null> {
    return repo(Trial).findOneBy({ id });
  }

  /** Inserts the row and reads it back as stored (defaults, triggers). */
  async insert(values: RowValues<Trial>): Promise<Trial> {
    const { identifiers } = await repo(Trial).insert(writable(values));
    return repo(Trial).findOneByOrFail({ id: identifiers[0].id as string });
  }

  /** Updates the row and reads it back; null when no row with this id is visible and writable. */
  async update(id: string, values: RowValues<Trial>): Promise<Trial | null> {
    const { affected } = await repo(Trial).update({ id }, writable(values));
    return affected ? this.findById(id) : null;
  }

  /** false when no row with this id is visible and deletable. */
  async delete(id: string): Promise<boolean> {
    const { affected } = await repo(Trial).delete({ id });
    return !!affected;
  }
}
