import type { VectorMemoryDto } from './dto/vector-memory.dto';
import type { VectorMemory } from './entities';

export function toVectorMemoryDto(row: VectorMemory): VectorMemoryDto {
  return {
    id: row.id,
    embedding: { vector: row.embedding.map(Number) },
    context: row.context,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
