// A patient's progress through their organization's learning resources; nobody else reads it.
import { Injectable } from '@nestjs/common';
import { notFound } from '../../../common/errors/domain-error';
import { caller } from './caller';
import type { CreateLearningProgressDto } from './dto/create-learning-progress.dto';
import type { LearningProgressQueryDto } from './dto/learning-progress-query.dto';
import type { LearningProgressDto, LearningProgressPageDto } from './dto/learning-progress.response.dto';
import type { UpdateLearningProgressDto } from './dto/update-learning-progress.dto';
import { learningProgressValues, toLearningProgressDto } from './learning-progress.mapper';
import { LearningProgressRepository } from './learning-progress.repository';

@Injectable()
export class LearningProgressService {
  constructor(private readonly learningProgress: LearningProgressRepository) {}

  async list(q: LearningProgressQueryDto): Promise<LearningProgressPageDto> {
    const { userId, orgId } = caller();
    const page = await this.learningProgress.list(userId, orgId, q);
    return { items: page.items.map(toLearningProgressDto), nextCursor: page.nextCursor };
  }

  async get(id: string): Promise<LearningProgressDto> {
    const row = await this.learningProgress.findById(id);
    if (!row) throw notFound('learning progress');
    return toLearningProgressDto(row);
  }

  async create(dto: CreateLearningProgressDto): Promise<LearningProgressDto> {
    return toLearningProgressDto(
      await this.learningProgress.insert({ ...learningProgressValues(dto), patientId: caller().userId }),
    );
  }

  async update(id: string, dto: UpdateLearningProgressDto): Promise<LearningProgressDto> {
    const values = learningProgressValues(dto);
    // An empty patch changes nothing: the row as it is (404 when it is not visible).
    const row = Object.keys(values).length
      ? await this.learningProgress.update(id, values)
      : await this.learningProgress.findById(id);
    if (!row) throw notFound('learning progress');
    return toLearningProgressDto(row);
  }

  async remove(id: string): Promise<void> {
    if (!(await this.learningProgress.delete(id))) throw notFound('learning progress');
  }
}
