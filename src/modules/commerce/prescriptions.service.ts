// Prescriptions: a provider on the patient's care team prescribes a product (quantity, expiry); the patient
// and the issuing provider read it; checkout consumes it in the order's transaction.
import { Injectable } from '@nestjs/common';
import { currentTransaction } from '../../common/context/request-context';
import { DomainError, notFound } from '../../common/errors/domain-error';
import { toPrescriptionDto } from './commerce.mapper';
import type {
  CreatePrescriptionDto,
  PrescriptionDto,
  PrescriptionPageDto,
  PrescriptionQueryDto,
} from './dto/prescription.dto';
import { PrescriptionsRepository } from './prescriptions.repository';
import { myProviderId, prescriberFor } from './prescriptions.queries';
import { ProductsRepository } from './products.repository';

@Injectable()
export class PrescriptionsService {
  constructor(
    private readonly prescriptions: PrescriptionsRepository,
    private readonly products: ProductsRepository,
  ) {}

  private orgId(): string | null {
    return currentTransaction().claims.org_id ?? null;
  }

  async list(q: PrescriptionQueryDto): Promise<PrescriptionPageDto> {
    const page = await this.prescriptions.list(this.orgId(), q);
    return { items: page.items.map(toPrescriptionDto), nextCursor: page.nextCursor };
  }

  async get(id: string): Promise<PrescriptionDto> {
    const row = await this.prescriptions.findById(this.orgId(), id);
    if (!row) throw notFound('prescription');
    return toPrescriptionDto(row);
  }

  async issue(dto: CreatePrescriptionDto): Promise<PrescriptionDto> {
    if (dto.expiresAt.getTime() <= Date.now())
      throw new DomainError('invalid-input', 'expiresAt: must be in the future', [
        { field: 'expiresAt', message: 'must be in the future' },
      ]);
    if (!(await this.products.findInOrg(this.orgId(), dto.productId))) throw notFound('product');
    const providerId = await myProviderId();
    if (!providerId || !(await prescriberFor(dto.patientId)))
      throw new DomainError('forbidden', "Only a provider on the patient's care team prescribes for them.");
    const id = await this.prescriptions.insert({
      patientId: dto.patientId,
      providerId,
      productId: dto.productId,
      quantity: dto.quantity,
      expiresAt: dto.expiresAt,
      notes: dto.notes ?? null,
    });
    return this.get(id);
  }
}
