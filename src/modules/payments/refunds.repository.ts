import { Injectable } from '@nestjs/common';
import { repo } from '../../common/database/repository';
import { paginate, type Page } from '../../common/pagination';
import { Refund } from './entities';

export type NewRefund = Pick<Refund, 'paymentId' | 'amountMinor'> & { reason?: string };

/** Refunds of the caller's organization, as RLS lets the caller see them (own, or all for admins). */
@Injectable()
export class RefundsRepository {
  private ofOrg(orgId: string | null | undefined) {
    return repo(Refund)
      .createQueryBuilder('refund')
      .where('refund.orgId = :orgId', { orgId: orgId ?? null });
  }

  page(orgId: string | null | undefined, query: { limit: number; cursor?: string }): Promise<Page<Refund>> {
    return paginate(this.ofOrg(orgId), query);
  }

  findOne(orgId: string | null | undefined, id: string): Promise<Refund | null> {
    return this.ofOrg(orgId).andWhere('refund.id = :id', { id }).getOne();
  }

  /** The insert trigger copies payer and currency from the payment and keeps the total within it. */
  async insert(values: NewRefund): Promise<Refund> {
    const { identifiers } = await repo(Refund).insert(values);
    return repo(Refund).findOneByOrFail({ id: identifiers[0].id as string });
  }
}
