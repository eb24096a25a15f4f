import { Injectable } from '@nestjs/common';
import { repo } from '../../../common/database/repository';
import { paginate, type Page } from '../../../common/pagination';
import { Patient, Provider } from '../scheduling/entities';
import { CareTeamMember } from './entities';

export interface CareTeamFilter {
  patientId?: string;
  providerId?: string;
  active?: boolean;
  limit: number;
  cursor?: string;
}

export type NewCareTeamMember = Pick<CareTeamMember, 'patientId' | 'providerId' | 'reason'> & {
  until?: Date | null;
};

/** In force: not ended, and not past its planned end. */
const ACTIVE = `entry.ended_at IS NULL AND entry.since <= now() AND (entry.until IS NULL OR entry.until > now())`;

/**
 * Care-team entries of the caller's organization, as RLS shows them: an admin all, a patient those of their
 * own record, a provider their own. Entries are ended, never deleted.
 */
@Injectable()
export class CareTeamMembersRepository {
  private ofOrg(orgId: string | null) {
    return repo(CareTeamMember).createQueryBuilder('entry').where('entry.orgId = :orgId', { orgId });
  }

  list(orgId: string | null, f: CareTeamFilter): Promise<Page<CareTeamMember>> {
    const qb = this.ofOrg(orgId);
    if (f.patientId) qb.andWhere('entry.patientId = :patientId', { patientId: f.patientId });
    if (f.providerId) qb.andWhere('entry.providerId = :providerId', { providerId: f.providerId });
    if (f.active !== undefined) qb.andWhere(f.active ? `(${ACTIVE})` : `NOT (${ACTIVE})`);
    return paginate(qb, f);
  }

  findById(orgId: string | null, id: string): Promise<CareTeamMember | null> {
    return this.ofOrg(orgId).andWhere('entry.id = :id', { id }).getOne();
  }

  async insert(values: NewCareTeamMember): Promise<string> {
    const { identifiers } = await repo(CareTeamMember).insert(values);
    return identifiers[0].id as string;
  }

  /** Ends an open entry (the trigger stamps the time and the caller); false when none was open. */
  async end(orgId: string | null, id: string): Promise<boolean> {
    const { affected } = await repo(CareTeamMember)
      .createQueryBuilder()
      .update()
      .set({ endedAt: () => 'now()' })
      .where('id = :id AND org_id = :orgId AND ended_at IS NULL', { id, orgId })
      .execute();
    return !!affected;
  }

  /** Whether the caller sees the patient record (an admin any of the org, a patient their own). */
  patientVisible(orgId: string | null, patientId: string): Promise<boolean> {
    return repo(Patient)
      .createQueryBuilder('patient')
      .where('patient.id = :patientId AND patient.orgId = :orgId', { patientId, orgId })
      .getExists();
  }

  /** Whether the provider is in the caller's organization's directory. */
  providerExists(orgId: string | null, providerId: string): Promise<boolean> {
    return repo(Provider)
      .createQueryBuilder('provider')
      .where('provider.id = :providerId AND provider.orgId = :orgId', { providerId, orgId })
      .getExists();
  }
}
