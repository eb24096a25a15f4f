// The public catalog of treatments: anyone reads, the publishing organization's providers and admins write.
import { Injectable } from '@nestjs/common';
import { notFound } from '../../../common/errors/domain-error';
import type { CreateTreatmentDto } from './dto/create-treatment.dto';
import type { TreatmentQueryDto } from './dto/treatment-query.dto';
import type { TreatmentDto, TreatmentPageDto } from './dto/treatment.response.dto';
import type { UpdateTreatmentDto } from './dto/update-treatment.dto';
import { treatmentValues, toTreatmentDto } from './treatments.mapper';
import { TreatmentsRepository } from './treatments.repository';

@Injectable()
export class TreatmentsService {
  constructor(private readonly treatments: TreatmentsRepository) {}

  async list(q: TreatmentQueryDto): Promise<TreatmentPageDto> {
    const page = await this.treatments.list(q);
    return { items: page.items.map(toTreatmentDto), nextCursor: page.nextCursor };
  }

  async get(id: string): Promise<TreatmentDto> {
    const row = await this.treatments.findById(id);
    if (!row) throw notFound('treatment');
    return toTreatmentDto(row);
  }

  async create(dto: CreateTreatmentDto): Promise<TreatmentDto> {
    return toTreatmentDto(await this.treatments.insert({ ...treatmentValues(dto) }));
  }

  async update(id: string, dto: UpdateTreatmentDto): Promise<TreatmentDto> {
    const values = treatmentValues(dto);
    // An empty patch changes nothing: the row as it is (404 when it is not visible).
    const row = Object.keys(values).length
      ? await this.treatments.update(id, values)
      : await this.treatments.findById(id);
    if (!row) throw notFound('treatment');
    return toTreatmentDto(row);
  }

  async remove(id: string): Promise<void> {
    if (!(await this.treatments.delete(id))) throw notFound('treatment');
  }
}
