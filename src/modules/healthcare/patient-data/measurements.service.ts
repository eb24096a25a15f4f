// A patient's measurements: only they write them; every read of them is audited.
import { Injectable } from '@nestjs/common';
import { notFound } from '../../../common/errors/domain-error';
import { caller } from './caller';
import { ClinicalReadAudit } from './clinical-read-audit';
import type { CreateMeasurementDto } from './dto/create-measurement.dto';
import type { MeasurementQueryDto } from './dto/measurement-query.dto';
import type { MeasurementDto, MeasurementPageDto } from './dto/measurement.response.dto';
import type { UpdateMeasurementDto } from './dto/update-measurement.dto';
import { measurementValues, toMeasurementDto } from './measurements.mapper';
import { MeasurementsRepository } from './measurements.repository';

@Injectable()
export class MeasurementsService {
  constructor(
    private readonly measurements: MeasurementsRepository,
    private readonly audit: ClinicalReadAudit,
  ) {}

  async list(q: MeasurementQueryDto): Promise<MeasurementPageDto> {
    const { userId, orgId } = caller();
    const page = await this.measurements.list(userId, orgId, q);
    await this.audit.record({
      table: 'measurements',
      patientId: userId,
      rowIds: page.items.map((r) => r.id),
      via: 'own',
    });
    return { items: page.items.map(toMeasurementDto), nextCursor: page.nextCursor };
  }

  async get(id: string): Promise<MeasurementDto> {
    const row = await this.measurements.findById(id);
    if (!row) throw notFound('measurement');
    await this.audit.record({
      table: 'measurements',
      patientId: row.patientId,
      rowIds: [row.id],
      via: 'own',
    });
    return toMeasurementDto(row);
  }

  async create(dto: CreateMeasurementDto): Promise<MeasurementDto> {
    return toMeasurementDto(
      await this.measurements.insert({ ...measurementValues(dto), patientId: caller().userId }),
    );
  }

  async update(id: string, dto: UpdateMeasurementDto): Promise<MeasurementDto> {
    const values = measurementValues(dto);
    // An empty patch changes nothing: the row as it is (404 when it is not visible).
    const row = Object.keys(values).length
      ? await this.measurements.update(id, values)
      : await this.measurements.findById(id);
    if (!row) throw notFound('measurement');
    return toMeasurementDto(row);
  }

  async remove(id: string): Promise<void> {
    if (!(await this.measurements.delete(id))) throw notFound('measurement');
  }
}
