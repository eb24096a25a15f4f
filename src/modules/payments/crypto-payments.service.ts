// Crypto payments: an exact decimal amount (a string end to end), recorded by an admin, optionally settling an
// invoice (the definer trigger checks what is due under the invoice's row lock). RLS decides who reads what.
import { Injectable } from '@nestjs/common';
import { currentTransaction } from '../../common/context/request-context';
import { notFound } from '../../common/errors/domain-error';
import type { Page, PageQueryDto } from '../../common/pagination';
import type { CreateCryptoPaymentDto, CryptoPaymentDto } from './dto/crypto-payments.dto';
import { trimScale } from './dto/money';
import type { CryptoPayment } from './entities';
import { CryptoPaymentsRepository } from './crypto-payments.repository';

function toDto(c: CryptoPayment): CryptoPaymentDto {
  return {
    id: c.id,
    userId: c.userId,
    invoiceId: c.invoiceId,
    amount: trimScale(c.amount),
    currency: c.currency,
    network: c.network,
    txHash: c.txHash,
    creditedMinor: c.creditedMinor,
    status: c.status,
    createdAt: c.createdAt,
  };
}

@Injectable()
export class CryptoPaymentsService {
  constructor(private readonly cryptoPayments: CryptoPaymentsRepository) {}

  async list(q: PageQueryDto): Promise<Page<CryptoPaymentDto>> {
    const { items, nextCursor } = await this.cryptoPayments.page(currentTransaction().claims.org_id, q);
    return { items: items.map(toDto), nextCursor };
  }

  async get(id: string): Promise<CryptoPaymentDto> {
    const row = await this.cryptoPayments.findOne(currentTransaction().claims.org_id, id);
    if (!row) throw notFound('crypto payment');
    return toDto(row);
  }

  async create(dto: CreateCryptoPaymentDto): Promise<CryptoPaymentDto> {
    const row = await this.cryptoPayments.insert({
      userId: dto.userId,
      invoiceId: dto.invoiceId,
      amount: dto.amount,
      currency: dto.currency,
      network: dto.network,
      txHash: dto.txHash,
      creditedMinor: dto.creditedMinor,
    });
    return toDto(row);
  }
}
