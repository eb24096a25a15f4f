import { Injectable } from '@nestjs/common';
import { repo } from '../../common/database/repository';
import { paginate, type Page } from '../../common/pagination';
import { CryptoWithdrawal, type WithdrawalStatus } from './entities/crypto-withdrawal.entity';

export type NewWithdrawal = Pick<CryptoWithdrawal, 'walletId' | 'amount' | 'destinationAddress'> & {
  network?: string;
};

/**
 * Crypto withdrawals of the caller's organization, as RLS lets the caller see them (own, or all for admins).
 * Holds, transitions and settlement happen in the database's triggers on insert and update.
 */
@Injectable()
export class WithdrawalsRepository {
  private ofOrg(orgId: string | null | undefined) {
    return repo(CryptoWithdrawal)
      .createQueryBuilder('withdrawal')
      .where('withdrawal.orgId = :orgId', { orgId: orgId ?? null });
  }

  page(
    orgId: string | null | undefined,
    query: { limit: number; cursor?: string; status?: WithdrawalStatus },
  ): Promise<Page<CryptoWithdrawal>> {
    const qb = this.ofOrg(orgId);
    if (query.status) qb.andWhere('withdrawal.status = :status', { status: query.status });
    return paginate(qb, query);
  }

  findOne(orgId: string | null | undefined, id: string): Promise<CryptoWithdrawal | null> {
    return this.ofOrg(orgId).andWhere('withdrawal.id = :id', { id }).getOne();
  }

  /** The insert trigger takes the wallet's currency and holds the amount (or refuses: 409 insufficient). */
  async insert(values: NewWithdrawal): Promise<CryptoWithdrawal> {
    const { identifiers } = await repo(CryptoWithdrawal).insert(values);
    return repo(CryptoWithdrawal).findOneByOrFail({ id: identifiers[0].id as string });
  }

  /** Moves the status (the trigger refuses what is not allowed); null when the caller has no such withdrawal. */
  async transition(
    orgId: string | null | undefined,
    id: string,
    status: Exclude<WithdrawalStatus, 'PENDING'>,
    txHash?: string,
  ): Promise<CryptoWithdrawal | null> {
    const { affected } = await repo(CryptoWithdrawal)
      .createQueryBuilder()
      .update()
      .set(txHash === undefined ? { status } : { status, txHash })
      .where('id = :id AND org_id = :orgId', { id, orgId: orgId ?? null })
      .execute();
    return affected ? this.findOne(orgId, id) : null;
  }
}
