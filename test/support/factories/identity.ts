// Organizations, members and their credentials. Tokens are real access tokens signed with the test config's
// secret, backed by real session rows; API keys are real keys (the hash of the returned key is stored).
import { randomBytes, randomUUID } from 'node:crypto';
import type { AppRole, Claims } from '../../../src/common/context/claims';
import { JwtService } from '../../../src/common/crypto/jwt';
import { hashPassword } from '../../../src/common/crypto/passwords';
import { randomSecret, sha256 } from '../../../src/common/crypto/tokens';
import type {
  ApiKey,
  Invitation,
  Session,
  User,
  VerificationToken,
} from '../../../src/modules/identity/entities';
import type { TestDb } from '../db';
import { insertRow, type OrgRef, type Overrides, type UserRef } from './rows';

export const PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | undefined;

export interface TestOrg {
  id: string;
  name: string;
}

export interface TestUser {
  id: string;
  email: string;
  orgId: string;
  role: AppRole;
  sessionId: string;
  token: string;
  claims: Claims;
}

export async function newOrg(
  db: TestDb,
  name = `Org ${randomBytes(3).toString('hex')}`,
  id: string = randomUUID(),
): Promise<TestOrg> {
  const { rows } = await db.owner.query(
    `INSERT INTO public.organizations (id, name, slug) VALUES ($1, $2, $3) RETURNING id`,
    [id, name, `org-${randomBytes(6).toString('hex')}`],
  );
  return { id: rows[0].id, name };
}

/** A member: user, profile and membership in one statement, a session and an access token for the org. */
export async function newUser(
  db: TestDb,
  org: TestOrg,
  role: AppRole,
  opts: { email?: string } = {},
): Promise<TestUser> {
  passwordHash ??= hashPassword(PASSWORD, db.config.PASSWORD_SCRYPT_LOG2N);
  const id = randomUUID();
  const email = opts.email ?? `${role}-${id.slice(0, 8)}@example.test`;
  const userType = role === 'research_partner' ? 'research-partner' : role === 'ops' ? null : role;
  await db.owner.query(
    `WITH u AS (INSERT INTO public.users (id, org_id, email, name, password_hash, email_verified_at) VALUES ($1, $2, $3, $4, $5, now())),
          p AS (INSERT INTO public.profiles (id, org_id, user_id, user_type, display_name) VALUES ($1, $2, $1, $6, $4))
     INSERT INTO public.users_roles (org_id, user_id, role) VALUES ($2, $1, $7)`,
    [id, org.id, email, `Test ${role}`, await passwordHash, userType, role],
  );
  return { ...(await addSession(db, id, org.id, role)), email };
}

/** Makes an existing user a member of another org, with a token for that org. */
export async function addMembership(
  db: TestDb,
  user: TestUser,
  org: TestOrg,
  role: AppRole,
): Promise<TestUser> {
  await db.owner.query(`INSERT INTO public.users_roles (org_id, user_id, role) VALUES ($1, $2, $3)`, [
    org.id,
    user.id,
    role,
  ]);
  return { ...(await addSession(db, user.id, org.id, role)), email: user.email };
}

/** A users row alone: no profile, no membership, no password. */
export function newBareUser(db: TestDb, org: OrgRef, o: Overrides<User> = {}): Promise<User> {
  return insertRow<User>(db, 'users', {
    orgId: org.id,
    email: `bare-${randomBytes(4).toString('hex')}@example.test`,
    ...o,
  });
}

/** A session of a member (its refresh token is not kept: nobody refreshes a fixture session). */
export function newSession(db: TestDb, user: UserRef, o: Overrides<Session> = {}): Promise<Session> {
  return insertRow<Session>(db, 'sessions', {
    orgId: user.orgId,
    userId: user.id,
    refreshTokenHash: sha256(randomSecret()),
    expiresAt: new Date(Date.now() + 86_400_000),
    ...o,
  });
}

/** A one-time token of a user; `token` is the secret whose hash is stored. */
export async function newVerificationToken(
  db: TestDb,
  user: UserRef,
  o: Overrides<VerificationToken> = {},
): Promise<VerificationToken & { token: string }> {
  const token = randomSecret();
  const row = await insertRow<VerificationToken>(db, 'verification_tokens', {
    orgId: user.orgId,
    userId: user.id,
    purpose: 'email_verification',
    tokenHash: sha256(token),
    expiresAt: new Date(Date.now() + 86_400_000),
    ...o,
  });
  return Object.assign(row, { token });
}

/** A pending invitation of the org to an address (a fresh one unless given); `token` is the mailed token. */
export async function newInvitation(
  db: TestDb,
  org: OrgRef,
  o: Overrides<Invitation> = {},
): Promise<Invitation & { token: string }> {
  const token = randomSecret();
  const row = await insertRow<Invitation>(db, 'invitations', {
    orgId: org.id,
    email: `invitee-${randomBytes(4).toString('hex')}@example.test`,
    role: 'patient',
    tokenHash: sha256(token),
    expiresAt: new Date(Date.now() + 7 * 86_400_000),
    ...o,
  });
  return Object.assign(row, { token });
}

const ALPHANUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** An API key of the org (developer, read); `key` is the usable key whose SHA-256 is stored. */
export async function newApiKey(
  db: TestDb,
  org: OrgRef,
  o: Overrides<ApiKey> = {},
): Promise<ApiKey & { key: string }> {
  const keyPrefix = `cbk_${Array.from(randomBytes(8), (b) => ALPHANUM[b % ALPHANUM.length]).join('')}`;
  const key = `${keyPrefix}_${randomSecret()}`;
  const row = await insertRow<ApiKey>(db, 'api_keys', {
    orgId: org.id,
    name: 'Test key',
    keyPrefix,
    keyHash: sha256(key),
    scope: ['read'],
    ...o,
  });
  return Object.assign(row, { key });
}

async function addSession(
  db: TestDb,
  userId: string,
  orgId: string,
  role: AppRole,
): Promise<Omit<TestUser, 'email'>> {
  const { id: sessionId } = await newSession(db, { id: userId, orgId });
  const token = new JwtService(db.config.JWT_SECRET).sign(
    { sub: userId, org_id: orgId, app_role: role, sid: sessionId },
    900,
  );
  return {
    id: userId,
    orgId,
    role,
    sessionId,
    token,
    claims: { role: 'authenticated', sub: userId, org_id: orgId, app_role: role, sid: sessionId },
  };
}
