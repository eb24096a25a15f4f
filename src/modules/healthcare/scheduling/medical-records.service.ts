import { Injectable } from '@nestjs/common';
import { DomainError, notFound } from '../../../common/errors/domain-error';
import type { Page, PageQueryDto } from '../../../common/pagination';
import { ClinicalAccessAudit } from './clinical-access-audit';
import type { AmendMedicalRecordDto } from './dto/amend-medical-record.dto';
import type { CreateMedicalRecordDto } from './dto/create-medical-record.dto';
import type { MedicalRecordQueryDto } from './dto/list-medical-records.query.dto';
import type { MedicalRecordDto, MedicalRecordVersionDto } from './dto/medical-record.response.dto';
import type { UpdateMedicalRecordDto } from './dto/update-medical-record.dto';
import type { MedicalRecord } from './entities';
import {
  toMedicalRecordContent,
  toMedicalRecordDto,
  toMedicalRecordValues,
  toMedicalRecordVersionDto,
} from './medical-records.mapper';
import { MedicalRecordsRepository } from './medical-records.repository';
import { ProvidersRepository } from './providers.repository';
import { callerOrgId, nothingToUpdate, type ResponseBody } from './scheduling.helpers';

type Body = ResponseBody<MedicalRecordDto>;
const NOUN = 'medical record';

const amendRoute = (id: string) => `POST /api/medical-records/${id}/amendments`;

/**
 * Medical records: every read is audited (lists, gets, versions, and the answer to a create, update or
 * amendment), a get refused with 404 as denied; a provider authors as themselves by default. Content is amended
 * by its author with a reason, never overwritten; a record is never deleted.
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
    const row = await this.visible(id);
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

  /** Changes what is not clinical content (the booking); content is refused with the amendment route. */
  async update(id: string, dto: UpdateMedicalRecordDto): Promise<Body> {
    const content = toMedicalRecordContent(dto);
    if (Object.keys(content).length) {
      await this.visible(id);
      throw new DomainError(
        'unprocessable',
        `The clinical content of a medical record is amended, never overwritten: ${amendRoute(id)} with the new content and a reason.`,
        Object.keys(content).map((field) => ({ field, message: `is amended with ${amendRoute(id)}` })),
      );
    }
    if (dto.bookingId === undefined) throw nothingToUpdate();
    if (!(await this.records.update(id, callerOrgId(), { bookingId: dto.bookingId }))) throw notFound(NOUN);
    return this.get(id);
  }

  /** Only the author amends: the version replaced is kept, the record names the new version's reason. */
  async amend(id: string, dto: AmendMedicalRecordDto): Promise<Body> {
    const row = await this.visible(id);
    if (row.providerId !== (await this.providers.myProviderId()))
      throw new DomainError('forbidden', 'Only the author of a medical record amends it.');
    const content = toMedicalRecordContent(dto);
    if (!Object.keys(content).length)
      throw new DomainError(
        'invalid-input',
        'Name the new content: recordType, title, content or recordedAt.',
      );
    if (unchanged(row, content))
      throw new DomainError('unprocessable', 'The amendment changes nothing in the record.');
    const reason = dto.reason.trim();
    if (reason.length < 3)
      throw new DomainError('invalid-input', 'State the reason for the amendment.', [
        { field: 'reason', message: 'must be at least 3 characters' },
      ]);
    if (!(await this.records.amend(id, callerOrgId(), content, reason))) throw notFound(NOUN);
    return this.get(id);
  }

  /** The versions the record had before its amendments, newest first; read like the record, and audited. */
  async versions(id: string, q: PageQueryDto): Promise<Page<MedicalRecordVersionDto>> {
    const record = await this.visible(id, 'medical_record_versions');
    const page = await this.records.versions(id, callerOrgId(), q);
    const items = page.items.map(toMedicalRecordVersionDto);
    await this.audit.record({
      table: 'medical_record_versions',
      action: 'read',
      rowIds: items.map((v) => v.id),
      patientIds: [record.patientId],
    });
    return { items, nextCursor: page.nextCursor };
  }

  /** Deleting is refused: records are retained. */
  async remove(id: string): Promise<never> {
    await this.visible(id);
    throw new DomainError(
      'conflict',
      `Medical records are retained and never deleted; to correct one, its author amends it: ${amendRoute(id)}.`,
    );
  }

  /** The record as the caller may see it; 404 (audited as denied) otherwise. */
  private async visible(
    id: string,
    table: 'medical_records' | 'medical_record_versions' = 'medical_records',
  ) {
    const row = await this.records.findById(id, callerOrgId());
    if (!row) {
      this.audit.recordDenied(table, id);
      throw notFound(NOUN);
    }
    return row;
  }
}

function unchanged(row: MedicalRecord, content: ReturnType<typeof toMedicalRecordContent>): boolean {
  return Object.entries(content).every(([key, value]) => {
    const current = row[key as keyof typeof content];
    return value instanceof Date && current instanceof Date
      ? value.getTime() === current.getTime()
      : value === current;
  });
}
