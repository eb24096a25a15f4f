// Patient insights (seed H): written by the service role (the weekly job), read by the patient, who marks
// them viewed or hidden, and by providers treating the patient (the ones not hidden; RLS decides), whose
// reads are audited as clinical reads.
import { Injectable } from '@nestjs/common';
import { currentTransaction } from '../../common/context/request-context';
import { notFound } from '../../common/errors/domain-error';
import { AuditService } from '../audit';
import { caller } from './caller';
import type {
  PatientInsightDto,
  PatientInsightPageDto,
  PatientInsightQueryDto,
  UpdatePatientInsightDto,
} from './dto/patient-insight.dto';
import type { PatientInsight } from './entities';
import { PatientInsightsRepository } from './patient-insights.repository';

const TABLE = 'patient_insights';

function toDto(i: PatientInsight): PatientInsightDto {
  return {
    id: i.id,
    patientId: i.patientId,
    insightType: i.insightType,
    insightText: i.insightText,
    confidenceScore: i.confidenceScore,
    dataSources: i.dataSources,
    generatedAt: i.generatedAt,
    viewedAt: i.viewedAt,
    isHidden: i.isHidden,
  };
}

function groupBy(items: PatientInsight[]): Map<string, string[]> {
  const by = new Map<string, string[]>();
  for (const i of items) by.set(i.patientId, [...(by.get(i.patientId) ?? []), i.id]);
  return by;
}

@Injectable()
export class PatientInsightsService {
  constructor(
    private readonly insights: PatientInsightsRepository,
    private readonly audit: AuditService,
  ) {}

  async list(q: PatientInsightQueryDto): Promise<PatientInsightPageDto> {
    const { userId, orgId } = caller();
    const provider = currentTransaction().claims.app_role === 'provider';
    // A provider without patientId lists every patient's they treat (RLS: treated, not hidden).
    const patientId = q.patientId ?? (provider ? null : userId);
    const page = await this.insights.list(orgId, patientId, q);
    if (provider)
      for (const [patient, ids] of groupBy(page.items))
        await this.audit.recordAccess({
          table: TABLE,
          rowIds: ids,
          outcome: 'success',
          details: { patient_id: patient, via: 'provider' },
        });
    return { items: page.items.map(toDto), nextCursor: page.nextCursor };
  }

  async get(id: string): Promise<PatientInsightDto> {
    const i = await this.insights.findById(id);
    if (!i) throw notFound('insight');
    if (i.patientId !== caller().userId)
      await this.audit.recordAccess({
        table: TABLE,
        rowIds: [id],
        outcome: 'success',
        details: { patient_id: i.patientId, via: 'provider' },
      });
    return toDto(i);
  }

  /** The patient marks an insight viewed or hidden (nothing else of it is theirs to change). */
  async update(id: string, dto: UpdatePatientInsightDto): Promise<PatientInsightDto> {
    const i = await this.insights.findById(id);
    if (!i || i.patientId !== caller().userId) throw notFound('insight');
    const values: { viewedAt?: () => string; isHidden?: boolean } = {};
    if (dto.viewed) values.viewedAt = () => 'coalesce(viewed_at, now())';
    if (dto.hidden !== undefined) values.isHidden = dto.hidden;
    if (Object.keys(values).length && !(await this.insights.update(id, values))) throw notFound('insight');
    return toDto((await this.insights.findById(id))!);
  }
}
