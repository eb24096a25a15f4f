// daily_moods rows as the API answers them, and a body's fields as row values.
import type { CreateDailyMoodDto } from './dto/create-daily-mood.dto';
import type { DailyMoodDto } from './dto/daily-mood.response.dto';
import type { DailyMood } from './entities';
import { defined, type RowValues } from './row-values';

export function toDailyMoodDto(row: DailyMood): DailyMoodDto {
  return {
    id: row.id,
    orgId: row.orgId,
    userId: row.userId,
    emotion: row.emotion,
    intensity: row.intensity,
    fruit: row.fruit,
    note: row.note,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** The fields the body names; absent ones stay out. */
export function dailyMoodValues(dto: Partial<CreateDailyMoodDto>): RowValues<DailyMood> {
  return defined({
    emotion: dto.emotion,
    intensity: dto.intensity,
    fruit: dto.fruit,
    note: dto.note,
  });
}
