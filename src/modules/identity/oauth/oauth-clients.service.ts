// Registering third-party apps: admins and developers of an organization. A confidential client's secret is
// shown once and kept as SHA-256; every app is confined to PKCE (S256) by the authorization server.
import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { currentTransaction } from '../../../common/context/request-context';
import { randomSecret, sha256 } from '../../../common/crypto/tokens';
import { DomainError, notFound } from '../../../common/errors/domain-error';
import type { Page } from '../../../common/pagination';
import type { OAuthClient } from '../entities';
import type { CreatedOAuthClientDto, CreateOAuthClientDto, OAuthClientDto } from './oauth-clients.dto';
import { OAuthClientsRepository } from './oauth-clients.repository';

function toDto(c: OAuthClient): OAuthClientDto {
  return {
    id: c.id,
    clientId: c.clientId,
    name: c.name,
    clientType: c.clientType,
    redirectUris: c.redirectUris,
    grantTypes: c.grantTypes,
    scopes: c.scopes,
    createdBy: c.createdBy,
    disabledAt: c.disabledAt,
    createdAt: c.createdAt,
  };
}

const invalid = (field: string, message: string) =>
  new DomainError('invalid-input', `${field} ${message}.`, [{ field, message }]);

@Injectable()
export class OAuthClientsService {
  constructor(private readonly clients: OAuthClientsRepository) {}

  async create(dto: CreateOAuthClientDto): Promise<CreatedOAuthClientDto> {
    if (dto.clientType === 'public' && dto.grantTypes.includes('client_credentials'))
      throw invalid('grantTypes', 'may not include client_credentials for a public client');
    if (dto.grantTypes.includes('authorization_code') && !dto.redirectUris.length)
      throw invalid('redirectUris', 'must name at least one URI for authorization_code');
    const unknown = await this.clients.unknownScopes(dto.scopes);
    if (unknown.length) throw invalid('scopes', `names unknown scopes: ${unknown.join(', ')}`);
    const secret = dto.clientType === 'confidential' ? randomSecret() : null;
    const id = await this.clients.insert({
      clientId: `cbc_${randomBytes(16).toString('base64url')}`,
      name: dto.name,
      clientType: dto.clientType,
      clientSecretHash: secret ? sha256(secret) : null,
      redirectUris: dto.redirectUris,
      grantTypes: dto.grantTypes,
      scopes: dto.scopes,
      createdBy: currentTransaction().claims.sub ?? null,
    });
    return { ...(await this.get(id)), clientSecret: secret };
  }

  async list(limit: number, cursor?: string): Promise<Page<OAuthClientDto>> {
    const { items, nextCursor } = await this.clients.list({ limit, cursor });
    return { items: items.map(toDto), nextCursor };
  }

  async get(id: string): Promise<OAuthClientDto> {
    const row = await this.clients.find(id);
    if (!row) throw notFound('OAuth client');
    return toDto(row);
  }

  /** Deleting a client ends every token issued to it (the tokens' foreign keys cascade). */
  async remove(id: string): Promise<void> {
    if (!(await this.clients.delete(id))) throw notFound('OAuth client');
  }
}
