// Small factories: rows are created as the owner (fast, no API round trips); tokens are real access tokens
// signed with the test config's secret, backed by real session rows.
import { randomBytes, randomUUID } from 'node:crypto';
import type { AppRole, Claims } from '../../src/common/context/claims';
import { JwtService } from '../../src/common/crypto/jwt';
import { hashPassword } from '../../src/common/crypto/passwords';
import { randomSecret, sha256 } from '../../src/common/crypto/tokens';
import type { TestDb } from './db';

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

export async function newOrg(db: TestDb, name = `Org ${randomBytes(3).toString('hex')}`, id: string = randomUUID()): Promise<TestOrg> {
  const { rows } = await db.owner.query(`INSERT INTO public.organizations (id, name, slug) VALUES ($1, $2, $3) RETURNING id`, [
    id,
    name,
    `org-${randomBytes(6).toString('hex')}`,
  ]);
  return { id: rows[0].id, name };
}

export async function newUser(db: TestDb, org: TestOrg, role: AppRole, opts: { email?: string } = {}): Promise<TestUser> {
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
export async function addMembership(db: TestDb, user: TestUser, org: TestOrg, role: AppRole): Promise<TestUser> {
  await db.owner.query(`INSERT INTO public.users_roles (org_id, user_id, role) VALUES ($1, $2, $3)`, [org.id, user.id, role]);
  return { ...(await addSession(db, user.id, org.id, role)), email: user.email };
}

async function addSession(db: TestDb, userId: string, orgId: string, role: AppRole): Promise<Omit<TestUser, 'email'>> {
  const { rows } = await db.owner.query(
    `INSERT INTO public.sessions (org_id, user_id, refresh_token_hash, expires_at) VALUES ($1, $2, $3, now() + interval '1 day') RETURNING id`,
    [orgId, userId, sha256(randomSecret())],
  );
  const sessionId = rows[0].id as string;
  const token = new JwtService(db.config.JWT_SECRET).sign({ sub: userId, org_id: orgId, app_role: role, sid: sessionId }, 900);
  return {
    id: userId,
    orgId,
    role,
    sessionId,
    token,
    claims: { role: 'authenticated', sub: userId, org_id: orgId, app_role: role, sid: sessionId },
  };
}
