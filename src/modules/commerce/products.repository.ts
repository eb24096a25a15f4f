// products and the recall query: one typed query per method, on the request transaction (RLS as the caller).
import { Injectable } from '@nestjs/common';
import { repo } from '../../common/database/repository';
import { paginate, type Page } from '../../common/pagination';
import type { ProductQueryDto, RecallQueryDto } from './dto/product.dto';
import { OrderItem, Product } from './entities';

export type ProductValues = Partial<
  Pick<
    Product,
    | 'name'
    | 'description'
    | 'treatmentId'
    | 'manufacturer'
    | 'batchLotInfo'
    | 'sku'
    | 'price'
    | 'currency'
    | 'inventoryCount'
    | 'isPrescriptionRequired'
    | 'status'
  >
>;

@Injectable()
export class ProductsRepository {
  /** One page of an organization's products in one status, newest first. */
  list(q: ProductQueryDto): Promise<Page<Product>> {
    const qb = repo(Product)
      .createQueryBuilder('product')
      .where('product.orgId = :orgId AND product.status = :status', { orgId: q.orgId, status: q.status });
    if (q.sku) qb.andWhere('product.sku = :sku', { sku: q.sku });
    return paginate(qb, q);
  }

  findById(id: string): Promise<Product | null> {
    return repo(Product).findOneBy({ id });
  }

  /** A product of the caller's organization. */
  findInOrg(orgId: string | null, id: string): Promise<Product | null> {
    return repo(Product).findOneBy({ id, orgId: orgId ?? undefined });
  }

  async insert(values: ProductValues): Promise<Product> {
    const { identifiers } = await repo(Product).insert(values);
    return repo(Product).findOneByOrFail({ id: identifiers[0].id as string });
  }

  /** Updates a product of the caller's organization (RLS: admins only); null when none was written. */
  async update(orgId: string | null, id: string, values: ProductValues): Promise<Product | null> {
    const { affected } = await repo(Product).update({ id, orgId: orgId ?? undefined }, values);
    return affected ? this.findById(id) : null;
  }

  /** Whether any order ever named the product (admins see every order item of the organization). */
  everOrdered(orgId: string | null, id: string): Promise<boolean> {
    return repo(OrderItem)
      .createQueryBuilder('item')
      .where('item.orgId = :orgId AND item.productId = :id', { orgId, id })
      .getExists();
  }

  async delete(orgId: string | null, id: string): Promise<boolean> {
    const { affected } = await repo(Product).delete({ id, orgId: orgId ?? undefined });
    return !!affected;
  }

  /** Every order item of the product sold from the lot, with its order (one page), newest first. */
  recall(orgId: string | null, productId: string, q: RecallQueryDto): Promise<Page<OrderItem>> {
    const qb = repo(OrderItem)
      .createQueryBuilder('item')
      .innerJoinAndSelect('item.order', 'order')
      .where('item.orgId = :orgId AND item.productId = :productId AND item.batchLotInfo = :lot', {
        orgId,
        productId,
        lot: q.lot,
      });
    return paginate(qb, q);
  }
}
