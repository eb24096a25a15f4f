// Invoices, fiat and crypto payments, refunds and the caller's Stripe customer. The invariants (a payment
// never exceeds what is due, refunds never exceed the payment, under concurrency) are enforced by the
// definer triggers of the migration under row locks; RLS decides who reads what.
import { Injectable } from '@nestjs/common';
import { currentTransaction } from '../../common/context/request-context';
import { sql } from '../../common/database/sql';
import { notFound } from '../../common/errors/domain-error';
import { decodeCursor, type PageQueryDto } from '../../common/pagination';
import { CURSOR_AT, keysetPage } from './paging';
import type {
  CreateCryptoPaymentDto,
  CreateInvoiceDto,
  CreatePaymentDto,
  CreateRefundDto,
  UpdateInvoiceDto,
} from './dto/billing.dto';

const INVOICE = `id, number, description, amount_due_minor::text AS "amountDueMinor", amount_paid_minor::text AS "amountPaidMinor",
  currency, status, due_at AS "dueAt", created_at AS "createdAt", updated_at AS "updatedAt"`;
const PAYMENT = `id, user_id AS "userId", invoice_id AS "invoiceId", amount_minor::text AS "amountMinor", currency,
  refunded_minor::text AS "refundedMinor", status, method, external_reference AS "externalReference", created_at AS "createdAt"`;
const CRYPTO_PAYMENT = `id, user_id AS "userId", invoice_id AS "invoiceId", trim_scale(amount)::text AS amount, currency, network,
  tx_hash AS "txHash", credited_minor::text AS "creditedMinor", status, created_at AS "createdAt"`;
const REFUND = `id, payment_id AS "paymentId", user_id AS "userId", amount_minor::text AS "amountMinor", currency, reason,
  created_at AS "createdAt"`;

type Table = 'invoices' | 'payments' | 'crypto_payments' | 'refunds';

@Injectable()
export class BillingService {
  private get orgId() {
    return currentTransaction().claims.org_id;
  }

  /** Keyset page of a table the caller may read (RLS decides which rows). */
  private async pageOf(table: Table, columns: string, q: PageQueryDto) {
    const after = decodeCursor(q.cursor);
    const rows = await sql().rows<{ cursorAt: string; id: string }>(
      `SELECT ${columns}, ${CURSOR_AT} FROM public.${table}
       WHERE org_id = $1 AND ($2::timestamptz IS NULL OR (created_at, id) < ($2::timestamptz, $3::uuid))
       ORDER BY created_at DESC, id DESC LIMIT $4`,
      [this.orgId, after?.createdAt ?? null, after?.id ?? null, q.limit + 1],
    );
    return keysetPage(rows, q.limit);
  }

  private async oneOf(table: Table, columns: string, id: string, what: string) {
    const row = await sql().one(`SELECT ${columns} FROM public.${table} WHERE id = $1 AND org_id = $2`, [id, this.orgId]);
    if (!row) throw notFound(what);
    return row;
  }

  invoices(q: PageQueryDto) {
    return this.pageOf('invoices', INVOICE, q);
  }
  invoice(id: string) {
    return this.oneOf('invoices', INVOICE, id, 'invoice');
  }
  createInvoice(dto: CreateInvoiceDto) {
    return sql().returning(
      `INSERT INTO public.invoices (number, description, amount_due_minor, currency, due_at)
       VALUES ($1, $2, $3::bigint, $4, $5) RETURNING ${INVOICE}`,
      [dto.number, dto.description ?? null, dto.amountDueMinor, dto.currency, dto.dueAt ?? null],
    );
  }
  async updateInvoice(id: string, dto: UpdateInvoiceDto) {
    const row = await sql().one(
      `UPDATE public.invoices SET description = coalesce($3, description), due_at = coalesce($4, due_at),
              status = coalesce($5, status)
       WHERE id = $1 AND org_id = $2 RETURNING ${INVOICE}`,
      [id, this.orgId, dto.description ?? null, dto.dueAt ?? null, dto.status ?? null],
    );
    if (!row) throw notFound('invoice');
    return row;
  }

  payments(q: PageQueryDto) {
    return this.pageOf('payments', PAYMENT, q);
  }
  payment(id: string) {
    return this.oneOf('payments', PAYMENT, id, 'payment');
  }
  createPayment(dto: CreatePaymentDto) {
    return sql().returning(
      `INSERT INTO public.payments (user_id, invoice_id, amount_minor, currency, method, external_reference)
       VALUES ($1, $2, $3::bigint, $4, coalesce($5, 'card'), $6) RETURNING ${PAYMENT}`,
      [dto.userId, dto.invoiceId, dto.amountMinor, dto.currency, dto.method ?? null, dto.externalReference ?? null],
    );
  }

  cryptoPayments(q: PageQueryDto) {
    return this.pageOf('crypto_payments', CRYPTO_PAYMENT, q);
  }
  cryptoPayment(id: string) {
    return this.oneOf('crypto_payments', CRYPTO_PAYMENT, id, 'crypto payment');
  }
  createCryptoPayment(dto: CreateCryptoPaymentDto) {
    return sql().returning(
      `INSERT INTO public.crypto_payments (user_id, invoice_id, amount, currency, network, tx_hash, credited_minor)
       VALUES ($1, $2, $3::numeric, $4, $5, $6, $7::bigint) RETURNING ${CRYPTO_PAYMENT}`,
      [dto.userId, dto.invoiceId ?? null, dto.amount, dto.currency, dto.network ?? null, dto.txHash, dto.creditedMinor ?? null],
    );
  }

  refunds(q: PageQueryDto) {
    return this.pageOf('refunds', REFUND, q);
  }
  refund(id: string) {
    return this.oneOf('refunds', REFUND, id, 'refund');
  }
  createRefund(dto: CreateRefundDto) {
    return sql().returning(
      `INSERT INTO public.refunds (payment_id, amount_minor, reason) VALUES ($1, $2::bigint, $3) RETURNING ${REFUND}`,
      [dto.paymentId, dto.amountMinor, dto.reason ?? null],
    );
  }

  async billingCustomer() {
    const { claims } = currentTransaction();
    const row = await sql().one(
      `SELECT id, stripe_customer_id AS "stripeCustomerId", stripe_subscription_id AS "stripeSubscriptionId",
              subscription_status AS "subscriptionStatus", plan, current_period_end AS "currentPeriodEnd", updated_at AS "updatedAt"
       FROM public.billing_customers WHERE org_id = $1 AND user_id = $2`,
      [claims.org_id, claims.sub],
    );
    if (!row) throw notFound('billing customer');
    return row;
  }
}
