// oidc-provider's storage over PostgreSQL, through the service role (RlsTransactions.asService, as jobs and
// webhooks write). Access tokens, client-credentials tokens and refresh tokens go to their own tables, the rest
// (codes, grants, sessions, interactions, replay markers) to oauth_provider_artifacts. Every id that is a
// credential (token, code, session cookie, interaction id) is stored as SHA-256 only, and the payload is kept
// without it (jti is restored from the id on lookup). Clients are read from oauth_clients.
import type { Adapter, AdapterPayload } from 'oidc-provider';
import { sha256 } from '../../../common/crypto/tokens';
import { RlsTransactions } from '../../../common/database/rls-transactions';
import { sqlFor, type Sql } from '../../../common/database/sql';

const ACCESS = new Set(['AccessToken', 'ClientCredentials']);
const REFRESH = 'RefreshToken';

interface ClientRow {
  client_id: string;
  name: string;
  client_type: 'confidential' | 'public';
  secret: string | null;
  redirect_uris: string[];
  grant_types: string[];
  scopes: string[];
}

interface StoredRow {
  payload: AdapterPayload;
  consumed_at: Date | null;
}

/** What oidc-provider sees as the client's secret: the SHA-256 (base64url) of the real one. */
export function clientSecretDigest(secret: string): string {
  return sha256(secret).toString('base64url');
}

function stripJti(payload: AdapterPayload, keepJti: boolean): AdapterPayload {
  if (keepJti) return payload;
  const rest = { ...payload };
  delete rest.jti;
  return rest;
}

function restore(row: StoredRow | undefined, id: string): AdapterPayload | undefined {
  if (!row) return undefined;
  const payload: AdapterPayload = { ...row.payload, jti: row.payload.jti ?? id };
  if (row.consumed_at) payload.consumed = Math.floor(row.consumed_at.getTime() / 1000);
  return payload;
}

function scopesOf(payload: AdapterPayload): string[] {
  return typeof payload.scope === 'string' && payload.scope ? payload.scope.split(' ') : [];
}

export class PgOAuthAdapter implements Adapter {
  constructor(
    private readonly model: string,
    private readonly tx: RlsTransactions,
  ) {}

  private run<T>(fn: (db: Sql) => Promise<T>): Promise<T> {
    return this.tx.asService('oauth', (m) => fn(sqlFor(m.queryRunner!)));
  }

  async upsert(id: string, payload: AdapterPayload, expiresIn: number): Promise<void> {
    const hash = sha256(id);
    const expires = expiresIn ? new Date(Date.now() + expiresIn * 1000) : null;
    await this.run(async (db) => {
      if (ACCESS.has(this.model) || this.model === REFRESH) {
        const table = this.model === REFRESH ? 'oauth_refresh_tokens' : 'oauth_access_tokens';
        const stored = { ...stripJti(payload, false), kind: this.model };
        await db.exec(
          `INSERT INTO public.${table} (org_id, client_id, user_id, token_hash, grant_id, scopes, payload, expires_at)
           SELECT c.org_id, c.id, $2, $3, $4, $5, $6, $7 FROM public.oauth_clients c WHERE c.client_id = $1
             AND ($4::text IS NULL OR EXISTS (${LIVE_GRANT}))
           ON CONFLICT (token_hash) DO UPDATE SET scopes = EXCLUDED.scopes, payload = EXCLUDED.payload,
             expires_at = EXCLUDED.expires_at`,
          [
            payload.clientId,
            payload.accountId ?? null,
            hash,
            payload.grantId ?? null,
            scopesOf(payload),
            JSON.stringify(stored),
            expires ?? new Date(Date.now() + 3600_000),
          ],
        );
        return;
      }
      const grantId = this.model === 'Grant' ? id : (payload.grantId ?? null);
      await db.exec(
        `INSERT INTO public.oauth_provider_artifacts (model, id_hash, grant_id, uid, account_id, client_id, payload, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (model, id_hash) DO UPDATE SET grant_id = EXCLUDED.grant_id, uid = EXCLUDED.uid,
           account_id = EXCLUDED.account_id, client_id = EXCLUDED.client_id, payload = EXCLUDED.payload,
           expires_at = EXCLUDED.expires_at`,
        [
          this.model,
          hash,
          grantId,
          payload.uid ?? null,
          uuidOrNull(payload.accountId),
          payload.clientId ?? null,
          // A session is found by uid too, so it keeps its id.
          JSON.stringify(stripJti(payload, this.model === 'Session')),
          expires,
        ],
      );
    });
  }

  async find(id: string): Promise<AdapterPayload | undefined> {
    if (this.model === 'Client') return this.findClient(id);
    const hash = sha256(id);
    const row = await this.run((db) =>
      ACCESS.has(this.model) || this.model === REFRESH
        ? db.one<StoredRow>(
            `SELECT payload, ${this.model === REFRESH ? 'consumed_at' : 'NULL::timestamptz AS consumed_at'}
               FROM public.${this.model === REFRESH ? 'oauth_refresh_tokens' : 'oauth_access_tokens'}
              WHERE token_hash = $1 AND payload ->> 'kind' = $2`,
            [hash, this.model],
          )
        : db.one<StoredRow>(
            `SELECT payload, consumed_at FROM public.oauth_provider_artifacts
              WHERE model = $1 AND id_hash = $2 AND (expires_at IS NULL OR expires_at > now())`,
            [this.model, hash],
          ),
    );
    return restore(row, id);
  }

