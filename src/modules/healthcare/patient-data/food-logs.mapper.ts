// patient_food_log rows as the API answers them, and a body's fields as row values.
import type { CreateFoodLogDto } from './dto/create-food-log.dto';
import type { FoodLogDto } from './dto/food-log.response.dto';
import type { FoodLogEntry } from './entities';
import { defined, type RowValues } from './row-values';

export function toFoodLogDto(row: FoodLogEntry): FoodLogDto {
  return {
    id: row.id,
    orgId: row.orgId,
    patientId: row.patientId,
    timestamp: row.timestamp,
    foodName: row.foodName,
    quantity: row.quantity,
    unit: row.unit,
    calories: row.calories,
    protein: row.protein,
    carbs: row.carbs,
    fat: row.fat,
    notes: row.notes,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** The fields the body names; absent ones stay out. */
export function foodLogValues(dto: Partial<CreateFoodLogDto>): RowValues<FoodLogEntry> {
  return defined({
    timestamp: dto.timestamp,
    foodName: dto.foodName,
    quantity: dto.quantity,
    unit: dto.unit,
    calories: dto.calories,
    protein: dto.protein,
    carbs: dto.carbs,
    fat: dto.fat,
    notes: dto.notes,
  });
}
