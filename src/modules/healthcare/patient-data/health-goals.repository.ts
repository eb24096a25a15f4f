// patient_health_goals: one typed query per method, on the request transaction (RLS as the caller).
import { Injectable } from '@nestjs/common';
import { repo } from '../../../common/database/repository';
import { paginate, type Page } from '../../../common/pagination';
import type { HealthGoalQueryDto } from './dto/health-goal-query.dto';
import { HealthGoal } from './entities';
import { inTimeRange } from './list-filters';
import { writable, type RowValues } from './row-values';

@Injectable()
export class HealthGoalsRepository {
  /** One page of a patient's health goals in an organization, newest first. */
  list(patientId: string, orgId: string, q: HealthGoalQueryDto): Promise<Page<HealthGoal>> {
    const qb = repo(HealthGoal)
      .createQueryBuilder('g')
      .where('g.patientId = :patientId AND g.orgId = :orgId', { patientId, orgId });
    if (q.status) qb.andWhere('g.status = :status', { status: q.status });
    inTimeRange(qb, 'g.startDate', q);
    return paginate(qb, q);
  }

  findById(id: string): Promise<HealthGoal | null> {
    return repo(HealthGoal).findOneBy({ id });
  }

  /** Inserts the row and reads it back as stored (defaults, triggers). */
  async insert(values: RowValues<HealthGoal>): Promise<HealthGoal> {
    const { identifiers } = await repo(HealthGoal).insert(writable(values));
    return repo(HealthGoal).findOneByOrFail({ id: identifiers[0].id as string });
  }

  /** Updates the row and reads it back; null when no row with this id is visible and writable. */
  async update(id: string, values: RowValues<HealthGoal>): Promise<HealthGoal | null> {
    const { affected } = await repo(HealthGoal).update({ id }, writable(values));
    return affected ? this.findById(id) : null;
  }

  /** false when no row with this id is visible and deletable. */
  async delete(id: string): Promise<boolean> {
    const { affected } = await repo(HealthGoal).delete({ id });
    return !!affected;
  }
}
