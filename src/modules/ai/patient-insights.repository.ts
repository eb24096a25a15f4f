// patient_insights, on the request transaction (RLS: the patient's own; a treating provider the ones not hidden).
import { Injectable } from '@nestjs/common';
import { repo } from '../../common/database/repository';
import { paginate, type Page, type PageQueryDto } from '../../common/pagination';
import { PatientInsight } from './entities';

@Injectable()
export class PatientInsightsRepository {
  list(orgId: string, patientId: string, q: PageQueryDto): Promise<Page<PatientInsight>> {
    const qb = repo(PatientInsight)
      .createQueryBuilder('i')
      .where('i.orgId = :orgId AND i.patientId = :patientId', { orgId, patientId });
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
