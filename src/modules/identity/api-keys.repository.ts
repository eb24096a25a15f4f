// api_keys as the org's admin sees them (RLS: admins of the caller's org). key_hash is written once, at
// creation, and never read back (no SELECT grant): the entity never selects it.
import { Injectable } from '@nestjs/common';
import { repo } from '../../common/database/repository';
import { paginate, type Page } from '../../common/pagination';
import { ApiKey } from './entities';

export interface NewApiKey {
  name: string;
  keyPrefix: string;
  keyHash: Buffer;
  scope: ApiKey['scope'];
  role: ApiKey['role'];
  expiresAt: Date | null;
  createdBy: string | null;
}

@Injectable()
export class ApiKeysRepository {
  /** Inserts the key (org from the claims); answers its id. */
  async insert(key: NewApiKey): Promise<string> {
    const { identifiers } = await repo(ApiKey).insert(key);
    return (identifiers[0] as Pick<ApiKey, 'id'>).id;
  }

  list(orgId: string, page: { limit: number; cursor?: string }): Promise<Page<ApiKey>> {
    return paginate(repo(ApiKey).createQueryBuilder('k').where('k.org_id = :orgId', { orgId }), page);
  }

  find(orgId: string, id: string): Promise<ApiKey | null> {
    return repo(ApiKey).findOneBy({ id, orgId });
  }

  /** Sets revoked_at once (a second revoke keeps the first time); answers whether the key exists. */
  async revoke(orgId: string, id: string): Promise<boolean> {
    const { affected } = await repo(ApiKey)
      .createQueryBuilder()
      .update()
      .set({ revokedAt: () => 'coalesce(revoked_at, now())' })
      .where({ id, orgId })
      .execute();
    return (affected ?? 0) > 0;
  }
}