  async findByUid(uid: string): Promise<AdapterPayload | undefined> {
    const row = await this.run((db) =>
      db.one<StoredRow>(
        `SELECT payload, consumed_at FROM public.oauth_provider_artifacts
          WHERE model = $1 AND uid = $2 AND (expires_at IS NULL OR expires_at > now())`,
        [this.model, uid],
      ),
    );
    return row ? restore(row, row.payload.jti as string) : undefined;
  }

  async findByUserCode(): Promise<AdapterPayload | undefined> {
    return undefined; // the device flow is not enabled
  }

  // Conditional: oidc-provider reads, checks `consumed`, then consumes, so two requests with one refresh token
  // (or code) can both pass its check. Only the one whose UPDATE finds the row unconsumed goes on; the other
  // revokes the whole grant, as reuse detection does, and answers invalid_grant.
  async consume(id: string): Promise<void> {
    const hash = sha256(id);
    const lost = await this.run(async (db) => {
      const won =
        this.model === REFRESH
          ? await db.one(
              `UPDATE public.oauth_refresh_tokens SET consumed_at = now()
                WHERE token_hash = $1 AND consumed_at IS NULL RETURNING 1`,
              [hash],
            )
          : await db.one(
              `UPDATE public.oauth_provider_artifacts SET consumed_at = now()
                WHERE model = $1 AND id_hash = $2 AND consumed_at IS NULL RETURNING 1`,
              [this.model, hash],
            );
      if (won) return false;
      const row =
        this.model === REFRESH
          ? await db.one<{ grant_id: string | null }>(
              `SELECT grant_id FROM public.oauth_refresh_tokens WHERE token_hash = $1`,
              [hash],
            )
          : await db.one<{ grant_id: string | null }>(
              `SELECT grant_id FROM public.oauth_provider_artifacts WHERE model = $1 AND id_hash = $2`,
              [this.model, hash],
            );
      if (row?.grant_id) await revokeGrant(db, row.grant_id);
      return true;
    });
    if (lost) throw new (oidcErrors().InvalidGrant)('grant already used');
  }

  async destroy(id: string): Promise<void> {
    const hash = sha256(id);
    await this.run((db) =>
      ACCESS.has(this.model) || this.model === REFRESH
        ? db.exec(
            `DELETE FROM public.${this.model === REFRESH ? 'oauth_refresh_tokens' : 'oauth_access_tokens'} WHERE token_hash = $1`,
            [hash],
          )
        : db.exec(`DELETE FROM public.oauth_provider_artifacts WHERE model = $1 AND id_hash = $2`, [
            this.model,
            hash,
          ]),
    );
  }

  async revokeByGrantId(grantId: string): Promise<void> {
    await this.run((db) =>
      ACCESS.has(this.model)
        ? db.exec(`DELETE FROM public.oauth_access_tokens WHERE grant_id = $1`, [grantId])
        : this.model === REFRESH
          ? db.exec(`DELETE FROM public.oauth_refresh_tokens WHERE grant_id = $1`, [grantId])
          : db.exec(`DELETE FROM public.oauth_provider_artifacts WHERE model = $1 AND grant_id = $2`, [
              this.model,
              grantId,
            ]),
    );
  }

  private async findClient(clientId: string): Promise<AdapterPayload | undefined> {
    const row = await this.run((db) =>
      db.one<ClientRow>(
        `SELECT client_id, name, client_type, encode(client_secret_hash, 'base64') AS secret, redirect_uris,
                grant_types, scopes
           FROM public.oauth_clients WHERE client_id = $1 AND disabled_at IS NULL`,
        [clientId],
      ),
    );
    if (!row) return undefined;
    const confidential = row.client_type === 'confidential';
    return {
      client_id: row.client_id,
      client_name: row.name,
      ...(confidential && row.secret
        ? { client_secret: Buffer.from(row.secret, 'base64').toString('base64url') }
        : {}),
      token_endpoint_auth_method: confidential ? 'client_secret_basic' : 'none',
      redirect_uris: row.redirect_uris,
      grant_types: row.grant_types,
      response_types: row.grant_types.includes('authorization_code') ? ['code'] : [],
      scope: row.scopes.join(' '),
      id_token_signed_response_alg: 'ES256',
    };
  }
}

// A token of a grant is stored only while the grant is: the lock waits for a concurrent revokeGrant (which
// deletes the Grant first), so a request that won a consume race cannot store tokens after the loser revoked.
const LIVE_GRANT = `SELECT 1 FROM public.oauth_provider_artifacts g WHERE g.model = 'Grant' AND g.grant_id = $4 FOR SHARE`;

async function revokeGrant(db: Sql, grantId: string): Promise<void> {
  await db.exec(`DELETE FROM public.oauth_provider_artifacts WHERE model = 'Grant' AND grant_id = $1`, [
    grantId,
  ]);
  await db.exec(`DELETE FROM public.oauth_access_tokens WHERE grant_id = $1`, [grantId]);
  await db.exec(`DELETE FROM public.oauth_refresh_tokens WHERE grant_id = $1`, [grantId]);
  await db.exec(`DELETE FROM public.oauth_provider_artifacts WHERE grant_id = $1`, [grantId]);
}

function oidcErrors(): typeof import('oidc-provider').errors {
  // ESM-only package, loaded on use as oauth.server.ts does.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('oidc-provider') as typeof import('oidc-provider')).errors;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function uuidOrNull(value: unknown): string | null {
  return typeof value === 'string' && UUID.test(value) ? value : null;
}
