// The current user, their organization, its members and their sessions. Every query runs in the
// request's RLS transaction; the org id is still passed where it filters, so RLS is the second lock.
import { Injectable } from '@nestjs/common';
import { currentTransaction } from '../../common/context/request-context';
import { sql } from '../../common/database/sql';
import { randomSecret, sha256 } from '../../common/crypto/tokens';
import { DomainError, notFound } from '../../common/errors/domain-error';
import { cursorColumn, decodeCursor, page } from '../../common/pagination';
import type { AppRole } from '../../common/context/claims';
import { AuthService } from './auth.service';
import type { UpdateMeDto, UpdateOrganizationDto } from './dto/identity.dto';

const INVITATION_TTL = '7 days';

@Injectable()
export class MembersService {
  constructor(private readonly auth: AuthService) {}

  private get tx() {
    return currentTransaction();
  }

  async me() {
    const { claims } = this.tx;
    const db = sql();
    const user = await db.one(
      `SELECT u.id, u.email, u.name, u.email_verified_at,
              p.user_type, p.display_name, p.avatar_url, p.timezone, p.plan, p.voice_enabled, p.id AS profile_id
       FROM public.users u LEFT JOIN public.profiles p ON p.user_id = u.id WHERE u.id = $1`,
      [claims.sub],
    );
    if (!user) throw notFound('user');
    const memberships = await db.rows(
      `SELECT org_id, org_name, role FROM app_private.my_memberships()`,
    );
    return {
      id: user.id,
      email: user.email,
      name: user.name,
      emailVerified: user.email_verified_at !== null,
      organizationId: claims.org_id!,
      role: claims.app_role!,
      profile: user.profile_id
        ? {
            userType: user.user_type,
            displayName: user.display_name,
            avatarUrl: user.avatar_url,
            timezone: user.timezone,
            plan: user.plan,
            voiceEnabled: user.voice_enabled,
          }
        : null,
      memberships: memberships.map((m: { org_id: string; org_name: string; role: AppRole }) => ({
        organizationId: m.org_id,
        organizationName: m.org_name,
        role: m.role,
      })),
    };
  }

  async updateMe(dto: UpdateMeDto) {
    const { claims } = this.tx;
    const db = sql();
    if (dto.name !== undefined)
      await db.exec(`UPDATE public.users SET name = $2 WHERE id = $1`, [claims.sub, dto.name]);
    const profile = {
      display_name: dto.displayName,
      avatar_url: dto.avatarUrl,
      timezone: dto.timezone,
      voice_enabled: dto.voiceEnabled,
    };
    const sets = Object.entries(profile).filter(([, v]) => v !== undefined);
    if (sets.length) {
      await db.exec(
        `UPDATE public.profiles SET ${sets.map(([k], i) => `${k} = $${i + 2}`).join(', ')} WHERE user_id = $1`,
        [claims.sub, ...sets.map(([, v]) => v)],
      );
    }
    return this.me();
  }

  async organization() {
    const { claims } = this.tx;
    const db = sql();
    const org = await db.one(
      `SELECT id, name, slug, status, settings, created_at AS "createdAt", updated_at AS "updatedAt"
       FROM public.organizations WHERE id = $1`,
      [claims.org_id],
    );
    if (!org) throw notFound('organization');
    return org;
  }

  async updateOrganization(dto: UpdateOrganizationDto) {
    const { claims } = this.tx;
    const db = sql();
    // UPDATE through the query runner answers [rows, rowCount].
    const count = await db.exec(
      `UPDATE public.organizations SET name = coalesce($2, name), settings = coalesce($3::jsonb, settings) WHERE id = $1`,
      [claims.org_id, dto.name ?? null, dto.settings === undefined ? null : JSON.stringify(dto.settings)],
    );
    if (!count) throw notFound('organization');
    return this.organization();
  }

  async members(limit: number, cursor?: string) {
    const { claims } = this.tx;
    const db = sql();
    const after = decodeCursor(cursor);
    const rows = await db.rows<{ cursorAt: string; id: string }>(
      `SELECT m.id, m.user_id AS "userId", u.email, u.name, m.role, m.created_at AS "createdAt", ${cursorColumn('m.created_at')}
       FROM public.users_roles m JOIN public.users u ON u.id = m.user_id
       WHERE m.org_id = $1 AND ($2::timestamptz IS NULL OR (m.created_at, m.id) < ($2::timestamptz, $3::uuid))
       ORDER BY m.created_at DESC, m.id DESC LIMIT $4`,
      [claims.org_id, after?.createdAt ?? null, after?.id ?? null, limit + 1],
    );
    return page(rows, limit);
  }

  async member(userId: string) {
    const { claims } = this.tx;
    const db = sql();
    const row = await db.one(
      `SELECT m.id, m.user_id AS "userId", u.email, u.name, m.role, m.created_at AS "createdAt"
       FROM public.users_roles m JOIN public.users u ON u.id = m.user_id WHERE m.org_id = $1 AND m.user_id = $2`,
      [claims.org_id, userId],
    );
    if (!row) throw notFound('member');
    return row;
  }

  async invite(email: string, role: AppRole) {
    const db = sql();
    const token = randomSecret();
    const row = await db.one(
      `SELECT user_id, created_user, invitation_id FROM app_private.invite_member($1, $2, $3, now() + $4::interval)`,
      [email, role, sha256(token), INVITATION_TTL],
    );
    if (row.invitation_id)
      await this.auth.issueVerificationToken(row.user_id, this.tx.claims.org_id!, email, 'invitation', token);
    return { userId: row.user_id, role, invitationSent: row.invitation_id !== null };
  }

  async updateMember(userId: string, role: AppRole) {
    const { claims } = this.tx;
    const db = sql();
    const count = await db.exec(
      `UPDATE public.users_roles SET role = $3 WHERE org_id = $1 AND user_id = $2`,
      [claims.org_id, userId, role],
    );
    if (!count) throw notFound('member');
    return this.member(userId);
  }

  async removeMember(userId: string) {
    const { claims } = this.tx;
    const db = sql();
    const count = await db.exec(
      `DELETE FROM public.users_roles WHERE org_id = $1 AND user_id = $2`,
      [claims.org_id, userId],
    );
    if (!count) throw notFound('member');
  }

  async sessions(limit: number, cursor?: string) {
    const { claims } = this.tx;
    const db = sql();
    const after = decodeCursor(cursor);
    const rows = await db.rows<{ cursorAt: string; id: string }>(
      `SELECT id, user_agent AS "userAgent", host(ip) AS ip, created_at AS "createdAt", last_used_at AS "lastUsedAt",
              expires_at AS "expiresAt", revoked_at AS "revokedAt", id = $2::uuid AS current, ${cursorColumn()}
       FROM public.sessions
       WHERE user_id = $1 AND ($3::timestamptz IS NULL OR (created_at, id) < ($3::timestamptz, $4::uuid))
       ORDER BY created_at DESC, id DESC LIMIT $5`,
      [claims.sub, claims.sid ?? null, after?.createdAt ?? null, after?.id ?? null, limit + 1],
    );
    return page(rows, limit);
  }

  async deleteSession(id: string) {
    const { claims } = this.tx;
    const db = sql();
    const count = await db.exec(`DELETE FROM public.sessions WHERE id = $1 AND user_id = $2`, [
      id,
      claims.sub,
    ]);
    if (!count) throw notFound('session');
  }

  assertNotSelf(userId: string) {
    if (userId === this.tx.claims.sub)
      throw new DomainError('conflict', 'Change your own membership through another admin.');
  }
}
