// The current user, their organization, its members and their sessions. Every query runs in the
// request's RLS transaction; the org id is still passed where it filters, so RLS is the second lock.
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type ResolvedConfig } from '../../common/config/config';
import type { AppRole } from '../../common/context/claims';
import { currentTransaction } from '../../common/context/request-context';
import { randomSecret, sha256 } from '../../common/crypto/tokens';
import { DomainError, notFound } from '../../common/errors/domain-error';
import { Mailer } from '../../common/mail/mailer';
import type { Page } from '../../common/pagination';
import type {
  InvitationResultDto,
  MeDto,
  MemberDto,
  MembershipDto,
  MyInvitationDto,
  OrganizationDto,
  SessionDto,
  UpdateMeDto,
  UpdateOrganizationDto,
} from './dto/identity.dto';
import type { Organization } from './entities';
import { invitationMail } from './invitation-mail';
import { inviteMember, myInvitations, myMemberships, respondToInvitation } from './members.queries';
import { MembersRepository, type MemberRow } from './members.repository';
import { OrganizationsRepository } from './organizations.repository';
import { ProfilesRepository } from './profiles.repository';
import { SessionsRepository } from './sessions.repository';
import { UsersRepository } from './users.repository';

const INVITATION_TTL = '7 days';

function memberDto(m: MemberRow): MemberDto {
  return {
    id: m.id,
    userId: m.userId,
    email: m.user.email,
    name: m.user.name,
    role: m.role,
    createdAt: m.createdAt,
  };
}

function organizationDto(o: Organization): OrganizationDto {
  return {
    id: o.id,
    name: o.name,
    slug: o.slug,
    status: o.status,
    settings: o.settings,
    createdAt: o.createdAt,
    updatedAt: o.updatedAt,
  };
}

@Injectable()
export class MembersService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: ResolvedConfig,
    private readonly mailer: Mailer,
    private readonly users: UsersRepository,
    private readonly profiles: ProfilesRepository,
    private readonly organizations: OrganizationsRepository,
    private readonly membersRepository: MembersRepository,
    private readonly sessionsRepository: SessionsRepository,
  ) {}

  private get claims() {
    return currentTransaction().claims;
  }

  async me(): Promise<MeDto> {
    const { claims } = this;
    const user = claims.sub ? await this.users.find(claims.sub) : null;
    if (!user) throw notFound('user');
    const profile = await this.profiles.findByUser(user.id);
    const memberships = await myMemberships();
    return {
      id: user.id,
      email: user.email,
      name: user.name,
      emailVerified: user.emailVerifiedAt !== null,
      organizationId: claims.org_id!,
      role: claims.app_role!,
      profile: profile
        ? {
            userType: profile.userType,
            displayName: profile.displayName,
            avatarUrl: profile.avatarUrl,
            timezone: profile.timezone,
            plan: profile.plan,
            voiceEnabled: profile.voiceEnabled,
          }
        : null,
      memberships: memberships.map((m) => ({
        organizationId: m.org_id,
        organizationName: m.org_name,
        role: m.role,
      })),
    };
  }

  async updateMe(dto: UpdateMeDto): Promise<MeDto> {
    const userId = this.claims.sub!;
    if (dto.name !== undefined) await this.users.rename(userId, dto.name);
    await this.profiles.update(userId, {
      displayName: dto.displayName,
      avatarUrl: dto.avatarUrl,
      timezone: dto.timezone,
      voiceEnabled: dto.voiceEnabled,
    });
    return this.me();
  }

  async organization(): Promise<OrganizationDto> {
    const org = await this.organizations.find(this.claims.org_id!);
    if (!org) throw notFound('organization');
    return organizationDto(org);
  }

  async updateOrganization(dto: UpdateOrganizationDto): Promise<OrganizationDto> {
    const found = await this.organizations.update(this.claims.org_id!, {
      name: dto.name,
      settings: dto.settings,
    });
    if (!found) throw notFound('organization');
    return this.organization();
  }

  async members(limit: number, cursor?: string): Promise<Page<MemberDto>> {
    const { items, nextCursor } = await this.membersRepository.list(this.claims.org_id!, { limit, cursor });
    return { items: items.map(memberDto), nextCursor };
  }

  async member(userId: string): Promise<MemberDto> {
    const row = await this.membersRepository.find(this.claims.org_id!, userId);
    if (!row) throw notFound('member');
    return memberDto(row);
  }

  /**
   * Offers membership to an address. The answer has the same shape and content whether or not the address has
   * an account; only the mail (which its owner alone reads) differs.
   */
  async invite(email: string, role: AppRole, message?: string): Promise<InvitationResultDto> {
    const token = randomSecret();
    const row = await inviteMember(email, role, message ?? null, sha256(token), INVITATION_TTL);
    this.mailer.sendAfterCommit(
      invitationMail({
        to: email,
        organizationName: row.org_name,
        role,
        message: message ?? null,
        baseUrl: this.config.PUBLIC_BASE_URL,
        hasAccount: row.has_account,
        token,
      }),
    );
    return { id: row.invitation_id, email, role, status: 'pending', expiresAt: row.expires_at };
  }

  async myInvitations(): Promise<MyInvitationDto[]> {
    const rows = await myInvitations();
    return rows.map((r) => ({
      id: r.id,
      organizationId: r.org_id,
      organizationName: r.org_name,
      role: r.role,
      message: r.message,
      expiresAt: r.expires_at,
      createdAt: r.created_at,
    }));
  }

  /** Accepting makes the caller a member (they switch organization to use it). */
  async acceptInvitation(id: string): Promise<MembershipDto> {
    const row = await respondToInvitation(id, true);
    const membership = (await myMemberships()).find((m) => m.org_id === row.org_id);
    return { organizationId: row.org_id, organizationName: membership?.org_name ?? '', role: row.role };
  }

  async declineInvitation(id: string): Promise<void> {
    await respondToInvitation(id, false);
  }

  async updateMember(userId: string, role: AppRole): Promise<MemberDto> {
    if (!(await this.membersRepository.setRole(this.claims.org_id!, userId, role))) throw notFound('member');
    return this.member(userId);
  }

  async removeMember(userId: string): Promise<void> {
    if (!(await this.membersRepository.remove(this.claims.org_id!, userId))) throw notFound('member');
  }

  async sessions(limit: number, cursor?: string): Promise<Page<SessionDto>> {
    const { sub, sid } = this.claims;
    const { items, nextCursor } = await this.sessionsRepository.listForUser(sub!, { limit, cursor });
    return {
      items: items.map((s) => ({
        id: s.id,
        userAgent: s.userAgent,
        // inet as text; the stored addresses are single hosts, printed without a mask (as host(ip) would).
        ip: s.ip,
        createdAt: s.createdAt,
        lastUsedAt: s.lastUsedAt,
        expiresAt: s.expiresAt,
        revokedAt: s.revokedAt,
        current: s.id === sid,
      })),
      nextCursor,
    };
  }

  async deleteSession(id: string): Promise<void> {
    if (!(await this.sessionsRepository.delete(this.claims.sub!, id))) throw notFound('session');
  }

  assertNotSelf(userId: string): void {
    if (userId === this.claims.sub)
      throw new DomainError('conflict', 'Change your own membership through another admin.');
  }
}
