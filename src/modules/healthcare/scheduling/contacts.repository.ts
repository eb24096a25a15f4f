import { Injectable } from '@nestjs/common';
import { repo } from '../../../common/database/repository';
import { paginate, type Page } from '../../../common/pagination';
import type { ContactQueryDto } from './dto/list-contacts.query.dto';
import { Contact } from './entities';
import { given } from './scheduling.helpers';

export type ContactValues = Partial<
  Omit<Contact, 'id' | 'orgId' | 'org' | 'patient' | 'createdAt' | 'updatedAt'>
>;

@Injectable()
export class ContactsRepository {
  list(orgId: string | null, q: ContactQueryDto): Promise<Page<Contact>> {
    const qb = repo(Contact).createQueryBuilder('c').where('c.orgId = :orgId', { orgId });
    if (given(q.leadStatus)) qb.andWhere('c.leadStatus = :leadStatus', { leadStatus: q.leadStatus });
    if (given(q.leadScore)) qb.andWhere('c.leadScore = :leadScore', { leadScore: q.leadScore });
    if (given(q.serviceInterest))
      qb.andWhere('c.serviceInterests @> ARRAY[CAST(:serviceInterest AS text)]', {
        serviceInterest: q.serviceInterest,
      });
    if (given(q.phone)) qb.andWhere('c.phone = :phone', { phone: q.phone });
    if (given(q.patientId)) qb.andWhere('c.patientId = :patientId', { patientId: q.patientId });
    if (given(q.q)) qb.andWhere(`c.name ILIKE '%' || :q || '%'`, { q: q.q });
    return paginate(qb, q);
  }

  findById(id: string, orgId: string | null): Promise<Contact | null> {
    return repo(Contact)
      .createQueryBuilder('c')
      .where('c.id = :id AND c.orgId = :orgId', { id, orgId })
      .getOne();
  }

  async insert(values: ContactValues): Promise<string> {
    const { identifiers } = await repo(Contact).insert(values);
    return identifiers[0].id as string;
  }

  async update(id: string, orgId: string | null, values: ContactValues): Promise<boolean> {
    const { affected } = await repo(Contact)
      .createQueryBuilder()
      .update()
      .set(values)
      .where('id = :id AND org_id = :orgId', { id, orgId })
      .execute();
    return !!affected;
  }

  async delete(id: string, orgId: string | null): Promise<boolean> {
    const { affected } = await repo(Contact)
      .createQueryBuilder()
      .delete()
      .where('id = :id AND org_id = :orgId', { id, orgId })
      .execute();
    return !!affected;
  }
}
