import { Injectable } from '@nestjs/common';
import { repo } from '../../../common/database/repository';
import { paginate, type Page } from '../../../common/pagination';
import type { FacilityQueryDto } from './dto/list-facilities.query.dto';
import { Facility } from './entities';
import { given } from './scheduling.helpers';

export type FacilityValues = Partial<Omit<Facility, 'id' | 'orgId' | 'org' | 'createdAt' | 'updatedAt'>>;

/** Facilities are a public catalog: read across organizations, written by the owning org's admins. */
@Injectable()
export class FacilitiesRepository {
  list(q: FacilityQueryDto): Promise<Page<Facility>> {
    const qb = repo(Facility).createQueryBuilder('f');
    if (given(q.organizationId))
      qb.andWhere('f.orgId = :organizationId', { organizationId: q.organizationId });
    if (given(q.city)) qb.andWhere('f.city = :city', { city: q.city });
    if (given(q.isActive)) qb.andWhere('f.isActive = :isActive', { isActive: q.isActive });
    return paginate(qb, q);
  }

  findById(id: string): Promise<Facility | null> {
    return repo(Facility).createQueryBuilder('f').where('f.id = :id', { id }).getOne();
  }

  async insert(values: FacilityValues): Promise<string> {
    const { identifiers } = await repo(Facility).insert(values);
    return identifiers[0].id as string;
  }

  /** Whether a row of the caller's org was changed (false: none, or not writable for the caller). */
  async update(id: string, orgId: string | null, values: FacilityValues): Promise<boolean> {
    const { affected } = await repo(Facility)
      .createQueryBuilder()
      .update()
      .set(values)
      .where('id = :id AND org_id = :orgId', { id, orgId })
      .execute();
    return !!affected;
  }

  async delete(id: string, orgId: string | null): Promise<boolean> {
    const { affected } = await repo(Facility)
      .createQueryBuilder()
      .delete()
      .where('id = :id AND org_id = :orgId', { id, orgId })
      .execute();
    return !!affected;
  }
}
