// Invoices: admins issue and change them; a payer reads those their payments settle (RLS). Payments move
// amount_paid_minor and the paid status under the invoice's row lock (the payment triggers), never this service.
import { Injectable } from '@nestjs/common';
import { currentTransaction } from '../../common/context/request-context';
import { notFound } from '../../common/errors/domain-error';
import type { Page, PageQueryDto } from '../../common/pagination';
import type { CreateInvoiceDto, InvoiceDto, UpdateInvoiceDto } from './dto/invoices.dto';
import type { Invoice } from './entities';
import { InvoicesRepository } from './invoices.repository';

function toDto(i: Invoice): InvoiceDto {
  return {
    id: i.id,
    number: i.number,
    description: i.description,
    amountDueMinor: i.amountDueMinor,
    amountPaidMinor: i.amountPaidMinor,
    currency: i.currency,
    status: i.status,
    dueAt: i.dueAt,
    createdAt: i.createdAt,
    updatedAt: i.updatedAt,
  };
}

@Injectable()
export class InvoicesService {
  constructor(private readonly invoices: InvoicesRepository) {}

  async list(q: PageQueryDto): Promise<Page<InvoiceDto>> {
    const { items, nextCursor } = await this.invoices.page(currentTransaction().claims.org_id, q);
    return { items: items.map(toDto), nextCursor };
  }

  async get(id: string): Promise<InvoiceDto> {
    const row = await this.invoices.findOne(currentTransaction().claims.org_id, id);
    if (!row) throw notFound('invoice');
    return toDto(row);
  }

  async create(dto: CreateInvoiceDto): Promise<InvoiceDto> {
    const row = await this.invoices.insert({
      number: dto.number,
      description: dto.description,
      amountDueMinor: dto.amountDueMinor,
      currency: dto.currency,
      dueAt: dto.dueAt,
    });
    return toDto(row);
  }

  async update(id: string, dto: UpdateInvoiceDto): Promise<InvoiceDto> {
    const row = await this.invoices.update(currentTransaction().claims.org_id, id, {
      description: dto.description,
      dueAt: dto.dueAt,
      status: dto.status,
    });
    if (!row) throw notFound('invoice');
    return toDto(row);
  }
}
