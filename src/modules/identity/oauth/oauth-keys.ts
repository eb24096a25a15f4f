// The authorization server's signing keys (ES256), stored sealed with DATA_ENCRYPTION_KEY (SecretBox, the
// kid as associated data) in oauth_provider_artifacts as model SigningKey. The newest key signs; older ones
// stay published in the JWKS until they expire, so tokens signed before a rotation still verify.
import type * as Jose from 'jose';
import { randomUUID } from 'node:crypto';
import type { JWK } from 'oidc-provider';
import { SecretBox } from '../../../common/crypto/secret-box';
import { sha256 } from '../../../common/crypto/tokens';
import { RlsTransactions } from '../../../common/database/rls-transactions';
import { sqlFor, type Sql } from '../../../common/database/sql';

/** How long a key stays published after a newer one replaced it (longer than any ID token lives). */
export const RETIRED_KEY_SECONDS = 24 * 3600;

interface KeyRow {
  payload: { kid: string; sealed: string };
}

export class OAuthSigningKeys {
  private readonly box: SecretBox;

  constructor(
    private readonly tx: RlsTransactions,
    encryptionKey: string,
  ) {
    this.box = new SecretBox(encryptionKey);
  }

  private run<T>(fn: (db: Sql) => Promise<T>): Promise<T> {
    return this.tx.asService('oauth-keys', (m) => fn(sqlFor(m.queryRunner!)));
  }

  /** The private JWKs, newest first; makes the first key when there is none (once across instances). */
  async load(): Promise<JWK[]> {
    let rows = await this.read();
    if (!rows.length)
      rows = await this.run(async (db) => {
        await db.rows(`SELECT pg_advisory_xact_lock(hashtext('carebase.oauth.signing-key'))`);
        const existing = await this.readWith(db);
        if (existing.length) return existing;
        await this.insert(db);
        return this.readWith(db);
      });
    return rows.map((r) => JSON.parse(this.box.open(r.payload.sealed, r.payload.kid)) as JWK);
  }

  /** Adds a new signing key (it signs from the next provider build on) and retires the others. */
  async rotate(): Promise<string> {
    return this.run(async (db) => {
      await db.rows(`SELECT pg_advisory_xact_lock(hashtext('carebase.oauth.signing-key'))`);
      await db.exec(
        `UPDATE public.oauth_provider_artifacts SET expires_at = now() + make_interval(secs => $1)
          WHERE model = 'SigningKey' AND expires_at IS NULL`,
        [RETIRED_KEY_SECONDS],
      );
      return this.insert(db);
    });
  }

  private read(): Promise<KeyRow[]> {
    return this.run((db) => this.readWith(db));
  }

  private readWith(db: Sql): Promise<KeyRow[]> {
    return db.rows<KeyRow>(
      `SELECT payload FROM public.oauth_provider_artifacts
        WHERE model = 'SigningKey' AND (expires_at IS NULL OR expires_at > now())
        ORDER BY created_at DESC, payload ->> 'kid'`,
    );
  }

  private async insert(db: Sql): Promise<string> {
    // Loaded when a key is made (once per instance lifetime), not at every start.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { exportJWK, generateKeyPair } = require('jose') as typeof Jose;
    const { privateKey } = await generateKeyPair('ES256', { extractable: true });
    const kid = randomUUID();
    const jwk = { ...(await exportJWK(privateKey)), kid, alg: 'ES256', use: 'sig' };
    const sealed = this.box.seal(JSON.stringify(jwk), kid);
    await db.exec(
      `INSERT INTO public.oauth_provider_artifacts (model, id_hash, payload) VALUES ('SigningKey', $1, $2)`,
      [sha256(kid), JSON.stringify({ kid, alg: 'ES256', sealed })],
    );
    return kid;
  }
}
