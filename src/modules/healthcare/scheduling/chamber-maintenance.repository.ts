import { Injectable } from '@nestjs/common';
import { repo } from '../../../common/database/repository';
import { paginate, type Page } from '../../../common/pagination';
import type { MaintenanceQueryDto } from './dto/list-chamber-maintenance.query.dto';
import { ChamberMaintenance } from './entities';
import { given } from './scheduling.helpers';

export type ChamberMaintenanceValues = Partial<
  Pick<ChamberMaintenance, 'chamberId' | 'startsAt' | 'endsAt' | 'kind' | 'reason'>
>;

@Injectable()
export class ChamberMaintenanceRepository {
  list(orgId: string | null, q: MaintenanceQueryDto): Promise<Page<ChamberMaintenance>> {
    const qb = repo(ChamberMaintenance).createQueryBuilder('m').where('m.orgId = :orgId', { orgId });
    if (given(q.chamberId)) qb.andWhere('m.chamberId = :chamberId', { chamberId: q.chamberId });
    if (given(q.from)) qb.andWhere('m.endsAt > :from', { from: q.from });
    if (given(q.to)) qb.andWhere('m.startsAt < :to', { to: q.to });
    return paginate(qb, q);
  }

  findById(id: string, orgId: string | null): Promise<ChamberMaintenance | null> {
    return repo(ChamberMaintenance)
      .createQueryBuilder('m')
      .where('m.id = :id AND m.orgId = :orgId', { id, orgId })
      .getOne();
  }

  async insert(values: ChamberMaintenanceValues): Promise<string> {
    const { identifiers } = await repo(ChamberMaintenance).insert(values);
    return identifiers[0].id as string;
  }

  async update(id: string, orgId: string | null, values: ChamberMaintenanceValues): Promise<boolean> {
    const { affected } = await repo(ChamberMaintenance)
      .createQueryBuilder()
      .update()
      .set(values)
      .where('id = :id AND org_id = :orgId', { id, orgId })
      .execute();
    return !!affected;
  }

  async delete(id: string, orgId: string | null): Promise<boolean> {
    const { affected } = await repo(ChamberMaintenance)
      .createQueryBuilder()
      .delete()
      .where('id = :id AND org_id = :orgId', { id, orgId })
      .execute();
    return !!affected;
  }
}
