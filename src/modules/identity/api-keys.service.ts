// API keys for machine clients: `cbk_<8 chars>_<256-bit secret>`, shown once, stored as SHA-256.
import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { currentTransaction } from '../../common/context/request-context';
import { sql } from '../../common/database/sql';
import { randomSecret, sha256 } from '../../common/crypto/tokens';
import { DomainError, notFound } from '../../common/errors/domain-error';
import { cursorColumn, decodeCursor, page } from '../../common/pagination';
import type { CreateApiKeyDto } from './dto/identity.dto';

const COLUMNS = `id, name, key_prefix AS prefix, scope, role, created_at AS "createdAt", expires_at AS "expiresAt",
  last_used_at AS "lastUsedAt", revoked_at AS "revokedAt", created_by AS "createdBy"`;
const ALPHANUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function prefix(): string {
  return Array.from(randomBytes(8), (b) => ALPHANUM[b % ALPHANUM.length]).join('');
}

@Injectable()
export class ApiKeysService {
  private get tx() {
    return currentTransaction();
  }

  async create(dto: CreateApiKeyDto) {
    if (dto.expiresAt && dto.expiresAt.getTime() <= Date.now())
      throw new DomainError('invalid-input', 'expiresAt must be in the future.', [
        { field: 'expiresAt', message: 'must be in the future' },
      ]);
    const keyPrefix = `cbk_${prefix()}`;
    const key = `${keyPrefix}_${randomSecret()}`;
    const { claims } = this.tx;
    const row = await sql().one(
      `INSERT INTO public.api_keys (name, key_prefix, key_hash, scope, role, expires_at, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${COLUMNS}`,
      [
        dto.name,
        keyPrefix,
        sha256(key),
        dto.scope,
        dto.role ?? 'developer',
        dto.expiresAt ?? null,
        claims.sub,
      ],
    );
    return { ...row, key };
  }

  async list(limit: number, cursor?: string) {
    const after = decodeCursor(cursor);
    const rows = await sql().rows<{ cursorAt: string; id: string }>(
      `SELECT ${COLUMNS}, ${cursorColumn()} FROM public.api_keys
       WHERE org_id = $1 AND ($2::timestamptz IS NULL OR (created_at, id) < ($2::timestamptz, $3::uuid))
       ORDER BY created_at DESC, id DESC LIMIT $4`,
      [this.tx.claims.org_id, after?.createdAt ?? null, after?.id ?? null, limit + 1],
    );
    return page(rows, limit);
  }

  async get(id: string) {
    const row = await sql().one(
      `SELECT ${COLUMNS} FROM public.api_keys WHERE id = $1 AND org_id = $2`,
      [id, this.tx.claims.org_id],
    );
    if (!row) throw notFound('API key');
    return row;
  }

  async revoke(id: string) {
    const count = await sql().exec(
      `UPDATE public.api_keys SET revoked_at = coalesce(revoked_at, now()) WHERE id = $1 AND org_id = $2`,
      [id, this.tx.claims.org_id],
    );
    if (!count) throw notFound('API key');
  }
}
