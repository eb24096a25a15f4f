// The OAuth 2.1 / OpenID Connect / SMART authorization server: oidc-provider (certified, maintained), with its
// storage in PostgreSQL (PgOAuthAdapter) and ES256 signing keys sealed at rest (OAuthSigningKeys).
//
// Mounted inside the Fastify app rather than as a separate service (see oauth.routes.ts): one process, one
// pool, one configuration, and the first-party session it shares with the API for consent. oidc-provider is a
// Koa application; its callback() takes Node's raw request and response, which Fastify hands over untouched
// for the /oauth/* and /.well-known/openid-configuration paths.
//
// Access tokens are opaque (no resource indicators): the API looks each one up by hash, so revocation, a
// grant revoked by refresh-token reuse, or a member removed from the organization ends access at once.
import { Inject, Injectable, Logger } from '@nestjs/common';
import { createHmac } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Configuration, KoaContextWithOIDC, Provider as ProviderType } from 'oidc-provider';
import { APP_CONFIG, type ResolvedConfig } from '../../../common/config/config';
import { RlsTransactions } from '../../../common/database/rls-transactions';
import { sqlFor } from '../../../common/database/sql';
import { PgOAuthAdapter } from './oauth.adapter';
import { OAuthSigningKeys } from './oauth-keys';

export const OAUTH_PATHS = {
  authorization: '/oauth/authorize',
  token: '/oauth/token',
  jwks: '/oauth/jwks',
  revocation: '/oauth/revoke',
  introspection: '/oauth/introspect',
  userinfo: '/oauth/userinfo',
  end_session: '/oauth/logout',
  pushed_authorization_request: '/oauth/par',
} as const;

export const TTL = {
  AccessToken: 3600,
  ClientCredentials: 600,
  AuthorizationCode: 60,
  IdToken: 3600,
  RefreshToken: 30 * 24 * 3600,
  Interaction: 600,
  Session: 24 * 3600,
  Grant: 365 * 24 * 3600,
};

type ProviderCtor = new (issuer: string, configuration?: Configuration) => ProviderType;

@Injectable()
export class OAuthServer {
  private readonly logger = new Logger('OAuthServer');
  private provider?: Promise<ProviderType>;
  readonly keys: OAuthSigningKeys;

  constructor(
    private readonly tx: RlsTransactions,
    @Inject(APP_CONFIG) private readonly config: ResolvedConfig,
  ) {
    this.keys = new OAuthSigningKeys(tx, config.DATA_ENCRYPTION_KEY);
  }

  /** The issuer: the public origin the app is reached at (PUBLIC_BASE_URL, without a trailing slash). */
  get issuer(): string {
    return this.config.PUBLIC_BASE_URL.replace(/\/+$/, '');
  }

  /** The provider, built on first use (keys loaded or made then); rebuilt after a key rotation. */
  get(): Promise<ProviderType> {
    this.provider ??= this.build().catch((err: Error) => {
      this.provider = undefined;
      throw err;
    });
    return this.provider;
  }

  /** A new signing key signs from now on; the previous ones stay in the JWKS until they expire. */
  async rotateKeys(): Promise<string> {
    const kid = await this.keys.rotate();
    this.provider = undefined;
    await this.get();
    return kid;
  }

  async callback(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const provider = await this.get();
    await (provider.callback() as (req: IncomingMessage, res: ServerResponse) => Promise<void>)(req, res);
  }

  /** Ends every OAuth grant of the user (a new password): their tokens, grants, sessions and codes. */
  async revokeUser(userId: string): Promise<void> {
    await this.tx.asService('oauth', async (m) => {
      const db = sqlFor(m.queryRunner!);
      await db.exec(`DELETE FROM public.oauth_provider_artifacts WHERE account_id = $1`, [userId]);
      await db.exec(`DELETE FROM public.oauth_access_tokens WHERE user_id = $1`, [userId]);
      await db.exec(`DELETE FROM public.oauth_refresh_tokens WHERE user_id = $1`, [userId]);
    });
  }

  /** The scope catalog (oauth_scopes): what the provider accepts and discovery lists. */
  async scopeCatalog(): Promise<string[]> {
    const rows = await this.tx.asService('oauth', (m) =>
      sqlFor(m.queryRunner!).rows<{ name: string }>(`SELECT name FROM public.oauth_scopes ORDER BY name`),
    );
    return rows.map((r) => r.name);
  }

