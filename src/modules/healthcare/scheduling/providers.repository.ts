import { Injectable } from '@nestjs/common';
import { repo } from '../../../common/database/repository';
import { sql } from '../../../common/database/sql';
import { paginate, type Page } from '../../../common/pagination';
import { PROVIDER_FREE_SLOTS_SQL, type SlotRow } from './availability.queries';
import type { ProviderQueryDto } from './dto/list-providers.query.dto';
import { Provider } from './entities';
import {
  MY_PROVIDER_ID_SQL,
  PROVIDER_PRIVATE_FIELDS_SQL,
  type MyProviderRow,
  type ProviderPrivateRow,
} from './providers.queries';
import { given } from './scheduling.helpers';

export type ProviderValues = Partial<
  Omit<Provider, 'id' | 'orgId' | 'org' | 'user' | 'facility' | 'createdAt' | 'updatedAt'>
>;

@Injectable()
export class ProvidersRepository {
  list(orgId: string | null, q: ProviderQueryDto): Promise<Page<Provider>> {
    const qb = repo(Provider).createQueryBuilder('p').where('p.orgId = :orgId', { orgId });
    if (given(q.specialty)) qb.andWhere('p.specialty = :specialty', { specialty: q.specialty });
    if (given(q.facilityId)) qb.andWhere('p.facilityId = :facilityId', { facilityId: q.facilityId });
    if (given(q.isActive)) qb.andWhere('p.isActive = :isActive', { isActive: q.isActive });
    if (given(q.q)) qb.andWhere(`p.displayName ILIKE '%' || :q || '%'`, { q: q.q });
    return paginate(qb, q);
  }

  findById(id: string, orgId: string | null): Promise<Provider | null> {
    return repo(Provider)
      .createQueryBuilder('p')
      .where('p.id = :id AND p.orgId = :orgId', { id, orgId })
      .getOne();
  }

  async insert(values: ProviderValues): Promise<string> {
    const { identifiers } = await repo(Provider).insert(values);
    return identifiers[0].id as string;
  }

  async update(id: string, orgId: string | null, values: ProviderValues): Promise<boolean> {
    const { affected } = await repo(Provider)
      .createQueryBuilder()
      .update()
      .set(values)
      .where('id = :id AND org_id = :orgId', { id, orgId })
      .execute();
    return !!affected;
  }

  async delete(id: string, orgId: string | null): Promise<boolean> {
    const { affected } = await repo(Provider)
      .createQueryBuilder()
      .delete()
      .where('id = :id AND org_id = :orgId', { id, orgId })
      .execute();
    return !!affected;
  }

  /** Working hours less appointments and confirmed bookings (CB404 when not the caller's org's provider). */
  freeSlots(id: string, date: string, slotMinutes: number): Promise<SlotRow[]> {
    return sql().rows<SlotRow>(PROVIDER_FREE_SLOTS_SQL, [id, date, slotMinutes]);
  }

  /** Phone and licence numbers of the entries the caller may see them for (none for most roles). */
  privateFields(ids: string[]): Promise<ProviderPrivateRow[]> {
    return ids.length
      ? sql().rows<ProviderPrivateRow>(PROVIDER_PRIVATE_FIELDS_SQL, [ids])
      : Promise.resolve([]);
  }

  /** The caller's own entry when they sign in as a provider of this organization; null otherwise. */
  async myProviderId(): Promise<string | null> {
    const row = await sql().one<MyProviderRow>(MY_PROVIDER_ID_SQL);
    return row?.id ?? null;
  }
}
