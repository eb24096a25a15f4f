// A patient's health goals with their progress: only they write them; every read of them is audited.
import { Injectable } from '@nestjs/common';
import { notFound } from '../../../common/errors/domain-error';
import { caller } from './caller';
import { ClinicalReadAudit } from './clinical-read-audit';
import type { CreateHealthGoalDto } from './dto/create-health-goal.dto';
import type { HealthGoalQueryDto } from './dto/health-goal-query.dto';
import type { HealthGoalDto, HealthGoalPageDto } from './dto/health-goal.response.dto';
import type { UpdateHealthGoalDto } from './dto/update-health-goal.dto';
import { healthGoalValues, toHealthGoalDto } from './health-goals.mapper';
import { HealthGoalsRepository } from './health-goals.repository';

@Injectable()
export class HealthGoalsService {
  constructor(
    private readonly healthGoals: HealthGoalsRepository,
    private readonly audit: ClinicalReadAudit,
  ) {}

  async list(q: HealthGoalQueryDto): Promise<HealthGoalPageDto> {
    const { userId, orgId } = caller();
    const page = await this.healthGoals.list(userId, orgId, q);
    await this.audit.record({
      table: 'patient_health_goals',
      patientId: userId,
      rowIds: page.items.map((r) => r.id),
      via: 'own',
    });
    return { items: page.items.map(toHealthGoalDto), nextCursor: page.nextCursor };
  }

  async get(id: string): Promise<HealthGoalDto> {
    const row = await this.healthGoals.findById(id);
    if (!row) throw notFound('health goal');
    await this.audit.record({
      table: 'patient_health_goals',
      patientId: row.patientId,
      rowIds: [row.id],
      via: 'own',
    });
    return toHealthGoalDto(row);
  }

  async create(dto: CreateHealthGoalDto): Promise<HealthGoalDto> {
    return toHealthGoalDto(
      await this.healthGoals.insert({ ...healthGoalValues(dto), patientId: caller().userId }),
    );
  }

  async update(id: string, dto: UpdateHealthGoalDto): Promise<HealthGoalDto> {
    const values = healthGoalValues(dto);
    // An empty patch changes nothing: the row as it is (404 when it is not visible).
    const row = Object.keys(values).length
      ? await this.healthGoals.update(id, values)
      : await this.healthGoals.findById(id);
    if (!row) throw notFound('health goal');
    return toHealthGoalDto(row);
  }

  async remove(id: string): Promise<void> {
    if (!(await this.healthGoals.delete(id))) throw notFound('health goal');
  }
}
