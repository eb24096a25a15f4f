// prescriptions: RLS shows the patient their own and the issuing provider theirs.
import { Injectable } from '@nestjs/common';
import { repo } from '../../common/database/repository';
import { paginate, type Page, type PageQueryDto } from '../../common/pagination';
import { Prescription } from './entities';

export type NewPrescription = Pick<
  Prescription,
  'patientId' | 'providerId' | 'productId' | 'quantity' | 'expiresAt' | 'notes'
>;

@Injectable()
export class PrescriptionsRepository {
  list(orgId: string | null, q: PageQueryDto): Promise<Page<Prescription>> {
    const qb = repo(Prescription).createQueryBuilder('rx').where('rx.orgId = :orgId', { orgId });
    return paginate(qb, q);
  }

  findById(orgId: string | null, id: string): Promise<Prescription | null> {
    return repo(Prescription).findOneBy({ id, orgId: orgId ?? undefined });
  }

  async insert(values: NewPrescription): Promise<string> {
    const { identifiers } = await repo(Prescription).insert(values);
    return identifiers[0].id as string;
  }
}
