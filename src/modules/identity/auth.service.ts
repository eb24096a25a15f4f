// Sign-up, sign-in, refresh-token rotation with reuse detection, organization switching, email
// verification and password reset. These run before a caller exists, so their routes' transactions run
// as service_role with claims naming the route (see @Public({ asService })).
import { Inject, Injectable } from '@nestjs/common';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { APP_CONFIG, type ResolvedConfig } from '../../common/config/config';
import type { AppRole } from '../../common/context/claims';
import { afterCommit, currentTransaction } from '../../common/context/request-context';
import { JwtService } from '../../common/crypto/jwt';
import { dummyHash, hashPassword, needsRehash, verifyPassword } from '../../common/crypto/passwords';
import { randomSecret, sha256 } from '../../common/crypto/tokens';
import { DomainError } from '../../common/errors/domain-error';
import { Mailer } from '../../common/mail/mailer';
import { AuditService } from '../audit';
import type { SignUpDto, TokenPairDto } from './dto/auth.dto';
import type { VerificationPurpose } from './entities/verification-token.entity';
import { lockInvitationByToken, markInvitationAccepted } from './members.queries';
import { MembersRepository } from './members.repository';
import { OrganizationsRepository } from './organizations.repository';
import { ProfilesRepository } from './profiles.repository';
import { SessionsRepository } from './sessions.repository';
import {
  insertSession,
  lockForRefresh,
  rotateRefreshToken,
  type RefreshCandidateRow,
} from './sessions.queries';
import { signUpNoticeMail } from './sign-up-mail';
import {
  findForSignIn,
  insertUserWithPassword,
  lockEmailForAccountCreation,
  takeSignUpNotice,
  resetPassword,
  setPasswordHash,
} from './users.queries';
import { UsersRepository } from './users.repository';
import { OAuthServer } from './oauth/oauth.server';
import { consumeVerificationToken, insertVerificationToken } from './verification-tokens.queries';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const VERIFY_TTL_HOURS = 48;
const RESET_TTL_MINUTES = 60;
const INVALID_CREDENTIALS = 'The email or password is wrong.';
const INVALID_REFRESH = 'The refresh token is not valid.';

export function slugify(name: string): string {
  const base = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `${base || 'org'}-${randomBytes(3).toString('hex')}`;
}

interface SessionContext {
  userAgent?: string;
  ip?: string;
}

@Injectable()
export class AuthService {
  /** A running average of how long creating an account takes, writes and commit (see signUp). */
  private accountCreationMs = 20;

  constructor(
    @Inject(APP_CONFIG) private readonly config: ResolvedConfig,
    private readonly jwt: JwtService,
    private readonly mailer: Mailer,
    private readonly audit: AuditService,
    private readonly organizations: OrganizationsRepository,
    private readonly users: UsersRepository,
    private readonly profiles: ProfilesRepository,
    private readonly members: MembersRepository,
    private readonly sessions: SessionsRepository,
    private readonly oauth: OAuthServer,
  ) {}

  /**
   * Creates the account, its organization and the verification mail for a new address. For an address that has
   * an account it creates nothing and mails its owner a notice instead. The caller cannot tell which happened
   * (same answer, and the password is hashed in both cases so the time taken does not tell either); they sign
   * in next.
   */
  async signUp(dto: SignUpDto): Promise<void> {
    const passwordHash = await hashPassword(dto.password, this.config.PASSWORD_SCRYPT_LOG2N);
    await lockEmailForAccountCreation(dto.email);
    if (await this.users.emailTaken(dto.email)) {
      if (await takeSignUpNotice(dto.email))
        this.mailer.sendAfterCommit(
          signUpNoticeMail({ to: dto.email, baseUrl: this.config.PUBLIC_BASE_URL }),
        );
      // Writing an account (five inserts, their audit rows, a commit that flushes) takes measurably longer
      // than this branch: it waits about as long, so the time to answer does not tell the branches apart.
      await sleep(this.accountCreationMs);
      return;
    }
    const started = performance.now();
    afterCommit(() => {
      this.accountCreationMs += (performance.now() - started - this.accountCreationMs) / 8;
    });
    const orgId = await this.organizations.create(dto.organizationName, slugify(dto.organizationName));
    const userId = await insertUserWithPassword({ orgId, email: dto.email, name: dto.name, passwordHash });
    await this.profiles.create({ id: userId, orgId, userId, userType: 'admin', displayName: dto.name });
    await this.members.create(orgId, userId, 'admin');
    await this.issueVerificationToken(userId, orgId, dto.email, 'email_verification');
  }

