// The public catalog of conditions: anyone reads, the publishing organization's providers and admins write.
import { Injectable } from '@nestjs/common';
import { notFound } from '../../../common/errors/domain-error';
import type { CreateConditionDto } from './dto/create-condition.dto';
import type { ConditionQueryDto } from './dto/condition-query.dto';
import type { ConditionDto, ConditionPageDto } from './dto/condition.response.dto';
import type { UpdateConditionDto } from './dto/update-condition.dto';
import { conditionValues, toConditionDto } from './conditions.mapper';
import { ConditionsRepository } from './conditions.repository';

@Injectable()
export class ConditionsService {
  constructor(private readonly conditions: ConditionsRepository) {}

  async list(q: ConditionQueryDto): Promise<ConditionPageDto> {
    const page = await this.conditions.list(q);
    return { items: page.items.map(toConditionDto), nextCursor: page.nextCursor };
  }

  async get(id: string): Promise<ConditionDto> {
    const row = await this.conditions.findById(id);
    if (!row) throw notFound('condition');
    return toConditionDto(row);
  }

  async create(dto: CreateConditionDto): Promise<ConditionDto> {
    return toConditionDto(await this.conditions.insert({ ...conditionValues(dto) }));
  }

  async update(id: string, dto: UpdateConditionDto): Promise<ConditionDto> {
    const values = conditionValues(dto);
    // An empty patch changes nothing: the row as it is (404 when it is not visible).
    const row = Object.keys(values).length
      ? await this.conditions.update(id, values)
      : await this.conditions.findById(id);
    if (!row) throw notFound('condition');
    return toConditionDto(row);
  }

  async remove(id: string): Promise<void> {
    if (!(await this.conditions.delete(id))) throw notFound('condition');
  }
}
