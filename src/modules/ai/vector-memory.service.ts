// vector_memory: the caller's own embeddings (seed L), create/read/update/delete, and the k-nearest search by
// cosine over their own rows: exact and in process (vector-index.ts: how it stays under 20 ms at 10,000 rows),
// or on pgvector's HNSW index where the database has pgvector 0.8+ (vector-pgvector.queries.ts). Which one is
// decided at startup by the service role (app_private.prepare_vector_search); the API is the same.
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type ResolvedConfig } from '../../common/config/config';
import { RlsTransactions } from '../../common/database/rls-transactions';
import { sql, sqlFor } from '../../common/database/sql';
import { DomainError, notFound } from '../../common/errors/domain-error';
import type { PageQueryDto } from '../../common/pagination';
import { caller } from './caller';
import {
  MAX_K,
  type CreateVectorMemoryDto,
  type SearchVectorMemoryDto,
  type UpdateVectorMemoryDto,
  type VectorMemoryDto,
  type VectorMemoryPageDto,
  type VectorSearchResultDto,
} from './dto/vector-memory.dto';
import { normalize, UserVectors, VectorIndexCache } from './vector-index';
import { toVectorMemoryDto } from './vector-memory.mapper';
import { vectorIds, vectorsSince, vectorVersion } from './vector-memory.queries';
import { VectorMemoryRepository } from './vector-memory.repository';
import {
  efSearch,
  PGVECTOR_PREPARE_SQL,
  pgvectorSearchStatements,
  pgvectorText,
  type PgvectorHitRow,
} from './vector-pgvector.queries';

export type VectorBackend = 'portable' | 'pgvector';

const NOUN = 'vector memory';

@Injectable()
export class VectorMemoryService implements OnApplicationBootstrap {
  private readonly logger = new Logger(VectorMemoryService.name);
  private readonly cache: VectorIndexCache;
  readonly dimensions: number;
  /** The portable search until startup has found pgvector (and its index) in the database. */
  backend: VectorBackend = 'portable';

  constructor(
    private readonly memories: VectorMemoryRepository,
    private readonly tx: RlsTransactions,
    @Inject(APP_CONFIG) config: ResolvedConfig,
  ) {
    this.dimensions = config.AI_EMBEDDING_DIMENSIONS;
    this.cache = new VectorIndexCache(config.AI_VECTOR_CACHE_MB * 1024 * 1024);
  }

  async onApplicationBootstrap(): Promise<void> {
    try {
      const row = await this.tx.asService('vector-search-backend', (m) =>
        sqlFor(m.queryRunner!).one<{ backend: VectorBackend }>(PGVECTOR_PREPARE_SQL, [this.dimensions]),
      );
      this.backend = row?.backend === 'pgvector' ? 'pgvector' : 'portable';
    } catch (err) {
      this.logger.warn({
        msg: 'vector search: pgvector check failed, the portable search serves',
        err: (err as Error).message,
      });
      this.backend = 'portable';
    }
    this.logger.log({ msg: 'vector search backend', backend: this.backend, dimensions: this.dimensions });
  }

  async list(q: PageQueryDto): Promise<VectorMemoryPageDto> {
    const { userId, orgId } = caller();
    const page = await this.memories.list(userId, orgId, q);
    return { items: page.items.map(toVectorMemoryDto), nextCursor: page.nextCursor };
  }

  async get(id: string): Promise<VectorMemoryDto> {
    const row = await this.memories.findById(id);
    if (!row) throw notFound(NOUN);
    return toVectorMemoryDto(row);
  }

  async create(dto: CreateVectorMemoryDto): Promise<VectorMemoryDto> {
    const embedding = this.checkVector(dto.embedding.vector, 'embedding.vector');
    return toVectorMemoryDto(await this.memories.insert({ embedding, context: dto.context ?? null }));
  }

  async update(id: string, dto: UpdateVectorMemoryDto): Promise<VectorMemoryDto> {
    const values: { embedding?: number[]; context?: string | null } = {};
    if (dto.embedding) values.embedding = this.checkVector(dto.embedding.vector, 'embedding.vector');
    if (dto.context !== undefined) values.context = dto.context;
    const row = Object.keys(values).length
      ? await this.memories.update(id, values)
      : await this.memories.findById(id);
    if (!row) throw notFound(NOUN);
    return toVectorMemoryDto(row);
  }

  async remove(id: string): Promise<void> {
    if (!(await this.memories.delete(id))) throw notFound(NOUN);
  }

  /** The k memories of the caller most similar (cosine) to the query, best first. */
  async search(dto: SearchVectorMemoryDto): Promise<VectorSearchResultDto> {
    const k = dto.k ?? 10;
    if (k > MAX_K)
      throw new DomainError('invalid-input', `k must be at most ${MAX_K}.`, [
        { field: 'k', message: `must not be greater than ${MAX_K}` },
      ]);
    const q = normalize(this.checkVector(dto.embedding.vector, 'embedding.vector'));
    if (q.every((x) => x === 0))
      throw new DomainError('invalid-input', 'The query vector is all zeros: it has no direction.', [
        { field: 'embedding.vector', message: 'must not be all zeros' },
      ]);
    if (this.backend === 'pgvector') return this.searchPgvector(q, k);
    const copy = await this.current();
    const items = copy.search(q, k);
    return { items, dimensions: this.dimensions, searched: copy.count };
  }

  private async searchPgvector(q: Float32Array, k: number): Promise<VectorSearchResultDto> {
    const { userId, orgId } = caller();
    const db = sql();
    const [settings, search, count] = pgvectorSearchStatements(this.dimensions);
    await db.one(settings, [String(efSearch(k))]);
    const rows = await db.rows<PgvectorHitRow>(search, [pgvectorText(q), userId, orgId, k]);
    const n = await db.one<{ n: number }>(count, [userId, orgId]);
    return {
      items: rows.map((r) => ({
        id: r.id,
        score: Number(r.score),
        context: r.context,
        createdAt: r.created_at,
        updatedAt: r.updated_at,
      })),
      dimensions: this.dimensions,
      searched: n?.n ?? 0,
    };
  }

  /** The caller's in-process copy, brought up to the database's state in this transaction. */
  private async current(): Promise<UserVectors> {
    const { userId, orgId } = caller();
    const key = this.key();
    const db = sql();
    const seen = await vectorVersion(db);
    let copy = this.cache.get(key);
    if (!copy || copy.dim !== this.dimensions) {
      copy = new UserVectors(this.dimensions);
      this.cache.set(key, copy);
    }
    const version = BigInt(seen.version);
    const deleted = BigInt(seen.deleted_version);
    if (version <= copy.version) return copy;
    const target = copy;
    await target.serially(async () => {
      // Another search of this user may have brought the copy this far meanwhile.
      if (version <= target.version) return;
      const since = target.version;
      target.upsert(await vectorsSince(db, userId, orgId, this.dimensions, since));
      if (deleted > since && since >= 0n) target.retainOnly(await vectorIds(db, userId, orgId));
      target.version = version;
    });
    this.cache.trim(key);
    return target;
  }

  private key(): string {
    const { userId, orgId } = caller();
    return `${orgId}:${userId}`;
  }

  private checkVector(vector: number[], field: string): number[] {
    if (vector.length !== this.dimensions)
      throw new DomainError(
        'invalid-input',
        `The vector has ${vector.length} dimensions; this server expects ${this.dimensions} (AI_EMBEDDING_DIMENSIONS).`,
        [{ field, message: `must have exactly ${this.dimensions} numbers` }],
      );
    return vector;
  }
}
