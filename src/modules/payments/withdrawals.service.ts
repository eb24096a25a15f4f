// Crypto withdrawals (seeds 000/001). The hold, the available-balance check under the wallet's row lock,
// the status transitions and the settlement through the ledger are all in the database (triggers of the
// migration); this service only asks.
import { Injectable } from '@nestjs/common';
import { currentTransaction } from '../../common/context/request-context';
import { notFound } from '../../common/errors/domain-error';
import type { Page } from '../../common/pagination';
import { trimScale } from './dto/money';
import type { CreateWithdrawalDto, WithdrawalDto, WithdrawalQueryDto } from './dto/withdrawals.dto';
import type { CryptoWithdrawal, WithdrawalStatus } from './entities/crypto-withdrawal.entity';
import { WalletsRepository } from './wallets.repository';
import { WithdrawalsRepository } from './withdrawals.repository';

function toDto(w: CryptoWithdrawal): WithdrawalDto {
  return {
    id: w.id,
    userId: w.userId,
    walletId: w.walletId,
    amount: trimScale(w.amount),
    currency: w.currency,
    destinationAddress: w.destinationAddress,
    network: w.network,
    status: w.status,
    reviewedBy: w.reviewedBy,
    reviewedAt: w.reviewedAt,
    completedAt: w.completedAt,
    txHash: w.txHash,
    transferId: w.transferId,
    createdAt: w.createdAt,
    updatedAt: w.updatedAt,
  };
}

@Injectable()
export class WithdrawalsService {
  constructor(
    private readonly withdrawals: WithdrawalsRepository,
    private readonly wallets: WalletsRepository,
  ) {}

  /** Own withdrawals; an admin sees the organization's (RLS decides). */
  async list(q: WithdrawalQueryDto): Promise<Page<WithdrawalDto>> {
    const { items, nextCursor } = await this.withdrawals.page(currentTransaction().claims.org_id, q);
    return { items: items.map(toDto), nextCursor };
  }

  async get(id: string): Promise<WithdrawalDto> {
    const row = await this.withdrawals.findOne(currentTransaction().claims.org_id, id);
    if (!row) throw notFound('withdrawal');
    return toDto(row);
  }

  async request(dto: CreateWithdrawalDto): Promise<WithdrawalDto> {
    const { claims } = currentTransaction();
    if (!(await this.wallets.isOwnedBy(dto.walletId, claims.org_id, claims.sub))) throw notFound('wallet');
    const row = await this.withdrawals.insert({
      walletId: dto.walletId,
      amount: dto.amount,
      destinationAddress: dto.destinationAddress,
      network: dto.network,
    });
    return toDto(row);
  }

  /** Admin: moves the status; the database refuses transitions that are not allowed (409). */
  async transition(
    id: string,
    status: Exclude<WithdrawalStatus, 'PENDING'>,
    txHash?: string,
  ): Promise<WithdrawalDto> {
    const row = await this.withdrawals.transition(currentTransaction().claims.org_id, id, status, txHash);
    if (!row) throw notFound('withdrawal');
    return toDto(row);
  }
}
