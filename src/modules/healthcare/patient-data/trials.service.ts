// The public catalog of clinical trials: anyone reads, the publishing organization's providers and admins write.
import { Injectable } from '@nestjs/common';
import { notFound } from '../../../common/errors/domain-error';
import type { CreateTrialDto } from './dto/create-trial.dto';
import type { TrialQueryDto } from './dto/trial-query.dto';
import type { TrialDto, TrialPageDto } from './dto/trial.response.dto';
import type { UpdateTrialDto } from './dto/update-trial.dto';
import { trialValues, toTrialDto } from './trials.mapper';
import { TrialsRepository } from './trials.repository';

@Injectable()
export class TrialsService {
  constructor(private readonly trials: TrialsRepository) {}

  async list(q: TrialQueryDto): Promise<TrialPageDto> {
    const page = await this.trials.list(q);
    return { items: page.items.map(toTrialDto), nextCursor: page.nextCursor };
  }

  async get(id: string): Promise<TrialDto> {
    const row = await this.trials.findById(id);
    if (!row) throw notFound('trial');
    return toTrialDto(row);
  }

  async create(dto: CreateTrialDto): Promise<TrialDto> {
    return toTrialDto(await this.trials.insert({ ...trialValues(dto) }));
  }

  async update(id: string, dto: UpdateTrialDto): Promise<TrialDto> {
    const values = trialValues(dto);
    // An empty patch changes nothing: the row as it is (404 when it is not visible).
    const row = Object.keys(values).length
      ? await this.trials.update(id, values)
      : await this.trials.findById(id);
    if (!row) throw notFound('trial');
    return toTrialDto(row);
  }

  async remove(id: string): Promise<void> {
    if (!(await this.trials.delete(id))) throw notFound('trial');
  }
}
