// API keys for machine clients: `cbk_<8 chars>_<256-bit secret>`, shown once, stored as SHA-256.
import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { currentTransaction } from '../../common/context/request-context';
import { randomSecret, sha256 } from '../../common/crypto/tokens';
import { DomainError, notFound } from '../../common/errors/domain-error';
import type { Page } from '../../common/pagination';
import { ApiKeysRepository } from './api-keys.repository';
import type { ApiKeyDto, CreateApiKeyDto, CreatedApiKeyDto } from './dto/identity.dto';
import type { ApiKey } from './entities';

const ALPHANUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function prefix(): string {
  return Array.from(randomBytes(8), (b) => ALPHANUM[b % ALPHANUM.length]).join('');
}

function toDto(k: ApiKey): ApiKeyDto {
  return {
    id: k.id,
    name: k.name,
    prefix: k.keyPrefix,
    scope: k.scope,
    role: k.role,
    createdAt: k.createdAt,
    expiresAt: k.expiresAt,
    lastUsedAt: k.lastUsedAt,
    revokedAt: k.revokedAt,
    createdBy: k.createdBy,
  };
}

@Injectable()
export class ApiKeysService {
  constructor(private readonly keys: ApiKeysRepository) {}

  private get orgId(): string {
    return currentTransaction().claims.org_id!;
  }

  async create(dto: CreateApiKeyDto): Promise<CreatedApiKeyDto> {
    if (dto.expiresAt && dto.expiresAt.getTime() <= Date.now())
      throw new DomainError('invalid-input', 'expiresAt must be in the future.', [
        { field: 'expiresAt', message: 'must be in the future' },
      ]);
    const keyPrefix = `cbk_${prefix()}`;
    const key = `${keyPrefix}_${randomSecret()}`;
    const id = await this.keys.insert({
      name: dto.name,
      keyPrefix,
      keyHash: sha256(key),
      scope: dto.scope,
      role: dto.role ?? 'developer',
      expiresAt: dto.expiresAt ?? null,
      createdBy: currentTransaction().claims.sub ?? null,
    });
    return { ...(await this.get(id)), key };
  }

  async list(limit: number, cursor?: string): Promise<Page<ApiKeyDto>> {
    const { items, nextCursor } = await this.keys.list(this.orgId, { limit, cursor });
    return { items: items.map(toDto), nextCursor };
  }

  async get(id: string): Promise<ApiKeyDto> {
    const row = await this.keys.find(this.orgId, id);
    if (!row) throw notFound('API key');
    return toDto(row);
  }

  async revoke(id: string): Promise<void> {
    if (!(await this.keys.revoke(this.orgId, id))) throw notFound('API key');
  }
}
