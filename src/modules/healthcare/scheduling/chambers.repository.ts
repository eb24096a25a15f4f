import { Injectable } from '@nestjs/common';
import { repo } from '../../../common/database/repository';
import { sql } from '../../../common/database/sql';
import { paginate, type Page } from '../../../common/pagination';
import { CHAMBER_FREE_SLOTS_SQL, type SlotRow } from './availability.queries';
import type { ChamberQueryDto } from './dto/list-chambers.query.dto';
import { Chamber } from './entities';
import { given } from './scheduling.helpers';

export type ChamberValues = Partial<
  Omit<Chamber, 'id' | 'orgId' | 'org' | 'facility' | 'createdAt' | 'updatedAt'>
>;

/** Chambers are a public catalog: read across organizations, written by the owning org's admins. */
@Injectable()
export class ChambersRepository {
  list(q: ChamberQueryDto): Promise<Page<Chamber>> {
    const qb = repo(Chamber).createQueryBuilder('c');
    if (given(q.organizationId))
      qb.andWhere('c.orgId = :organizationId', { organizationId: q.organizationId });
    if (given(q.facilityId)) qb.andWhere('c.facilityId = :facilityId', { facilityId: q.facilityId });
    if (given(q.kind)) qb.andWhere('c.kind = :kind', { kind: q.kind });
    if (given(q.isActive)) qb.andWhere('c.isActive = :isActive', { isActive: q.isActive });
    return paginate(qb, q);
  }

  findById(id: string): Promise<Chamber | null> {
    return repo(Chamber).createQueryBuilder('c').where('c.id = :id', { id }).getOne();
  }

  async insert(values: ChamberValues): Promise<string> {
    const { identifiers } = await repo(Chamber).insert(values);
    return identifiers[0].id as string;
  }

  async update(id: string, orgId: string | null, values: ChamberValues): Promise<boolean> {
    const { affected } = await repo(Chamber)
      .createQueryBuilder()
      .update()
      .set(values)
      .where('id = :id AND org_id = :orgId', { id, orgId })
      .execute();
    return !!affected;
  }

  async delete(id: string, orgId: string | null): Promise<boolean> {
    const { affected } = await repo(Chamber)
      .createQueryBuilder()
      .delete()
      .where('id = :id AND org_id = :orgId', { id, orgId })
      .execute();
    return !!affected;
  }

  /** Opening hours less confirmed bookings and maintenance (CB404 when the chamber is not the caller's org's). */
  freeSlots(id: string, date: string, slotMinutes: number): Promise<SlotRow[]> {
    return sql().rows<SlotRow>(CHAMBER_FREE_SLOTS_SQL, [id, date, slotMinutes]);
  }
}
