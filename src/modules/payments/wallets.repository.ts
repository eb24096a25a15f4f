import { Injectable } from '@nestjs/common';
import { repo } from '../../common/database/repository';
import { Wallet } from './entities';

/** Plain wallet lookups. Balances are read and moved by the ledger queries (wallets.queries.ts). */
@Injectable()
export class WalletsRepository {
  /** Whether the wallet is the member's own, in the organization. */
  isOwnedBy(
    id: string,
    orgId: string | null | undefined,
    userId: string | null | undefined,
  ): Promise<boolean> {
    return repo(Wallet)
      .createQueryBuilder('wallet')
      .where('wallet.id = :id AND wallet.orgId = :orgId AND wallet.userId = :userId', {
        id,
        orgId: orgId ?? null,
        userId: userId ?? null,
      })
      .getExists();
  }
}
