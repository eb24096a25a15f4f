// cart_items: the patient's own lines (RLS), each with its product.
import { Injectable } from '@nestjs/common';
import { repo } from '../../common/database/repository';
import { CartItem, type Product } from './entities';

export type CartLine = CartItem & { product: Product };

@Injectable()
export class CartRepository {
  /** The caller's lines, oldest first, each with its product. */
  async lines(orgId: string | null, patientId: string | null): Promise<CartLine[]> {
    return (await repo(CartItem)
      .createQueryBuilder('line')
      .innerJoinAndSelect('line.product', 'product')
      .where('line.orgId = :orgId AND line.patientId = :patientId', { orgId, patientId })
      .orderBy('line.addedAt', 'ASC')
      .addOrderBy('line.id', 'ASC')
      .getMany()) as CartLine[];
  }

  async line(orgId: string | null, id: string): Promise<CartLine | null> {
    return (await repo(CartItem)
      .createQueryBuilder('line')
      .innerJoinAndSelect('line.product', 'product')
      .where('line.orgId = :orgId AND line.id = :id', { orgId, id })
      .getOne()) as CartLine | null;
  }

  lineForProduct(
    orgId: string | null,
    patientId: string | null,
    productId: string,
  ): Promise<CartItem | null> {
    return repo(CartItem).findOneBy({
      orgId: orgId ?? undefined,
      patientId: patientId ?? undefined,
      productId,
    });
  }

  async insert(productId: string, quantity: number): Promise<string> {
    const { identifiers } = await repo(CartItem).insert({ productId, quantity });
    return identifiers[0].id as string;
  }

  async setQuantity(orgId: string | null, id: string, quantity: number): Promise<boolean> {
    const { affected } = await repo(CartItem).update({ id, orgId: orgId ?? undefined }, { quantity });
    return !!affected;
  }

  async delete(orgId: string | null, id: string): Promise<boolean> {
    const { affected } = await repo(CartItem).delete({ id, orgId: orgId ?? undefined });
    return !!affected;
  }
}
