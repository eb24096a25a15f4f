import { Injectable } from '@nestjs/common';
import { repo } from '../../../common/database/repository';
import { paginate, type Page } from '../../../common/pagination';
import type { MedicalRecordQueryDto } from './dto/list-medical-records.query.dto';
import { MedicalRecord } from './entities';
import { given } from './scheduling.helpers';

export type MedicalRecordValues = Partial<
  Omit<MedicalRecord, 'id' | 'orgId' | 'org' | 'patient' | 'provider' | 'booking' | 'createdAt' | 'updatedAt'>
>;

@Injectable()
export class MedicalRecordsRepository {
  list(orgId: string | null, q: MedicalRecordQueryDto): Promise<Page<MedicalRecord>> {
    const qb = repo(MedicalRecord).createQueryBuilder('r').where('r.orgId = :orgId', { orgId });
    if (given(q.patientId)) qb.andWhere('r.patientId = :patientId', { patientId: q.patientId });
    if (given(q.providerId)) qb.andWhere('r.providerId = :providerId', { providerId: q.providerId });
    if (given(q.recordType)) qb.andWhere('r.recordType = :recordType', { recordType: q.recordType });
    if (given(q.from)) qb.andWhere('r.recordedAt >= :from', { from: q.from });
    if (given(q.to)) qb.andWhere('r.recordedAt < :to', { to: q.to });
    return paginate(qb, q);
  }

  findById(id: string, orgId: string | null): Promise<MedicalRecord | null> {
    return repo(MedicalRecord)
      .createQueryBuilder('r')
      .where('r.id = :id AND r.orgId = :orgId', { id, orgId })
      .getOne();
  }

  async insert(values: MedicalRecordValues): Promise<string> {
    const { identifiers } = await repo(MedicalRecord).insert(values);
    return identifiers[0].id as string;
  }

  async update(id: string, orgId: string | null, values: MedicalRecordValues): Promise<boolean> {
    const { affected } = await repo(MedicalRecord)
      .createQueryBuilder()
      .update()
      .set(values)
      .where('id = :id AND org_id = :orgId', { id, orgId })
      .execute();
    return !!affected;
  }

  async delete(id: string, orgId: string | null): Promise<boolean> {
    const { affected } = await repo(MedicalRecord)
      .createQueryBuilder()
      .delete()
      .where('id = :id AND org_id = :orgId', { id, orgId })
      .execute();
    return !!affected;
  }
}
