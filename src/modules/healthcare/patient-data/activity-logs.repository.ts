// patient_activity_log: one typed query per method, on the request transaction (RLS as the caller).
import { Injectable } from '@nestjs/common';
import { repo } from '../../../common/database/repository';
import { paginate, type Page } from '../../../common/pagination';
import type { ActivityLogQueryDto } from './dto/activity-log-query.dto';
import { ActivityLogEntry } from './entities';
import { inTimeRange } from './list-filters';
import { writable, type RowValues } from './row-values';

@Injectable()
export class ActivityLogsRepository {
  /** One page of a patient's activity log entries in an organization, newest first. */
  list(patientId: string, orgId: string, q: ActivityLogQueryDto): Promise<Page<ActivityLogEntry>> {
    const qb = repo(ActivityLogEntry)
      .createQueryBuilder('a')
      .where('a.patientId = :patientId AND a.orgId = :orgId', { patientId, orgId });
    if (q.activityType) qb.andWhere('a.activityType = :activityType', { activityType: q.activityType });
    if (q.intensity) qb.andWhere('a.intensity = :intensity', { intensity: q.intensity });
    inTimeRange(qb, 'a.timestamp', q);
    return paginate(qb, q);
  }

  findById(id: string): Promise<ActivityLogEntry | null> {
    return repo(ActivityLogEntry).findOneBy({ id });
  }

  /** Inserts the row and reads it back as stored (defaults, triggers). */
  async insert(values: RowValues<ActivityLogEntry>): Promise<ActivityLogEntry> {
    const { identifiers } = await repo(ActivityLogEntry).insert(writable(values));
    return repo(ActivityLogEntry).findOneByOrFail({ id: identifiers[0].id as string });
  }

  /** Updates the row and reads it back; null when no row with this id is visible and writable. */
  async update(id: string, values: RowValues<ActivityLogEntry>): Promise<ActivityLogEntry | null> {
    const { affected } = await repo(ActivityLogEntry).update({ id }, writable(values));
    return affected ? this.findById(id) : null;
  }

  /** false when no row with this id is visible and deletable. */
  async delete(id: string): Promise<boolean> {
    const { affected } = await repo(ActivityLogEntry).delete({ id });
    return !!affected;
  }
}
