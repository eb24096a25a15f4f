// Orders: checkout (one transaction, see checkout.queries.ts), reads (the patient their own, admins the
// organization's) and the admin's status moves (the database's transition trigger is the state machine).
import { Injectable } from '@nestjs/common';
import { currentTransaction } from '../../common/context/request-context';
import { pgError } from '../../common/database/sql-errors';
import { DomainError, notFound } from '../../common/errors/domain-error';
import { checkout } from './checkout.queries';
import { toOrderDto } from './commerce.mapper';
import type {
  CheckoutDto,
  OrderDto,
  OrderPageDto,
  OrderQueryDto,
  UpdateOrderStatusDto,
} from './dto/order.dto';
import type { Order } from './entities';
import { OrdersRepository } from './orders.repository';

/** How long a Stripe order holds its stock before the release job cancels it. */
export const STRIPE_HOLD_SECONDS = 30 * 60;
const TOTAL_MISMATCH = /^The order total is (\d+) ([A-Z]{3}) /;

@Injectable()
export class OrdersService {
  constructor(private readonly orders: OrdersRepository) {}

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

  /** Admin: one step of the state machine; an invalid move answers 409 (from the trigger). */
  async setStatus(id: string, dto: UpdateOrderStatusDto): Promise<OrderDto> {
    const orgId = this.orgId();
    const row = await this.orders.findById(orgId, id);
    if (!row) throw notFound('order');
    if (row.status === dto.status) throw new DomainError('conflict', `The order is already ${dto.status}.`);
    if (!(await this.orders.setStatus(orgId, id, dto.status))) throw notFound('order');
    return this.get(id);
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
