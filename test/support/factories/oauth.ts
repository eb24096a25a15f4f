// OAuth clients and the authorization server's stored tokens. A confidential client's secret is returned beside
// the row (only its SHA-256 is stored); tokens are stored by hash, as the provider's adapter stores them.
import { randomBytes } from 'node:crypto';
import { randomSecret, sha256 } from '../../../src/common/crypto/tokens';
import type {
  OAuthAccessToken,
  OAuthClient,
  OAuthProviderArtifact,
  OAuthRefreshToken,
} from '../../../src/modules/identity/entities';
import type { TestDb } from '../db';
import { insertRow, type OrgRef, type Overrides } from './rows';

export function newClientId(): string {
  return `cbc_${randomBytes(16).toString('base64url')}`;
}

export async function newOAuthClient(
  db: TestDb,
  org: OrgRef,
  o: Overrides<OAuthClient> = {},
): Promise<OAuthClient & { secret: string | null }> {
  const confidential = (o.clientType ?? 'confidential') === 'confidential';
  const secret = confidential ? randomSecret() : null;
  const row = await insertRow<OAuthClient>(db, 'oauth_clients', {
    orgId: org.id,
    clientId: newClientId(),
    name: 'Test app',
    clientType: confidential ? 'confidential' : 'public',
    clientSecretHash: secret ? sha256(secret) : null,
    redirectUris: ['https://app.example.test/callback'],
    grantTypes: confidential
      ? ['authorization_code', 'refresh_token', 'client_credentials']
      : ['authorization_code', 'refresh_token'],
    scopes: ['openid', 'offline_access', 'patient/*.rs'],
    ...o,
  });
  return Object.assign(row, { secret });
}

const inAnHour = () => new Date(Date.now() + 3600_000);

export async function newOAuthAccessToken(
  db: TestDb,
  client: Pick<OAuthClient, 'orgId' | 'id'>,
  o: Overrides<OAuthAccessToken> = {},
): Promise<OAuthAccessToken & { token: string }> {
  const token = randomSecret();
  const row = await insertRow<OAuthAccessToken>(db, 'oauth_access_tokens', {
    orgId: client.orgId,
    clientId: client.id,
    tokenHash: sha256(token),
    scopes: ['patient/*.rs'],
    payload: { kind: 'AccessToken' },
    expiresAt: inAnHour(),
    ...o,
  });
  return Object.assign(row, { token });
}

export async function newOAuthRefreshToken(
  db: TestDb,
  client: Pick<OAuthClient, 'orgId' | 'id'>,
  userId: string,
  o: Overrides<OAuthRefreshToken> = {},
): Promise<OAuthRefreshToken & { token: string }> {
  const token = randomSecret();
  const row = await insertRow<OAuthRefreshToken>(db, 'oauth_refresh_tokens', {
    orgId: client.orgId,
    clientId: client.id,
    userId,
    tokenHash: sha256(token),
    grantId: randomSecret(16),
    scopes: ['offline_access', 'patient/*.rs'],
    payload: { kind: 'RefreshToken' },
    expiresAt: inAnHour(),
    ...o,
  });
  return Object.assign(row, { token });
}

export async function newOAuthArtifact(
  db: TestDb,
  o: Overrides<OAuthProviderArtifact> = {},
): Promise<OAuthProviderArtifact> {
  return insertRow<OAuthProviderArtifact>(db, 'oauth_provider_artifacts', {
    model: 'Interaction',
    idHash: sha256(randomSecret()),
    payload: { kind: 'Interaction' },
    expiresAt: inAnHour(),
    ...o,
  });
}
