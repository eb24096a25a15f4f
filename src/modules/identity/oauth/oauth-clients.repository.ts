// oauth_clients as an organization's admins (all) and developers (their own) see them, under RLS.
import { Injectable } from '@nestjs/common';
import { repo } from '../../../common/database/repository';
import { paginate, type Page } from '../../../common/pagination';
import { OAuthClient, OAuthScope } from '../entities';

export type NewOAuthClient = Pick<
  OAuthClient,
  'clientId' | 'name' | 'clientType' | 'redirectUris' | 'grantTypes' | 'scopes' | 'createdBy'
> & { clientSecretHash: Buffer | null };

@Injectable()
export class OAuthClientsRepository {
  async insert(client: NewOAuthClient): Promise<string> {
    const { identifiers } = await repo(OAuthClient).insert(client);
    return (identifiers[0] as Pick<OAuthClient, 'id'>).id;
  }

  list(page: { limit: number; cursor?: string }): Promise<Page<OAuthClient>> {
    return paginate(repo(OAuthClient).createQueryBuilder('c'), page);
  }

  find(id: string): Promise<OAuthClient | null> {
    return repo(OAuthClient).findOneBy({ id });
  }

  async delete(id: string): Promise<boolean> {
    const { affected } = await repo(OAuthClient).delete({ id });
    return (affected ?? 0) > 0;
  }

  /** The names among `scopes` that the catalog lacks. */
  async unknownScopes(scopes: string[]): Promise<string[]> {
    const known = await repo(OAuthScope)
      .createQueryBuilder('s')
      .select('s.name', 'name')
      .where('s.name = ANY(:scopes)', { scopes })
      .getRawMany<{ name: string }>();
    const names = new Set(known.map((k) => k.name));
    return scopes.filter((s) => !names.has(s));
  }
}
