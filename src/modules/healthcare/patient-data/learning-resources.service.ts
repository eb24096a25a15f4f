// The public catalog of learning resources: anyone reads, the publishing organization's providers and admins write.
import { Injectable } from '@nestjs/common';
import { notFound } from '../../../common/errors/domain-error';
import type { CreateLearningResourceDto } from './dto/create-learning-resource.dto';
import type { LearningResourceQueryDto } from './dto/learning-resource-query.dto';
import type { LearningResourceDto, LearningResourcePageDto } from './dto/learning-resource.response.dto';
import type { UpdateLearningResourceDto } from './dto/update-learning-resource.dto';
import { learningResourceValues, toLearningResourceDto } from './learning-resources.mapper';
import { LearningResourcesRepository } from './learning-resources.repository';

@Injectable()
export class LearningResourcesService {
  constructor(private readonly learningResources: LearningResourcesRepository) {}

  async list(q: LearningResourceQueryDto): Promise<LearningResourcePageDto> {
    const page = await this.learningResources.list(q);
    return { items: page.items.map(toLearningResourceDto), nextCursor: page.nextCursor };
  }

  async get(id: string): Promise<LearningResourceDto> {
    const row = await this.learningResources.findById(id);
    if (!row) throw notFound('learning resource');
    return toLearningResourceDto(row);
  }

  async create(dto: CreateLearningResourceDto): Promise<LearningResourceDto> {
    return toLearningResourceDto(await this.learningResources.insert({ ...learningResourceValues(dto) }));
  }

  async update(id: string, dto: UpdateLearningResourceDto): Promise<LearningResourceDto> {
    const values = learningResourceValues(dto);
    // An empty patch changes nothing: the row as it is (404 when it is not visible).
    const row = Object.keys(values).length
      ? await this.learningResources.update(id, values)
      : await this.learningResources.findById(id);
    if (!row) throw notFound('learning resource');
    return toLearningResourceDto(row);
  }

  async remove(id: string): Promise<void> {
    if (!(await this.learningResources.delete(id))) throw notFound('learning resource');
  }
}
