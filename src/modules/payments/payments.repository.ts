import { Injectable } from '@nestjs/common';
import { repo } from '../../common/database/repository';
import { paginate, type Page } from '../../common/pagination';
import { Payment } from './entities';

export type NewPayment = Pick<Payment, 'userId' | 'invoiceId' | 'amountMinor' | 'currency'> & {
  method?: Payment['method'];
  externalReference?: string;
};

/** Fiat payments of the caller's organization, as RLS lets the caller see them (own, or all for admins). */
@Injectable()
export class PaymentsRepository {
  private ofOrg(orgId: string | null | undefined) {
    return repo(Payment)
      .createQueryBuilder('payment')
      .where('payment.orgId = :orgId', { orgId: orgId ?? null });
  }

  page(orgId: string | null | undefined, query: { limit: number; cursor?: string }): Promise<Page<Payment>> {
    return paginate(this.ofOrg(orgId), query);
  }

  findOne(orgId: string | null | undefined, id: string): Promise<Payment | null> {
    return this.ofOrg(orgId).andWhere('payment.id = :id', { id }).getOne();
  }

  /** The insert trigger settles the invoice (or refuses: not open, overpaid, not a member). */
  async insert(values: NewPayment): Promise<Payment> {
    const { identifiers } = await repo(Payment).insert(values);
    return repo(Payment).findOneByOrFail({ id: identifiers[0].id as string });
  }
}
