// Fiat payments, recorded by an admin against an open invoice. The invariants (same currency, never more than
// is due, the payer is a member) are enforced under the invoice's row lock by the definer trigger; RLS decides
// who reads what (own payments, or the organization's for admins).
import { Injectable } from '@nestjs/common';
import { currentTransaction } from '../../common/context/request-context';
import { notFound } from '../../common/errors/domain-error';
import type { Page, PageQueryDto } from '../../common/pagination';
import type { CreatePaymentDto, PaymentDto } from './dto/payments.dto';
import type { Payment } from './entities';
import type { PaymentMethod } from './entities/payment.entity';
import { PaymentsRepository } from './payments.repository';

function toDto(p: Payment): PaymentDto {
  return {
    id: p.id,
    userId: p.userId,
    invoiceId: p.invoiceId,
    amountMinor: p.amountMinor,
    currency: p.currency,
    refundedMinor: p.refundedMinor,
    status: p.status,
    method: p.method,
    externalReference: p.externalReference,
    createdAt: p.createdAt,
  };
}

@Injectable()
export class PaymentsService {
  constructor(private readonly payments: PaymentsRepository) {}

  async list(q: PageQueryDto): Promise<Page<PaymentDto>> {
    const { items, nextCursor } = await this.payments.page(currentTransaction().claims.org_id, q);
    return { items: items.map(toDto), nextCursor };
  }

  async get(id: string): Promise<PaymentDto> {
    const row = await this.payments.findOne(currentTransaction().claims.org_id, id);
    if (!row) throw notFound('payment');
    return toDto(row);
  }

  async create(dto: CreatePaymentDto): Promise<PaymentDto> {
    const row = await this.payments.insert({
      userId: dto.userId,
      invoiceId: dto.invoiceId,
      amountMinor: dto.amountMinor,
      currency: dto.currency,
      // One of the payment methods (validated by IsIn).
      method: dto.method as PaymentMethod | undefined,
      externalReference: dto.externalReference,
    });
    return toDto(row);
  }
}
