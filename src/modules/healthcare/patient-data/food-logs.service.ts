// A patient's food log: only they write it; every read of it is audited.
import { Injectable } from '@nestjs/common';
import { notFound } from '../../../common/errors/domain-error';
import { caller } from './caller';
import { ClinicalReadAudit } from './clinical-read-audit';
import type { CreateFoodLogDto } from './dto/create-food-log.dto';
import type { FoodLogQueryDto } from './dto/food-log-query.dto';
import type { FoodLogDto, FoodLogPageDto } from './dto/food-log.response.dto';
import type { UpdateFoodLogDto } from './dto/update-food-log.dto';
import { foodLogValues, toFoodLogDto } from './food-logs.mapper';
import { FoodLogsRepository } from './food-logs.repository';

@Injectable()
export class FoodLogsService {
  constructor(
    private readonly foodLogs: FoodLogsRepository,
    private readonly audit: ClinicalReadAudit,
  ) {}

  async list(q: FoodLogQueryDto): Promise<FoodLogPageDto> {
    const { userId, orgId } = caller();
    const page = await this.foodLogs.list(userId, orgId, q);
    await this.audit.record({
      table: 'patient_food_log',
      patientId: userId,
      rowIds: page.items.map((r) => r.id),
      via: 'own',
    });
    return { items: page.items.map(toFoodLogDto), nextCursor: page.nextCursor };
  }

  async get(id: string): Promise<FoodLogDto> {
    const row = await this.foodLogs.findById(id);
    if (!row) throw notFound('food log entry');
    await this.audit.record({
      table: 'patient_food_log',
      patientId: row.patientId,
      rowIds: [row.id],
      via: 'own',
    });
    return toFoodLogDto(row);
  }

  async create(dto: CreateFoodLogDto): Promise<FoodLogDto> {
    return toFoodLogDto(await this.foodLogs.insert({ ...foodLogValues(dto), patientId: caller().userId }));
  }

  async update(id: string, dto: UpdateFoodLogDto): Promise<FoodLogDto> {
    const values = foodLogValues(dto);
    // An empty patch changes nothing: the row as it is (404 when it is not visible).
    const row = Object.keys(values).length
      ? await this.foodLogs.update(id, values)
      : await this.foodLogs.findById(id);
    if (!row) throw notFound('food log entry');
    return toFoodLogDto(row);
  }

  async remove(id: string): Promise<void> {
    if (!(await this.foodLogs.delete(id))) throw notFound('food log entry');
  }
}
