// The patient's cart: add, change the quantity, remove; only active products of the caller's organization
// go in. Totals are per currency at current prices (checkout takes the prices of its own moment).
import { Injectable } from '@nestjs/common';
import { currentTransaction } from '../../common/context/request-context';
import { DomainError, notFound } from '../../common/errors/domain-error';
import { CartRepository, type CartLine } from './cart.repository';
import { toCartItemDto } from './commerce.mapper';
import type { AddCartItemDto, CartDto, CartItemDto, CartTotalDto, UpdateCartItemDto } from './dto/cart.dto';
import { ProductsRepository } from './products.repository';

function totals(lines: CartLine[]): CartTotalDto[] {
  const sums = new Map<string, bigint>();
  for (const l of lines)
    sums.set(
      l.product.currency,
      (sums.get(l.product.currency) ?? 0n) + BigInt(l.product.price) * BigInt(l.quantity),
    );
  return [...sums].map(([currency, amount]) => ({ currency, amount: amount.toString() }));
}

@Injectable()
export class CartService {
  constructor(
    private readonly cart: CartRepository,
    private readonly products: ProductsRepository,
  ) {}

  private caller() {
    const { claims } = currentTransaction();
    return { orgId: claims.org_id ?? null, userId: claims.sub ?? null };
  }

  async get(): Promise<CartDto> {
    const { orgId, userId } = this.caller();
    const lines = await this.cart.lines(orgId, userId);
    return { items: lines.map(toCartItemDto), totals: totals(lines) };
  }

  async add(dto: AddCartItemDto): Promise<CartItemDto> {
    const { orgId, userId } = this.caller();
    const product = await this.products.findInOrg(orgId, dto.productId);
    if (!product) throw notFound('product');
    if (product.status !== 'active')
      throw new DomainError('unprocessable', `The product ${product.sku} is archived and no longer sold.`);
    if (await this.cart.lineForProduct(orgId, userId, product.id))
      throw new DomainError(
        'conflict',
        'The product is already in the cart; change the quantity of its line.',
      );
    const id = await this.cart.insert(product.id, dto.quantity);
    return this.getLine(id);
  }

  async update(id: string, dto: UpdateCartItemDto): Promise<CartItemDto> {
    const { orgId } = this.caller();
    const line = await this.cart.line(orgId, id);
    if (!line) throw notFound('cart item');
    if (line.product.status !== 'active')
      throw new DomainError(
        'unprocessable',
        `The product ${line.product.sku} is archived; remove it from the cart.`,
      );
    if (!(await this.cart.setQuantity(orgId, id, dto.quantity))) throw notFound('cart item');
    return this.getLine(id);
  }

  async remove(id: string): Promise<void> {
    if (!(await this.cart.delete(this.caller().orgId, id))) throw notFound('cart item');
  }

  private async getLine(id: string): Promise<CartItemDto> {
    const line = await this.cart.line(this.caller().orgId, id);
    if (!line) throw notFound('cart item');
    return toCartItemDto(line);
  }
}
