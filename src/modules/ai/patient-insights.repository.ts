// patient_insights, on the request transaction (RLS: the patient's own; a treating provider the ones not hidden).
import { Injectable } from '@nestjs/common';
import { repo } from '../../common/database/repository';
import { paginate, type Page, type PageQueryDto } from '../../common/pagination';
import { PatientInsight } from './entities';

@Injectable()
export class PatientInsightsRepository {
  /** A patient's insights, or (null) every one the caller sees in the organization. */
  list(orgId: string, patientId: string | null, q: PageQueryDto): Promise<Page<PatientInsight>> {
    const qb = repo(PatientInsight).createQueryBuilder('i').where('i.orgId = :orgId', { orgId });
    if (patientId) qb.andWhere('i.patientId = :patientId', { patientId });
    return paginate(qb, q);
  }

  findById(id: string): Promise<PatientInsight | null> {
    return repo(PatientInsight).findOneBy({ id });
  }

  async update(id: string, values: { viewedAt?: () => string; isHidden?: boolean }): Promise<boolean> {
    const { affected } = await repo(PatientInsight)
      .createQueryBuilder()
      .update()
      .set(values)
      .where('id = :id', { id })
      .execute();
    return !!affected;
  }
}
