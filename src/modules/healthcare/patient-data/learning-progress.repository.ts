// patient_learning_progress: one typed query per method, on the request transaction (RLS as the caller).
import { Injectable } from '@nestjs/common';
import { repo } from '../../../common/database/repository';
import { paginate, type Page } from '../../../common/pagination';
import type { LearningProgressQueryDto } from './dto/learning-progress-query.dto';
import { LearningProgress } from './entities';
import { writable, type RowValues } from './row-values';

@Injectable()
export class LearningProgressRepository {
  /** One page of a patient's learning progress rows in an organization, newest first. */
  list(patientId: string, orgId: string, q: LearningProgressQueryDto): Promise<Page<LearningProgress>> {
    const qb = repo(LearningProgress)
      .createQueryBuilder('p')
      .where('p.patientId = :patientId AND p.orgId = :orgId', { patientId, orgId });
    if (q.resourceId) qb.andWhere('p.resourceId = :resourceId', { resourceId: q.resourceId });
    if (q.completed) qb.andWhere('p.completed = :completed', { completed: q.completed });
    return paginate(qb, q);
  }

  findById(id: string): Promise<LearningProgress | null> {
    return repo(LearningProgress).findOneBy({ id });
  }

  /** Inserts the row and reads it back as stored (defaults, triggers). */
  async insert(values: RowValues<LearningProgress>): Promise<LearningProgress> {
    const { identifiers } = await repo(LearningProgress).insert(writable(values));
    return repo(LearningProgress).findOneByOrFail({ id: identifiers[0].id as string });
  }

  /** Updates the row and reads it back; null when no row with this id is visible and writable. */
  async update(id: string, values: RowValues<LearningProgress>): Promise<LearningProgress | null> {
    const { affected } = await repo(LearningProgress).update({ id }, writable(values));
    return affected ? this.findById(id) : null;
  }

  /** false when no row with this id is visible and deletable. */
  async delete(id: string): Promise<boolean> {
    const { affected } = await repo(LearningProgress).delete({ id });
    return !!affected;
  }
}
