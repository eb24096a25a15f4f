// Sign-up, sign-in, refresh-token rotation with reuse detection, organization switching, email
// verification and password reset. These run before a caller exists, so their routes' transactions run
// as service_role with claims naming the route (see @Public({ asService })).
import { Inject, Injectable } from '@nestjs/common';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { APP_CONFIG, type ResolvedConfig } from '../../common/config/config';
import type { AppRole } from '../../common/context/claims';
import { sql } from '../../common/database/sql';
import { JwtService } from '../../common/crypto/jwt';
import { dummyHash, hashPassword, needsRehash, verifyPassword } from '../../common/crypto/passwords';
import { randomSecret, sha256 } from '../../common/crypto/tokens';
import { DomainError } from '../../common/errors/domain-error';
import { Mailer } from '../../common/mail/mailer';
import { AuditService } from '../audit';
import type { SignUpDto, TokenPairDto } from './dto/auth.dto';

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
  constructor(
    @Inject(APP_CONFIG) private readonly config: ResolvedConfig,
    private readonly jwt: JwtService,
    private readonly mailer: Mailer,
    private readonly audit: AuditService,
  ) {}

  private get db() {
    return sql();
  }

  async signUp(dto: SignUpDto, ctx: SessionContext): Promise<TokenPairDto> {
    const passwordHash = await hashPassword(dto.password, this.config.PASSWORD_SCRYPT_LOG2N);
    const existing = await this.db.rows(`SELECT 1 FROM public.users WHERE email = $1`, [dto.email]);
    if (existing.length) throw new DomainError('conflict', 'An account with this email already exists.');
    const org = await this.db.returning(
      `INSERT INTO public.organizations (name, slug) VALUES ($1, $2) RETURNING id`,
      [dto.organizationName, slugify(dto.organizationName)],
    );
    const user = await this.db.returning(
      `INSERT INTO public.users (org_id, email, name, password_hash) VALUES ($1, $2, $3, $4) RETURNING id`,
      [org.id, dto.email, dto.name, passwordHash],
    );
    await this.db.exec(
      `INSERT INTO public.profiles (id, org_id, user_id, user_type, display_name) VALUES ($1, $2, $1, 'admin', $3)`,
      [user.id, org.id, dto.name],
    );
    await this.db.exec(`INSERT INTO public.users_roles (org_id, user_id, role) VALUES ($1, $2, 'admin')`, [
      org.id,
      user.id,
    ]);
    await this.issueVerificationToken(user.id, org.id, dto.email, 'email_verification');
    return this.createSession(user.id, org.id, 'admin', ctx);
  }

  async signIn(
    email: string,
    password: string,
    organizationId: string | undefined,
    ctx: SessionContext,
  ): Promise<TokenPairDto> {
    const user = await this.db.one(
      `SELECT id, org_id, password_hash, disabled_at FROM public.users WHERE email = $1`,
      [email],
    );
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
    if (needsRehash(user.password_hash, this.config.PASSWORD_SCRYPT_LOG2N)) {
      const rehashed = await hashPassword(password, this.config.PASSWORD_SCRYPT_LOG2N);
      await this.db.exec(`UPDATE public.users SET password_hash = $2 WHERE id = $1`, [user.id, rehashed]);
    }
    const membership = await this.membership(user.id, organizationId);
    if (!membership) {
      throw organizationId
        ? new DomainError('forbidden', 'You are not a member of that organization.')
        : new DomainError('forbidden', 'You are not a member of any active organization.');
    }
    return this.createSession(user.id, membership.org_id, membership.role, ctx);
  }

  async refresh(refreshToken: string, ctx: SessionContext): Promise<TokenPairDto> {
    const session = await this.consumeRefreshToken(refreshToken);
    const membership = await this.membership(session.user_id, session.org_id);
    if (!membership) throw new DomainError('unauthorized', INVALID_REFRESH);
    const secret = randomSecret();
    await this.db.exec(
      `UPDATE public.sessions SET refresh_token_hash = $2, rotation_count = rotation_count + 1, last_used_at = now(),
              user_agent = coalesce($3, user_agent), ip = coalesce($4::inet, ip)
       WHERE id = $1`,
      [session.id, sha256(secret), ctx.userAgent ?? null, ctx.ip ?? null],
    );
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
    await this.db.exec(
      `UPDATE public.sessions SET revoked_at = now(), revoked_reason = 'switched_organization' WHERE id = $1`,
      [session.id],
    );
    return this.createSession(session.user_id, membership.org_id, membership.role, ctx);
  }

  async verifyEmail(token: string): Promise<void> {
    const row = await this.consumeVerificationToken(token, ['email_verification']);
    await this.db.exec(
      `UPDATE public.users SET email_verified_at = coalesce(email_verified_at, now()) WHERE id = $1`,
      [row.user_id],
    );
  }

  async requestPasswordReset(email: string): Promise<void> {
    const user = await this.db.one(
      `SELECT id, org_id FROM public.users WHERE email = $1 AND disabled_at IS NULL`,
      [email],
    );
    // Same answer whether or not the account exists.
    if (user) await this.issueVerificationToken(user.id, user.org_id, email, 'password_reset');
  }

  async resetPassword(
    token: string,
    password: string,
    purposes: Array<'password_reset' | 'invitation'>,
    name?: string,
  ) {
    const row = await this.consumeVerificationToken(token, purposes);
    const hash = await hashPassword(password, this.config.PASSWORD_SCRYPT_LOG2N);
    await this.db.exec(
      `UPDATE public.users SET password_hash = $2, name = coalesce($3, name),
              email_verified_at = coalesce(email_verified_at, now())
       WHERE id = $1`,
      [row.user_id, hash, name ?? null],
    );
    // A new password ends every existing session.
    await this.db.exec(
      `UPDATE public.sessions SET revoked_at = now(), revoked_reason = 'password_changed' WHERE user_id = $1 AND revoked_at IS NULL`,
      [row.user_id],
    );
  }

  /** Creates the verification token and queues the mail that carries it (sent after commit). */
  async issueVerificationToken(
    userId: string,
    orgId: string,
    email: string,
    purpose: 'email_verification' | 'password_reset' | 'invitation',
    existingToken?: string,
  ): Promise<void> {
    const token = existingToken ?? randomSecret();
    if (!existingToken) {
      const ttl = purpose === 'password_reset' ? `${RESET_TTL_MINUTES} minutes` : `${VERIFY_TTL_HOURS} hours`;
      await this.db.exec(
        `INSERT INTO public.verification_tokens (org_id, user_id, purpose, token_hash, expires_at)
         VALUES ($1, $2, $3, $4, now() + $5::interval)`,
        [orgId, userId, purpose, sha256(token), ttl],
      );
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

  private async membership(
    userId: string,
    orgId?: string,
  ): Promise<{ org_id: string; role: AppRole } | undefined> {
    const row = await this.db.one(
      `SELECT m.org_id, m.role FROM public.users_roles m JOIN public.organizations o ON o.id = m.org_id
       WHERE m.user_id = $1 AND o.status = 'active' AND ($2::uuid IS NULL OR m.org_id = $2::uuid)
       ORDER BY m.created_at LIMIT 1`,
      [userId, orgId ?? null],
    );
    return row;
  }

  private async createSession(
    userId: string,
    orgId: string,
    role: AppRole,
    ctx: SessionContext,
  ): Promise<TokenPairDto> {
    const secret = randomSecret();
    const session = await this.db.returning(
      `INSERT INTO public.sessions (org_id, user_id, refresh_token_hash, user_agent, ip, expires_at)
       VALUES ($1, $2, $3, $4, $5::inet, now() + make_interval(secs => $6)) RETURNING id`,
      [
        orgId,
        userId,
        sha256(secret),
        ctx.userAgent?.slice(0, 512) ?? null,
        ctx.ip ?? null,
        this.config.REFRESH_TOKEN_TTL_SECONDS,
      ],
    );
    return this.tokens(userId, orgId, role, session.id, `${session.id}.${secret}`);
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
  private async consumeRefreshToken(token: string): Promise<{ id: string; user_id: string; org_id: string }> {
    const [sessionId, secret] = token.split('.');
    if (!sessionId || !secret || !UUID.test(sessionId))
      throw new DomainError('unauthorized', INVALID_REFRESH);
    const session = await this.db.one(
      `SELECT s.id, s.user_id, s.org_id, s.refresh_token_hash, s.revoked_at, s.expires_at < now() AS expired, u.disabled_at
       FROM public.sessions s JOIN public.users u ON u.id = s.user_id WHERE s.id = $1 FOR UPDATE OF s`,
      [sessionId],
    );
    if (!session || session.revoked_at || session.expired || session.disabled_at)
      throw new DomainError('unauthorized', INVALID_REFRESH);
    const given = sha256(secret);
    if (!timingSafeEqual(given, session.refresh_token_hash)) {
      await this.db.exec(
        `UPDATE public.sessions SET revoked_at = now(), revoked_reason = 'refresh_token_reuse' WHERE id = $1`,
        [session.id],
      );
      throw DomainError.committed('unauthorized', INVALID_REFRESH);
    }
    return session;
  }

  private async consumeVerificationToken(token: string, purposes: string[]): Promise<{ user_id: string }> {
    const row = await this.db.one(
      `UPDATE public.verification_tokens SET consumed_at = now()
       WHERE token_hash = $1 AND purpose = ANY($2::public.verification_purpose[]) AND consumed_at IS NULL AND expires_at > now()
       RETURNING user_id`,
      [sha256(token), purposes],
    );
    if (!row) throw new DomainError('invalid-input', 'The token is invalid, used or expired.');
    return row;
  }
}
