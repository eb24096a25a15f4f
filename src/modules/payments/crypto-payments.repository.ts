import { Injectable } from '@nestjs/common';
import { repo } from '../../common/database/repository';
import { paginate, type Page } from '../../common/pagination';
import { CryptoPayment } from './entities';

export type NewCryptoPayment = Pick<CryptoPayment, 'userId' | 'amount' | 'currency' | 'txHash'> & {
  invoiceId?: string;
  network?: string;
  creditedMinor?: string;
};

/** Crypto payments of the caller's organization, as RLS lets the caller see them (own, or all for admins). */
@Injectable()
export class CryptoPaymentsRepository {
  private ofOrg(orgId: string | null | undefined) {
    return repo(CryptoPayment)
      .createQueryBuilder('cryptoPayment')
      .where('cryptoPayment.orgId = :orgId', { orgId: orgId ?? null });
  }

  page(
    orgId: string | null | undefined,
    query: { limit: number; cursor?: string },
  ): Promise<Page<CryptoPayment>> {
    return paginate(this.ofOrg(orgId), query);
  }

  findOne(orgId: string | null | undefined, id: string): Promise<CryptoPayment | null> {
    return this.ofOrg(orgId).andWhere('cryptoPayment.id = :id', { id }).getOne();
  }

  /** With an invoice, the insert trigger settles it (or refuses). */
  async insert(values: NewCryptoPayment): Promise<CryptoPayment> {
    const { identifiers } = await repo(CryptoPayment).insert(values);
    return repo(CryptoPayment).findOneByOrFail({ id: identifiers[0].id as string });
  }
}
