import { Injectable } from '@nestjs/common';
import { repo } from '../../../common/database/repository';
import { paginate, type Page } from '../../../common/pagination';
import type { PatientQueryDto } from './dto/list-patients.query.dto';
import { Booking, MedicalRecord, Patient } from './entities';
import { given } from './scheduling.helpers';

export type PatientValues = Partial<
  Omit<Patient, 'id' | 'orgId' | 'org' | 'user' | 'createdAt' | 'updatedAt'>
>;

@Injectable()
export class PatientsRepository {
  list(orgId: string | null, q: PatientQueryDto): Promise<Page<Patient>> {
    const qb = repo(Patient).createQueryBuilder('p').where('p.orgId = :orgId', { orgId });
    if (given(q.userId)) qb.andWhere('p.userId = :userId', { userId: q.userId });
    if (given(q.mrn)) qb.andWhere('p.mrn = :mrn', { mrn: q.mrn });
    if (given(q.q)) qb.andWhere(`(p.firstName || ' ' || p.lastName) ILIKE '%' || :q || '%'`, { q: q.q });
    return paginate(qb, q);
  }

  findById(id: string, orgId: string | null): Promise<Patient | null> {
    return repo(Patient)
      .createQueryBuilder('p')
      .where('p.id = :id AND p.orgId = :orgId', { id, orgId })
      .getOne();
  }

  /** The patient record of the calling member (a patient books for their own record). */
  findByUser(orgId: string | null, userId: string | null | undefined): Promise<Patient | null> {
    return repo(Patient)
      .createQueryBuilder('p')
      .where('p.orgId = :orgId AND p.userId = :userId', { orgId, userId: userId ?? null })
      .getOne();
  }

  /** Whether bookings or medical records name the patient (they are retained, so the patient is too). */
  async hasClinicalHistory(id: string, orgId: string | null): Promise<boolean> {
    const held = (entity: typeof Booking | typeof MedicalRecord) =>
      repo(entity)
        .createQueryBuilder('x')
        .where('x.orgId = :orgId AND x.patientId = :id', { orgId, id })
        .getExists();
    return (await held(Booking)) || (await held(MedicalRecord));
  }

  async insert(values: PatientValues): Promise<string> {
    const { identifiers } = await repo(Patient).insert(values);
    return identifiers[0].id as string;
  }

  async update(id: string, orgId: string | null, values: PatientValues): Promise<boolean> {
    const { affected } = await repo(Patient)
      .createQueryBuilder()
      .update()
      .set(values)
      .where('id = :id AND org_id = :orgId', { id, orgId })
      .execute();
    return !!affected;
  }

  async delete(id: string, orgId: string | null): Promise<boolean> {
    const { affected } = await repo(Patient)
      .createQueryBuilder()
      .delete()
      .where('id = :id AND org_id = :orgId', { id, orgId })
      .execute();
    return !!affected;
  }
}
