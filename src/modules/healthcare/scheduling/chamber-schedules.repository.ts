import { Injectable } from '@nestjs/common';
import { repo } from '../../../common/database/repository';
import { paginate, type Page } from '../../../common/pagination';
import type { ChamberScheduleQueryDto } from './dto/list-chamber-schedules.query.dto';
import { ChamberSchedule } from './entities';
import { given } from './scheduling.helpers';

export type ChamberScheduleValues = Partial<
  Omit<ChamberSchedule, 'id' | 'orgId' | 'org' | 'booking' | 'operator' | 'createdAt' | 'updatedAt'>
>;

@Injectable()
export class ChamberSchedulesRepository {
  list(orgId: string | null, q: ChamberScheduleQueryDto): Promise<Page<ChamberSchedule>> {
    const qb = repo(ChamberSchedule).createQueryBuilder('s').where('s.orgId = :orgId', { orgId });
    if (given(q.bookingId)) qb.andWhere('s.bookingId = :bookingId', { bookingId: q.bookingId });
    if (given(q.status)) qb.andWhere('s.status = :status', { status: q.status });
    return paginate(qb, q);
  }

  findById(id: string, orgId: string | null): Promise<ChamberSchedule | null> {
    return repo(ChamberSchedule)
      .createQueryBuilder('s')
      .where('s.id = :id AND s.orgId = :orgId', { id, orgId })
      .getOne();
  }

  async insert(values: ChamberScheduleValues): Promise<string> {
    const { identifiers } = await repo(ChamberSchedule).insert(values);
    return identifiers[0].id as string;
  }

  async update(id: string, orgId: string | null, values: ChamberScheduleValues): Promise<boolean> {
    const { affected } = await repo(ChamberSchedule)
      .createQueryBuilder()
      .update()
      .set(values)
      .where('id = :id AND org_id = :orgId', { id, orgId })
      .execute();
    return !!affected;
  }

  async delete(id: string, orgId: string | null): Promise<boolean> {
    const { affected } = await repo(ChamberSchedule)
      .createQueryBuilder()
      .delete()
      .where('id = :id AND org_id = :orgId', { id, orgId })
      .execute();
    return !!affected;
  }
}
