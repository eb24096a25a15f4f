import { Injectable } from '@nestjs/common';
import { repo } from '../../../common/database/repository';
import { paginate, type Page } from '../../../common/pagination';
import { BreakGlassGrant } from './entities';

export interface BreakGlassFilter {
  patientId?: string;
  providerId?: string;
  open?: boolean;
  limit: number;
  cursor?: string;
}

const OPEN = `grant.closed_at IS NULL AND grant.expires_at > now()`;

/**
 * Emergency grants of the caller's organization, as RLS shows them: an admin all, a provider their own, a
 * patient those about their record. Opened through open_break_glass() (break-glass.queries.ts), never deleted.
 */
@Injectable()
export class BreakGlassRepository {
  private ofOrg(orgId: string | null) {
    return repo(BreakGlassGrant).createQueryBuilder('grant').where('grant.orgId = :orgId', { orgId });
  }

  list(orgId: string | null, f: BreakGlassFilter): Promise<Page<BreakGlassGrant>> {
    const qb = this.ofOrg(orgId);
    if (f.patientId) qb.andWhere('grant.patientId = :patientId', { patientId: f.patientId });
    if (f.providerId) qb.andWhere('grant.providerId = :providerId', { providerId: f.providerId });
    if (f.open !== undefined) qb.andWhere(f.open ? `(${OPEN})` : `NOT (${OPEN})`);
    return paginate(qb, f);
  }

  findById(orgId: string | null, id: string): Promise<BreakGlassGrant | null> {
    return this.ofOrg(orgId).andWhere('grant.id = :id', { id }).getOne();
  }

  /** Closes an open grant early (the trigger stamps the time and the caller); false when none was open. */
  async close(orgId: string | null, id: string): Promise<boolean> {
    const { affected } = await repo(BreakGlassGrant)
      .createQueryBuilder()
      .update()
      .set({ closedAt: () => 'now()' })
      .where('id = :id AND org_id = :orgId AND closed_at IS NULL', { id, orgId })
      .execute();
    return !!affected;
  }
}