  private async build(): Promise<ProviderType> {
    // ESM-only package: Node 20.19+ loads it through require().
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Provider } = require('oidc-provider') as { Provider: ProviderCtor };
    const [jwks, scopes] = await Promise.all([this.keys.load(), this.scopeCatalog()]);
    const tx = this.tx;
    const cookieKey = createHmac('sha256', this.config.JWT_SECRET)
      .update('carebase.oauth.cookies')
      .digest('base64url');
    const configuration: Configuration = {
      adapter: (name: string) => new PgOAuthAdapter(name, tx),
      clients: [],
      jwks: { keys: jwks },
      scopes,
      claims: { openid: ['sub'], fhirUser: ['fhirUser'], profile: ['name'] },
      // Refresh, userinfo and ID tokens end with the account: a disabled user, or one no longer a member of
      // the client's organization, is no account (the provider answers invalid_grant / invalid_token).
      findAccount: async (ctx, sub, token) => {
        const clientId = ctx.oidc?.client?.clientId ?? token?.clientId;
        if (!(await activeAccount(tx, sub, clientId))) return undefined;
        return { accountId: sub, claims: () => ({ sub, fhirUser: `Patient/${sub}` }) };
      },
      features: {
        devInteractions: { enabled: false },
        clientCredentials: { enabled: true },
        // A client learns only about its own tokens (the default lets any confidential client introspect any
        // token, which would tell one organization's app about another's users). Revocation already holds
        // a client to its own tokens by default.
        introspection: { enabled: true, allowedPolicy: ownToken },
        revocation: { enabled: true },
        resourceIndicators: { enabled: false },
        userinfo: { enabled: true },
      },
      pkce: { required: () => true },
      responseTypes: ['code'],
      allowOmittingSingleRegisteredRedirectUri: false,
      rotateRefreshToken: true,
      issueRefreshToken: async (_ctx, client, code) =>
        client.grantTypeAllowed('refresh_token') && code.scopes.has('offline_access'),
      routes: OAUTH_PATHS,
      interactions: { url: (_ctx, interaction) => `/oauth/interaction/${interaction.uid}` },
      cookies: { keys: [cookieKey] },
      ttl: TTL,
      clientBasedCORS: () => true,
      renderError: (ctx: KoaContextWithOIDC, out: { error: string; error_description?: string }) => {
        ctx.type = 'html';
        ctx.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Authorization error</title></head><body><h1>${escapeHtml(String(out.error))}</h1><p>${escapeHtml(String(out.error_description ?? ''))}</p></body></html>`;
      },
    };
    const provider = new Provider(this.issuer, configuration);
    if (this.config.TRUST_PROXY) provider.proxy = true;
    // SMART: a token whose scopes include launch/patient names the patient in context (the consenting user).
    provider.use(async (ctx, next) => {
      await next();
      if (ctx.path !== OAUTH_PATHS.token || ctx.status !== 200) return;
      const body = ctx.body as Record<string, unknown> | undefined;
      const scope = typeof body?.scope === 'string' ? body.scope.split(' ') : [];
      const account = ctx.oidc?.entities?.Grant?.accountId;
      if (body && account && scope.includes('launch/patient')) body.patient = account;
    });
    provider.on('server_error', (_ctx, err: Error) =>
      this.logger.error({ msg: 'oauth server error', err: err.message }),
    );
    return provider;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The user exists, is not disabled, and is a member of the client's (active) organization. */
async function activeAccount(
  tx: RlsTransactions,
  sub: string,
  clientId: string | undefined,
): Promise<boolean> {
  if (!UUID.test(sub) || !clientId) return false;
  const row = await tx.asService('oauth', (m) =>
    sqlFor(m.queryRunner!).one(
      `SELECT 1 FROM public.users u
         JOIN public.users_roles r ON r.user_id = u.id
         JOIN public.oauth_clients c ON c.org_id = r.org_id
         JOIN public.organizations o ON o.id = r.org_id
        WHERE u.id = $1 AND c.client_id = $2 AND u.disabled_at IS NULL AND o.status = 'active'`,
      [sub, clientId],
    ),
  );
  return row !== undefined;
}

function ownToken(
  _ctx: KoaContextWithOIDC,
  client: { clientId: string },
  token: { clientId?: string },
): boolean {
  return token.clientId === client.clientId;
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
