// Orders: checkout (one transaction, see checkout.queries.ts), reads (the patient their own, admins the
// organization's) and the admin's status moves (the database's transition trigger is the state machine).
import { Injectable } from '@nestjs/common';
import type { Claims } from '../../common/context/claims';
import { currentTransaction } from '../../common/context/request-context';
import { RlsTransactions } from '../../common/database/rls-transactions';
import { pgError } from '../../common/database/sql-errors';
import { DomainError, notFound } from '../../common/errors/domain-error';
import { checkout } from './checkout.queries';
import { toOrderDto } from './commerce.mapper';
import type {
  CheckoutDto,
  OrderDto,
  OrderPageDto,
  OrderQueryDto,
  PaymentIntentDto,
  UpdateOrderStatusDto,
} from './dto/order.dto';
import type { Order } from './entities';
import { OrderStripeService } from './order-stripe.service';
import { OrdersRepository } from './orders.repository';

/** How long a Stripe order holds its stock before the release job cancels it. */
export const STRIPE_HOLD_SECONDS = 30 * 60;
const TOTAL_MISMATCH = /^The order total is (\d+) ([A-Z]{3}) /;

@Injectable()
export class OrdersService {
  constructor(
    private readonly orders: OrdersRepository,
    private readonly tx: RlsTransactions,
    private readonly stripe: OrderStripeService,
  ) {}

  private orgId(): string | null {
    return currentTransaction().claims.org_id ?? null;
  }

  async checkout(dto: CheckoutDto): Promise<OrderDto> {
    let id: string;
    try {
      id = await checkout({
        method: dto.paymentMethod,
        currency: dto.currency ?? null,
        expectedTotal: dto.expectedTotal ?? null,
        prescriptionIds: dto.prescriptionIds ?? [],
        shipping: dto.shippingAddress ?? null,
        billing: dto.billingAddress ?? null,
        holdSeconds: STRIPE_HOLD_SECONDS,
      });
    } catch (err) {
      const db = pgError(err);
      const mismatch = db?.code === 'CB409' ? TOTAL_MISMATCH.exec(db.message) : null;
      if (mismatch)
        throw new DomainError('conflict', db!.message, [
          { field: 'expectedTotal', message: `the current total is ${mismatch[1]} ${mismatch[2]}` },
        ]);
      throw err;
    }
    return this.get(id);
  }

  async list(q: OrderQueryDto): Promise<OrderPageDto> {
    const page = await this.orders.list(this.orgId(), q);
    return { items: await this.withItems(page.items), nextCursor: page.nextCursor };
  }

  async get(id: string): Promise<OrderDto> {
    const row = await this.orders.findById(this.orgId(), id);
    if (!row) throw notFound('order');
    return (await this.withItems([row]))[0];
  }

  /**
   * Admin: one step of the state machine; an invalid move answers 409 (from the trigger). Runs in its own
   * transaction: a Stripe-paid order moved to cancelled or refunded is refunded at Stripe after the commit.
   */
  async setStatus(claims: Claims, id: string, dto: UpdateOrderStatusDto): Promise<OrderDto> {
    const order = await this.tx.run(claims, async () => {
      const orgId = this.orgId();
      const row = await this.orders.findById(orgId, id);
      if (!row) throw notFound('order');
      if (row.status === dto.status) throw new DomainError('conflict', `The order is already ${dto.status}.`);
      if (!(await this.orders.setStatus(orgId, id, dto.status))) throw notFound('order');
      return this.get(id);
    });
    if (order.stripeRefund?.status !== 'pending' || !(await this.stripe.refund(claims.org_id!, id)))
      return order;
    return this.tx.run(claims, () => this.get(id));
  }

  /** Admin: another attempt at a pending or failed Stripe refund. */
  async retryStripeRefund(claims: Claims, id: string): Promise<OrderDto> {
    const order = await this.tx.run(claims, () => this.get(id));
    if (order.stripeRefund?.status !== 'pending' && order.stripeRefund?.status !== 'failed')
      throw new DomainError(
        'conflict',
        order.stripeRefund
          ? `The Stripe refund is ${order.stripeRefund.status}; there is nothing to retry.`
          : 'The order has no Stripe refund.',
      );
    this.stripe.assertConfigured();
    if (!(await this.stripe.refund(claims.org_id!, id)))
      throw new DomainError('conflict', 'The Stripe refund is no longer pending or failed.');
    return this.tx.run(claims, () => this.get(id));
  }

  /** Patient: the PaymentIntent of their pending Stripe order. */
  paymentIntent(claims: Claims, id: string): Promise<PaymentIntentDto> {
    return this.stripe.paymentIntent(claims, id);
  }

  private async withItems(orders: Order[]): Promise<OrderDto[]> {
    const items = await this.orders.items(orders.map((o) => o.id));
    return orders.map((o) =>
      toOrderDto(
        o,
        items.filter((i) => i.orderId === o.id),
      ),
    );
  }
}
