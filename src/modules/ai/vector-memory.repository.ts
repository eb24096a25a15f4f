// vector_memory: one typed query per method, on the request transaction (RLS: the caller's own rows).
import { Injectable } from '@nestjs/common';
import { repo } from '../../common/database/repository';
import { paginate, type Page, type PageQueryDto } from '../../common/pagination';
import { VectorMemory } from './entities';

@Injectable()
export class VectorMemoryRepository {
  list(userId: string, orgId: string, q: PageQueryDto): Promise<Page<VectorMemory>> {
    const qb = repo(VectorMemory)
      .createQueryBuilder('v')
      .where('v.userId = :userId AND v.orgId = :orgId', { userId, orgId });
    return paginate(qb, q);
  }

  findById(id: string): Promise<VectorMemory | null> {
    return repo(VectorMemory).findOneBy({ id });
  }

  async insert(values: { embedding: number[]; context: string | null }): Promise<VectorMemory> {
    const { identifiers } = await repo(VectorMemory).insert(values);
    return repo(VectorMemory).findOneByOrFail({ id: identifiers[0].id as string });
  }

  /** null when no row with this id is visible and writable. */
  async update(
    id: string,
    values: { embedding?: number[]; context?: string | null },
  ): Promise<VectorMemory | null> {
    const { affected } = await repo(VectorMemory).update({ id }, values);
    return affected ? this.findById(id) : null;
  }

  async delete(id: string): Promise<boolean> {
    const { affected } = await repo(VectorMemory).delete({ id });
    return !!affected;
  }
}
