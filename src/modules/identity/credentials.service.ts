// Resolves a request's credentials into claims: an access token (verified locally, cached) or an API key
// (looked up by its hash through a definer function, in its own short anon transaction).
import { Inject, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { APP_CONFIG, type ResolvedConfig } from '../../common/config/config';
import { ANON_CLAIMS, type AppRole, type Claims } from '../../common/context/claims';
import { JwtService } from '../../common/crypto/jwt';
import { sha256 } from '../../common/crypto/tokens';
import { RlsTransactions } from '../../common/database/rls-transactions';
import { sqlFor } from '../../common/database/sql';
import { bearerToken, CredentialsResolver } from '../../common/guards/credentials-resolver';
import { resolveApiKey } from './api-keys.queries';
import { resolveOAuthToken } from './oauth/oauth-tokens.queries';

export const API_KEY_PATTERN = /^cbk_[A-Za-z0-9]{8}_[A-Za-z0-9_-]{43}$/;
/** oidc-provider's opaque access tokens: 43 base64url characters (no dots, unlike a JWT). */
export const OAUTH_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

@Injectable()
export class CredentialsService extends CredentialsResolver {
  constructor(
    private readonly jwt: JwtService,
    private readonly tx: RlsTransactions,
    @Inject(APP_CONFIG) private readonly config: ResolvedConfig,
  ) {
    super();
  }

  async authenticate(req: FastifyRequest): Promise<Claims | undefined> {
    const token = bearerToken(req.headers.authorization);
    const apiKey = req.headers['x-api-key'];
    if (token !== undefined) {
      if (token.startsWith('cbk_')) return this.fromApiKey(token);
      if (OAUTH_TOKEN_PATTERN.test(token)) return this.fromOAuthToken(token, req);
      const payload = this.jwt.verify(token);
      if (!payload) return undefined;
      return {
        role: 'authenticated',
        sub: payload.sub,
        org_id: payload.org_id,
        app_role: payload.app_role as AppRole,
        sid: payload.sid,
      };
    }
    if (typeof apiKey === 'string') return this.fromApiKey(apiKey.trim());
    return undefined;
  }

  /**
   * An OAuth access token (opaque, oidc-provider's): its row's claims; the lookup audits the request. The
   * access guard, which knows the route, confines the claims to the patient role when only a patient/ scope
   * allows the request.
   */
  private async fromOAuthToken(token: string, req: FastifyRequest): Promise<Claims | undefined> {
    const row = await this.tx.run(ANON_CLAIMS, (m) =>
      resolveOAuthToken(sqlFor(m.queryRunner!), sha256(token), req.method, req.routeOptions?.url ?? req.url),
    );
    if (!row) return undefined;
    return {
      role: 'authenticated',
      sub: row.user_id,
      org_id: row.org_id,
      // A client-credentials token acts as the organization's machine client, as an API key does.
      app_role: row.user_id === null ? 'developer' : row.app_role,
      client_id: row.client_id,
      scope: row.scopes,
    };
  }

  private async fromApiKey(key: string): Promise<Claims | undefined> {
    if (!API_KEY_PATTERN.test(key)) return undefined;
    const row = await this.tx.run(ANON_CLAIMS, (m) => resolveApiKey(sqlFor(m.queryRunner!), sha256(key)));
    if (!row) return undefined;
    return {
      role: 'authenticated',
      sub: null,
      org_id: row.org_id,
      app_role: row.role,
      api_key_id: row.id,
      scope: row.scope,
    };
  }
}
