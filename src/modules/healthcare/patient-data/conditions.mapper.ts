// conditions rows as the API answers them, and a body's fields as row values.
import type { CreateConditionDto } from './dto/create-condition.dto';
import type { ConditionDto } from './dto/condition.response.dto';
import type { Condition } from './entities';
import { defined, type RowValues } from './row-values';

export function toConditionDto(row: Condition): ConditionDto {
  return {
    id: row.id,
    orgId: row.orgId,
    name: row.name,
    code: row.code,
    codeSystem: row.codeSystem,
    category: row.category,
    description: row.description,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** The fields the body names; absent ones stay out. */
export function conditionValues(dto: Partial<CreateConditionDto>): RowValues<Condition> {
  return defined({
    name: dto.name,
    code: dto.code,
    codeSystem: dto.codeSystem,
    category: dto.category,
    description: dto.description,
  });
}
