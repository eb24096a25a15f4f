import { Injectable } from '@nestjs/common';
import { repo } from '../../../common/database/repository';
import { paginate, type Page } from '../../../common/pagination';
import type { AlertQueryDto } from './dto/list-alerts.query.dto';
import { Alert } from './entities';
import { given } from './scheduling.helpers';

/** Alerts are the caller's own (the policies say so too): listed, marked read, deleted. */
@Injectable()
export class AlertsRepository {
  list(orgId: string | null, userId: string | null, q: AlertQueryDto): Promise<Page<Alert>> {
    const qb = repo(Alert)
      .createQueryBuilder('a')
      .where('a.orgId = :orgId AND a.userId = :userId', { orgId, userId });
    if (given(q.unread)) qb.andWhere('(a.readAt IS NULL) = :unread', { unread: q.unread });
    if (given(q.kind)) qb.andWhere('a.kind = :kind', { kind: q.kind });
    return paginate(qb, q);
  }

  findById(id: string, orgId: string | null): Promise<Alert | null> {
    return repo(Alert)
      .createQueryBuilder('a')
      .where('a.id = :id AND a.orgId = :orgId', { id, orgId })
      .getOne();
  }

  /** Sets read_at once (a second read keeps the first time); whether the alert was the caller's. */
  async markRead(id: string, orgId: string | null, userId: string | null): Promise<boolean> {
    const { affected } = await repo(Alert)
      .createQueryBuilder()
      .update()
      .set({ readAt: () => 'coalesce(read_at, now())' })
      .where('id = :id AND user_id = :userId AND org_id = :orgId', { id, userId, orgId })
      .execute();
    return !!affected;
  }

  async delete(id: string, orgId: string | null): Promise<boolean> {
    const { affected } = await repo(Alert)
      .createQueryBuilder()
      .delete()
      .where('id = :id AND org_id = :orgId', { id, orgId })
      .execute();
    return !!affected;
  }
}
