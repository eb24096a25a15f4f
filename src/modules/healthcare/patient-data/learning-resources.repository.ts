// learning_resources: one typed query per method, on the request transaction (RLS as the caller).
import { Injectable } from '@nestjs/common';
import { repo } from '../../../common/database/repository';
import { paginate, type Page } from '../../../common/pagination';
import type { LearningResourceQueryDto } from './dto/learning-resource-query.dto';
import { LearningResource } from './entities';
import { containsText } from './list-filters';
import { writable, type RowValues } from './row-values';

@Injectable()
export class LearningResourcesRepository {
  /** One page of an organization's learning resources (q.orgId: the catalog is public), newest first. */
  list(q: LearningResourceQueryDto): Promise<Page<LearningResource>> {
    const qb = repo(LearningResource).createQueryBuilder('r').where('r.orgId = :orgId', { orgId: q.orgId });
    if (q.resourceType) qb.andWhere('r.resourceType = :resourceType', { resourceType: q.resourceType });
    if (q.relatedConditionId)
      qb.andWhere('r.relatedConditionId = :relatedConditionId', { relatedConditionId: q.relatedConditionId });
    if (q.relatedTreatmentId)
      qb.andWhere('r.relatedTreatmentId = :relatedTreatmentId', { relatedTreatmentId: q.relatedTreatmentId });
    containsText(qb, 'r.title', q.q);
    return paginate(qb, q);
  }

  findById(id: string): Promise<LearningResource | null> {
    return repo(LearningResource).findOneBy({ id });
  }

  /** Inserts the row and reads it back as stored (defaults, triggers). */
  async insert(values: RowValues<LearningResource>): Promise<LearningResource> {
    const { identifiers } = await repo(LearningResource).insert(writable(values));
    return repo(LearningResource).findOneByOrFail({ id: identifiers[0].id as string });
  }

  /** Updates the row and reads it back; null when no row with this id is visible and writable. */
  async update(id: string, values: RowValues<LearningResource>): Promise<LearningResource | null> {
    const { affected } = await repo(LearningResource).update({ id }, writable(values));
    return affected ? this.findById(id) : null;
  }

  /** false when no row with this id is visible and deletable. */
  async delete(id: string): Promise<boolean> {
    const { affected } = await repo(LearningResource).delete({ id });
    return !!affected;
  }
}