  async signIn(
    email: string,
    password: string,
    organizationId: string | undefined,
    ctx: SessionContext,
  ): Promise<TokenPairDto> {
    const user = await findForSignIn(email);
    const ok = await verifyPassword(
      password,
      user?.password_hash ?? (await dummyHash(this.config.PASSWORD_SCRYPT_LOG2N)),
    );
    if (!user || !ok || user.disabled_at) {
      // This transaction rolls back with the 401: the audit row is written in its own (AuditService).
      const reason = !user ? 'unknown_email' : !ok ? 'wrong_password' : 'disabled';
      this.audit.recordDetached({
        eventType: 'AUTH_SIGN_IN_FAILED',
        action: 'SIGN_IN',
        table: 'users',
        rowIds: user ? [user.id] : [],
        outcome: 'denied',
        orgId: user?.org_id ?? null,
        details: { reason },
      });
      throw new DomainError('unauthorized', INVALID_CREDENTIALS);
    }
    if (user.password_hash && needsRehash(user.password_hash, this.config.PASSWORD_SCRYPT_LOG2N))
      await setPasswordHash(user.id, await hashPassword(password, this.config.PASSWORD_SCRYPT_LOG2N));
    const membership = await this.membership(user.id, organizationId);
    if (!membership) {
      throw organizationId
        ? new DomainError('forbidden', 'You are not a member of that organization.')
        : new DomainError('forbidden', 'You are not a member of any active organization.');
    }
    return this.createSession(user.id, membership.orgId, membership.role, ctx);
  }

  async refresh(refreshToken: string, ctx: SessionContext): Promise<TokenPairDto> {
    const session = await this.consumeRefreshToken(refreshToken);
    const membership = await this.membership(session.user_id, session.org_id);
    if (!membership) throw new DomainError('unauthorized', INVALID_REFRESH);
    const secret = randomSecret();
    await rotateRefreshToken(session.id, sha256(secret), {
      userAgent: ctx.userAgent ?? null,
      ip: ctx.ip ?? null,
    });
    return this.tokens(
      session.user_id,
      session.org_id,
      membership.role,
      session.id,
      `${session.id}.${secret}`,
    );
  }

  async switchOrganization(
    refreshToken: string,
    organizationId: string,
    ctx: SessionContext,
  ): Promise<TokenPairDto> {
    const session = await this.consumeRefreshToken(refreshToken);
    const membership = await this.membership(session.user_id, organizationId);
    if (!membership) throw new DomainError('forbidden', 'You are not a member of that organization.');
    await this.sessions.revoke(session.id, 'switched_organization');
    return this.createSession(session.user_id, membership.orgId, membership.role, ctx);
  }

  /** Ends the caller's current session (RLS: their own). */
  async signOut(): Promise<void> {
    const { sub, sid } = currentTransaction().claims;
    if (sub && sid) await this.sessions.delete(sub, sid);
  }

  async verifyEmail(token: string): Promise<void> {
    const userId = await this.consumeVerificationToken(token, ['email_verification']);
    await this.users.markEmailVerified(userId);
  }

  async requestPasswordReset(email: string): Promise<void> {
    const user = await this.users.findEnabledByEmail(email);
    // Same answer whether or not the account exists.
    if (user) await this.issueVerificationToken(user.id, user.orgId, email, 'password_reset');
  }

  async resetPassword(
    token: string,
    password: string,
    purposes: Array<'password_reset' | 'invitation'>,
    name?: string,
  ): Promise<void> {
    const userId = await this.consumeVerificationToken(token, purposes);
    await resetPassword(
      userId,
      await hashPassword(password, this.config.PASSWORD_SCRYPT_LOG2N),
      name ?? null,
    );
    // A new password ends every existing session, the OAuth apps' included: after commit, in the service
    // role's own transaction (it owns those tables; one opened inside this transaction waits on it).
    await this.sessions.revokeAllOfUser(userId, 'password_changed');
    afterCommit(() => this.oauth.revokeUser(userId));
  }

