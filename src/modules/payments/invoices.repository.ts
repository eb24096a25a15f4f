import { Injectable } from '@nestjs/common';
import { repo } from '../../common/database/repository';
import { paginate, type Page } from '../../common/pagination';
import { Invoice } from './entities';

export type NewInvoice = Pick<Invoice, 'number' | 'amountDueMinor' | 'currency'> & {
  description?: string;
  dueAt?: Date;
};
export interface InvoiceChanges {
  description?: string;
  dueAt?: Date;
  status?: 'void';
}

/** Invoices of the caller's organization, as RLS lets the caller see them. */
@Injectable()
export class InvoicesRepository {
  private ofOrg(orgId: string | null | undefined) {
    return repo(Invoice)
      .createQueryBuilder('invoice')
      .where('invoice.orgId = :orgId', { orgId: orgId ?? null });
  }

  page(orgId: string | null | undefined, query: { limit: number; cursor?: string }): Promise<Page<Invoice>> {
    return paginate(this.ofOrg(orgId), query);
  }

  findOne(orgId: string | null | undefined, id: string): Promise<Invoice | null> {
    return this.ofOrg(orgId).andWhere('invoice.id = :id', { id }).getOne();
  }

  async insert(values: NewInvoice): Promise<Invoice> {
    const { identifiers } = await repo(Invoice).insert(values);
    return repo(Invoice).findOneByOrFail({ id: identifiers[0].id as string });
  }

  /** Sets the given fields, keeping the others; null when the caller has no such invoice to update. */
  async update(
    orgId: string | null | undefined,
    id: string,
    changes: InvoiceChanges,
  ): Promise<Invoice | null> {
    const { affected } = await repo(Invoice)
      .createQueryBuilder()
      .update()
      .set({
        description: changes.description ?? (() => 'description'),
        dueAt: changes.dueAt ?? (() => 'due_at'),
        status: changes.status ?? (() => 'status'),
      })
      .where('id = :id AND org_id = :orgId', { id, orgId: orgId ?? null })
      .execute();
    return affected ? this.findOne(orgId, id) : null;
  }
}
