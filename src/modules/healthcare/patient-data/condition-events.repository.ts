// patient_condition_events: one typed query per method, on the request transaction (RLS as the caller).
import { Injectable } from '@nestjs/common';
import { repo } from '../../../common/database/repository';
import { paginate, type Page } from '../../../common/pagination';
import type { ConditionEventQueryDto } from './dto/condition-event-query.dto';
import { ConditionEvent } from './entities';
import { inTimeRange } from './list-filters';
import { writable, type RowValues } from './row-values';

@Injectable()
export class ConditionEventsRepository {
  /** One page of a patient's condition events in an organization, newest first. */
  list(patientId: string, orgId: string, q: ConditionEventQueryDto): Promise<Page<ConditionEvent>> {
    const qb = repo(ConditionEvent)
      .createQueryBuilder('e')
      .where('e.patientId = :patientId AND e.orgId = :orgId', { patientId, orgId });
    if (q.conditionId) qb.andWhere('e.conditionId = :conditionId', { conditionId: q.conditionId });
    if (q.eventType) qb.andWhere('e.eventType = :eventType', { eventType: q.eventType });
    inTimeRange(qb, 'e.timestamp', q);
    return paginate(qb, q);
  }

  findById(id: string): Promise<ConditionEvent | null> {
    return repo(ConditionEvent).findOneBy({ id });
  }

  /** Inserts the row and reads it back as stored (defaults, triggers). */
  async insert(values: RowValues<ConditionEvent>): Promise<ConditionEvent> {
    const { identifiers } = await repo(ConditionEvent).insert(writable(values));
    return repo(ConditionEvent).findOneByOrFail({ id: identifiers[0].id as string });
  }

  /** Updates the row and reads it back; null when no row with this id is visible and writable. */
  async update(id: string, values: RowValues<ConditionEvent>): Promise<ConditionEvent | null> {
    const { affected } = await repo(ConditionEvent).update({ id }, writable(values));
    return affected ? this.findById(id) : null;
  }

  /** false when no row with this id is visible and deletable. */
  async delete(id: string): Promise<boolean> {
    const { affected } = await repo(ConditionEvent).delete({ id });
    return !!affected;
  }
}
