// The shop's products: anyone reads (the catalog is public), the organization's admins write. A product that
// was ever ordered is archived instead of deleted; the recall answers who received a lot.
import { Injectable } from '@nestjs/common';
import { currentTransaction } from '../../common/context/request-context';
import { DomainError, notFound } from '../../common/errors/domain-error';
import { toProductDto, toRecallEntryDto } from './commerce.mapper';
import type {
  CreateProductDto,
  ProductDto,
  ProductPageDto,
  ProductQueryDto,
  ProductRemovalDto,
  RecallPageDto,
  RecallQueryDto,
  UpdateProductDto,
} from './dto/product.dto';
import type { Order, OrderItem } from './entities';
import { ProductsRepository, type ProductValues } from './products.repository';

function values(dto: UpdateProductDto): ProductValues {
  const v: ProductValues = {};
  if (dto.name !== undefined) v.name = dto.name;
  if (dto.description !== undefined) v.description = dto.description;
  if (dto.treatmentId !== undefined) v.treatmentId = dto.treatmentId;
  if (dto.manufacturer !== undefined) v.manufacturer = dto.manufacturer;
  if (dto.batchLotInfo !== undefined) v.batchLotInfo = dto.batchLotInfo;
  if (dto.sku !== undefined) v.sku = dto.sku;
  if (dto.price !== undefined) v.price = dto.price;
  if (dto.currency !== undefined) v.currency = dto.currency;
  if (dto.inventoryCount !== undefined) v.inventoryCount = dto.inventoryCount;
  if (dto.isPrescriptionRequired !== undefined) v.isPrescriptionRequired = dto.isPrescriptionRequired;
  if (dto.status !== undefined) v.status = dto.status;
  return v;
}

@Injectable()
export class ProductsService {
  constructor(private readonly products: ProductsRepository) {}

  async list(q: ProductQueryDto): Promise<ProductPageDto> {
    const page = await this.products.list(q);
    return { items: page.items.map(toProductDto), nextCursor: page.nextCursor };
  }

  async get(id: string): Promise<ProductDto> {
    const row = await this.products.findById(id);
    if (!row) throw notFound('product');
    return toProductDto(row);
  }

  async create(dto: CreateProductDto): Promise<ProductDto> {
    return toProductDto(await this.products.insert(values(dto)));
  }

  async update(id: string, dto: UpdateProductDto): Promise<ProductDto> {
    const orgId = currentTransaction().claims.org_id ?? null;
    const v = values(dto);
    const row = Object.keys(v).length
      ? await this.products.update(orgId, id, v)
      : await this.products.findInOrg(orgId, id);
    if (!row) throw notFound('product');
    return toProductDto(row);
  }

  /** Deletes a product never ordered; archives one that was (its order items keep pointing at it). */
  async remove(id: string): Promise<ProductRemovalDto> {
    const orgId = currentTransaction().claims.org_id ?? null;
    if (!(await this.products.findInOrg(orgId, id))) throw notFound('product');
    if (await this.products.everOrdered(orgId, id)) {
      if (!(await this.products.update(orgId, id, { status: 'archived' }))) throw notFound('product');
      return { id, outcome: 'archived' };
    }
    if (!(await this.products.delete(orgId, id))) throw notFound('product');
    return { id, outcome: 'deleted' };
  }

  /** Admin: every order and patient that received the lot of the product (one page). */
  async recall(id: string, q: RecallQueryDto): Promise<RecallPageDto> {
    const orgId = currentTransaction().claims.org_id ?? null;
    if (!(await this.products.findInOrg(orgId, id))) throw notFound('product');
    if (!q.lot.trim()) throw new DomainError('invalid-input', 'lot: must not be blank');
    const page = await this.products.recall(orgId, id, q);
    return {
      items: page.items.map((i) => toRecallEntryDto(i as OrderItem & { order: Order })),
      nextCursor: page.nextCursor,
    };
  }
}
