// orders and their items, as RLS shows them: the patient their own, admins the organization's.
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { repo } from '../../common/database/repository';
import { paginate, type Page } from '../../common/pagination';
import type { OrderQueryDto } from './dto/order.dto';
import { Order, OrderItem, type OrderStatus } from './entities';

@Injectable()
export class OrdersRepository {
  list(orgId: string | null, q: OrderQueryDto): Promise<Page<Order>> {
    const qb = repo(Order).createQueryBuilder('o').where('o.orgId = :orgId', { orgId });
    if (q.status) qb.andWhere('o.status = :status', { status: q.status });
    return paginate(qb, q);
  }

  findById(orgId: string | null, id: string): Promise<Order | null> {
    return repo(Order).findOneBy({ id, orgId: orgId ?? undefined });
  }

  /** The items of the given orders, in product order. */
  items(orderIds: string[]): Promise<OrderItem[]> {
    if (!orderIds.length) return Promise.resolve([]);
    return repo(OrderItem).find({ where: { orderId: In(orderIds) }, order: { productId: 'ASC' } });
  }

  /** Moves the status (the transition trigger decides and does the rest); false when no row was written. */
  async setStatus(orgId: string | null, id: string, status: OrderStatus): Promise<boolean> {
    const { affected } = await repo(Order).update({ id, orgId: orgId ?? undefined }, { status });
    return !!affected;
  }
}
