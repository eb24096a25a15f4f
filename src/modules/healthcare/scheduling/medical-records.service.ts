import { Injectable } from '@nestjs/common';
import { DomainError, notFound } from '../../../common/errors/domain-error';
import type { Page } from '../../../common/pagination';
import { ClinicalAccessAudit } from './clinical-access-audit';
import type { CreateMedicalRecordDto } from './dto/create-medical-record.dto';
import type { MedicalRecordQueryDto } from './dto/list-medical-records.query.dto';
import type { MedicalRecordDto } from './dto/medical-record.response.dto';
import type { UpdateMedicalRecordDto } from './dto/update-medical-record.dto';
import { toMedicalRecordChanges, toMedicalRecordDto, toMedicalRecordValues } from './medical-records.mapper';
import { MedicalRecordsRepository } from './medical-records.repository';
import { ProvidersRepository } from './providers.repository';
import { callerOrgId, nothingToUpdate, type ResponseBody } from './scheduling.helpers';

type Body = ResponseBody<MedicalRecordDto>;
const NOUN = 'medical record';

/**
 * Medical records: every read is audited (lists, gets, and the answer to a create or update), a get refused
 * with 404 as denied; a provider authors as themselves by default.
 */
@Injectable()
export class MedicalRecordsService {
  constructor(
    private readonly records: MedicalRecordsRepository,
    private readonly providers: ProvidersRepository,
    private readonly audit: ClinicalAccessAudit,
  ) {}

  async list(q: MedicalRecordQueryDto): Promise<Page<Body>> {
    const page = await this.records.list(callerOrgId(), q);
    const items = page.items.map(toMedicalRecordDto);
    await this.audit.record({
      table: 'medical_records',
      action: 'read',
      rowIds: items.map((r) => r.id),
      patientIds: [...new Set(items.map((r) => r.patientId))],
    });
    return { items, nextCursor: page.nextCursor };
  }

  async get(id: string): Promise<Body> {
    const row = await this.records.findById(id, callerOrgId());
    if (!row) {
      this.audit.recordDenied('medical_records', id);
      throw notFound(NOUN);
    }
    await this.audit.record({
      table: 'medical_records',
      action: 'read',
      rowIds: [id],
      patientIds: [row.patientId],
    });
    return toMedicalRecordDto(row);
  }

  async create(dto: CreateMedicalRecordDto): Promise<Body> {
    let providerId = dto.providerId;
    if (!providerId) {
      const mine = await this.providers.myProviderId();
      if (!mine)
        throw new DomainError('invalid-input', 'providerId is required.', [
          { field: 'providerId', message: 'is required' },
        ]);
      providerId = mine;
    }
    return this.get(await this.records.insert(toMedicalRecordValues(dto, providerId)));
  }

  async update(id: string, dto: UpdateMedicalRecordDto): Promise<Body> {
    const values = toMedicalRecordChanges(dto);
    if (!Object.keys(values).length) throw nothingToUpdate();
    if (!(await this.records.update(id, callerOrgId(), values))) throw notFound(NOUN);
    return this.get(id);
  }

  async remove(id: string): Promise<void> {
    if (!(await this.records.delete(id, callerOrgId()))) throw notFound(NOUN);
  }
}
