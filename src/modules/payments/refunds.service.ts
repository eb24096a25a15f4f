// Refunds: an admin refunds (part of) a payment; the definer trigger keeps the total within the payment under
// its row lock and copies payer and currency. RLS decides who reads what (own, or the organization's for admins).
import { Injectable } from '@nestjs/common';
import { currentTransaction } from '../../common/context/request-context';
import { notFound } from '../../common/errors/domain-error';
import type { Page, PageQueryDto } from '../../common/pagination';
import type { CreateRefundDto, RefundDto } from './dto/refunds.dto';
import type { Refund } from './entities';
import { RefundsRepository } from './refunds.repository';

function toDto(r: Refund): RefundDto {
  return {
    id: r.id,
    paymentId: r.paymentId,
    userId: r.userId,
    amountMinor: r.amountMinor,
    currency: r.currency,
    reason: r.reason,
    createdAt: r.createdAt,
  };
}

@Injectable()
export class RefundsService {
  constructor(private readonly refunds: RefundsRepository) {}

  async list(q: PageQueryDto): Promise<Page<RefundDto>> {
    const { items, nextCursor } = await this.refunds.page(currentTransaction().claims.org_id, q);
    return { items: items.map(toDto), nextCursor };
  }

  async get(id: string): Promise<RefundDto> {
    const row = await this.refunds.findOne(currentTransaction().claims.org_id, id);
    if (!row) throw notFound('refund');
    return toDto(row);
  }

  async create(dto: CreateRefundDto): Promise<RefundDto> {
    const row = await this.refunds.insert({
      paymentId: dto.paymentId,
      amountMinor: dto.amountMinor,
      reason: dto.reason,
    });
    return toDto(row);
  }
}
