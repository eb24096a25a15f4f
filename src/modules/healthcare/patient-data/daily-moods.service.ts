// Companion app: a member's daily moods, theirs alone (not even a treating provider reads them).
import { Injectable } from '@nestjs/common';
import { notFound } from '../../../common/errors/domain-error';
import { caller } from './caller';
import type { CreateDailyMoodDto } from './dto/create-daily-mood.dto';
import type { DailyMoodQueryDto } from './dto/daily-mood-query.dto';
import type { DailyMoodDto, DailyMoodPageDto } from './dto/daily-mood.response.dto';
import type { UpdateDailyMoodDto } from './dto/update-daily-mood.dto';
import { dailyMoodValues, toDailyMoodDto } from './daily-moods.mapper';
import { DailyMoodsRepository } from './daily-moods.repository';

@Injectable()
export class DailyMoodsService {
  constructor(private readonly dailyMoods: DailyMoodsRepository) {}

  async list(q: DailyMoodQueryDto): Promise<DailyMoodPageDto> {
    const { userId, orgId } = caller();
    const page = await this.dailyMoods.list(userId, orgId, q);
    return { items: page.items.map(toDailyMoodDto), nextCursor: page.nextCursor };
  }

  async get(id: string): Promise<DailyMoodDto> {
    const row = await this.dailyMoods.findById(id);
    if (!row) throw notFound('mood');
    return toDailyMoodDto(row);
  }

  async create(dto: CreateDailyMoodDto): Promise<DailyMoodDto> {
    return toDailyMoodDto(await this.dailyMoods.insert({ ...dailyMoodValues(dto), userId: caller().userId }));
  }

  async update(id: string, dto: UpdateDailyMoodDto): Promise<DailyMoodDto> {
    const values = dailyMoodValues(dto);
    // An empty patch changes nothing: the row as it is (404 when it is not visible).
    const row = Object.keys(values).length
      ? await this.dailyMoods.update(id, values)
      : await this.dailyMoods.findById(id);
    if (!row) throw notFound('mood');
    return toDailyMoodDto(row);
  }

  async remove(id: string): Promise<void> {
    if (!(await this.dailyMoods.delete(id))) throw notFound('mood');
  }
}
