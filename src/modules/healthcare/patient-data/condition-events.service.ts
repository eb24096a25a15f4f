// A patient's condition events: only they write them; every read of them is audited.
import { Injectable } from '@nestjs/common';
import { notFound } from '../../../common/errors/domain-error';
import { caller } from './caller';
import { ClinicalReadAudit } from './clinical-read-audit';
import type { CreateConditionEventDto } from './dto/create-condition-event.dto';
import type { ConditionEventQueryDto } from './dto/condition-event-query.dto';
import type { ConditionEventDto, ConditionEventPageDto } from './dto/condition-event.response.dto';
import type { UpdateConditionEventDto } from './dto/update-condition-event.dto';
import { conditionEventValues, toConditionEventDto } from './condition-events.mapper';
import { ConditionEventsRepository } from './condition-events.repository';

@Injectable()
export class ConditionEventsService {
  constructor(
    private readonly conditionEvents: ConditionEventsRepository,
    private readonly audit: ClinicalReadAudit,
  ) {}

  async list(q: ConditionEventQueryDto): Promise<ConditionEventPageDto> {
    const { userId, orgId } = caller();
    const page = await this.conditionEvents.list(userId, orgId, q);
    await this.audit.record({
      table: 'patient_condition_events',
      patientId: userId,
      rowIds: page.items.map((r) => r.id),
      via: 'own',
    });
    return { items: page.items.map(toConditionEventDto), nextCursor: page.nextCursor };
  }

  async get(id: string): Promise<ConditionEventDto> {
    const row = await this.conditionEvents.findById(id);
    if (!row) throw notFound('condition event');
    await this.audit.record({
      table: 'patient_condition_events',
      patientId: row.patientId,
      rowIds: [row.id],
      via: 'own',
    });
    return toConditionEventDto(row);
  }

  async create(dto: CreateConditionEventDto): Promise<ConditionEventDto> {
    return toConditionEventDto(
      await this.conditionEvents.insert({ ...conditionEventValues(dto), patientId: caller().userId }),
    );
  }

  async update(id: string, dto: UpdateConditionEventDto): Promise<ConditionEventDto> {
    const values = conditionEventValues(dto);
    // An empty patch changes nothing: the row as it is (404 when it is not visible).
    const row = Object.keys(values).length
      ? await this.conditionEvents.update(id, values)
      : await this.conditionEvents.findById(id);
    if (!row) throw notFound('condition event');
    return toConditionEventDto(row);
  }

  async remove(id: string): Promise<void> {
    if (!(await this.conditionEvents.delete(id))) throw notFound('condition event');
  }
}