  /**
   * Accepts an invitation from its mailed token by creating the account (the address had none when it was
   * invited; its home organization is the one it accepted). An address that has an account meanwhile answers
   * from its invitations after signing in: the token never sets the password of an existing account.
   * Tokens of invitations made before invitations were offers (verification_tokens) still set the password.
   */
  async acceptInvitation(token: string, password: string, name?: string): Promise<void> {
    const invitation = await lockInvitationByToken(sha256(token));
    if (!invitation) return this.resetPassword(token, password, ['invitation'], name);
    await lockEmailForAccountCreation(invitation.email);
    if (await this.users.emailTaken(invitation.email))
      throw new DomainError(
        'conflict',
        'This address has an account: sign in and accept the invitation from your invitations.',
      );
    const passwordHash = await hashPassword(password, this.config.PASSWORD_SCRYPT_LOG2N);
    const { org_id: orgId, email, role } = invitation;
    const userId = await insertUserWithPassword({ orgId, email, name: name ?? null, passwordHash });
    await this.users.markEmailVerified(userId);
    const userType = role === 'research_partner' ? 'research-partner' : role === 'ops' ? null : role;
    await this.profiles.create({ id: userId, orgId, userId, userType, displayName: name ?? null });
    await this.members.create(orgId, userId, role, invitation.invited_by);
    await markInvitationAccepted(invitation.id);
  }

  /** Creates the verification token and queues the mail that carries it (sent after commit). */
  async issueVerificationToken(
    userId: string,
    orgId: string,
    email: string,
    purpose: VerificationPurpose,
    existingToken?: string,
  ): Promise<void> {
    const token = existingToken ?? randomSecret();
    if (!existingToken) {
      const ttl = purpose === 'password_reset' ? `${RESET_TTL_MINUTES} minutes` : `${VERIFY_TTL_HOURS} hours`;
      await insertVerificationToken({ orgId, userId, purpose, tokenHash: sha256(token), ttl });
    }
    const subjects = {
      email_verification: 'Confirm your email address',
      password_reset: 'Reset your password',
      invitation: 'You have been invited to Carebase',
    } as const;
    const paths = {
      email_verification: 'verify-email',
      password_reset: 'reset-password',
      invitation: 'accept-invitation',
    } as const;
    const link = `${this.config.PUBLIC_BASE_URL}/${paths[purpose]}?token=${token}`;
    this.mailer.sendAfterCommit({
      to: email,
      subject: subjects[purpose],
      kind: purpose,
      text: `Open ${link}`,
      data: { token, link },
    });
  }

  /** The user's membership of `orgId`, or their first one, in an active organization. */
  private membership(userId: string, orgId?: string): Promise<{ orgId: string; role: AppRole } | null> {
    return this.members.firstActive(userId, orgId);
  }

  private async createSession(
    userId: string,
    orgId: string,
    role: AppRole,
    ctx: SessionContext,
  ): Promise<TokenPairDto> {
    const secret = randomSecret();
    const sessionId = await insertSession({
      orgId,
      userId,
      tokenHash: sha256(secret),
      userAgent: ctx.userAgent?.slice(0, 512) ?? null,
      ip: ctx.ip ?? null,
      ttlSeconds: this.config.REFRESH_TOKEN_TTL_SECONDS,
    });
    return this.tokens(userId, orgId, role, sessionId, `${sessionId}.${secret}`);
  }

  private tokens(
    userId: string,
    orgId: string,
    role: AppRole,
    sessionId: string,
    refreshToken: string,
  ): TokenPairDto {
    const ttl = this.config.ACCESS_TOKEN_TTL_SECONDS;
    const accessToken = this.jwt.sign({ sub: userId, org_id: orgId, app_role: role, sid: sessionId }, ttl);
    return {
      accessToken,
      tokenType: 'Bearer',
      expiresIn: ttl,
      refreshToken,
      userId,
      organizationId: orgId,
      role,
    };
  }

  /**
   * Checks a refresh token against its session, locking the row. A token that names a live session but
   * does not match its current secret is a replay of a rotated token: the session is revoked, and that
   * revocation is committed even though the request fails.
   */
  private async consumeRefreshToken(token: string): Promise<RefreshCandidateRow> {
    const [sessionId, secret] = token.split('.');
    if (!sessionId || !secret || !UUID.test(sessionId))
      throw new DomainError('unauthorized', INVALID_REFRESH);
    const session = await lockForRefresh(sessionId);
    if (!session || session.revoked_at || session.expired || session.disabled_at)
      throw new DomainError('unauthorized', INVALID_REFRESH);
    const given = sha256(secret);
    if (!timingSafeEqual(given, session.refresh_token_hash)) {
      await this.sessions.revoke(session.id, 'refresh_token_reuse');
      throw DomainError.committed('unauthorized', INVALID_REFRESH);
    }
    return session;
  }

  /** Uses up a live token of one of `purposes`; answers its user. */
  private async consumeVerificationToken(token: string, purposes: VerificationPurpose[]): Promise<string> {
    const row = await consumeVerificationToken(sha256(token), purposes);
    if (!row) throw new DomainError('invalid-input', 'The token is invalid, used or expired.');
    return row.user_id;
  }
}
