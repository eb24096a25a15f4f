// users_roles: membership of an organization with one role. Admins of the org list, re-role and remove
// members (RLS); sign-up and sign-in (service role) create and look up memberships.
import { Injectable } from '@nestjs/common';
import type { AppRole } from '../../common/context/claims';
import { repo } from '../../common/database/repository';
import { paginate, type Page } from '../../common/pagination';
import { UserRole } from './entities';

/** A membership with its user (email and name). */
export type MemberRow = UserRole & { user: NonNullable<UserRole['user']> };

@Injectable()
export class MembersRepository {
  async create(orgId: string, userId: string, role: AppRole, createdBy: string | null = null): Promise<void> {
    await repo(UserRole).insert({ orgId, userId, role, createdBy });
  }

  /** The user's first membership (or the one in `orgId`) of an active organization. */
  firstActive(userId: string, orgId?: string): Promise<UserRole | null> {
    const qb = repo(UserRole)
      .createQueryBuilder('m')
      .innerJoin('m.org', 'o')
      .where('m.user_id = :userId', { userId })
      .andWhere(`o.status = 'active'`);
    if (orgId) qb.andWhere('m.org_id = :orgId', { orgId });
    return qb.orderBy('m.created_at').limit(1).getOne();
  }

  list(orgId: string, page: { limit: number; cursor?: string }): Promise<Page<MemberRow>> {
    return paginate(this.withUser().where('m.org_id = :orgId', { orgId }), page) as Promise<Page<MemberRow>>;
  }

  find(orgId: string, userId: string): Promise<MemberRow | null> {
    return this.withUser()
      .where('m.org_id = :orgId AND m.user_id = :userId', { orgId, userId })
      .getOne() as Promise<MemberRow | null>;
  }

  /** Answers whether the membership exists (and the caller may change it). */
  async setRole(orgId: string, userId: string, role: AppRole): Promise<boolean> {
    const { affected } = await repo(UserRole).update({ orgId, userId }, { role });
    return (affected ?? 0) > 0;
  }

  async remove(orgId: string, userId: string): Promise<boolean> {
    const { affected } = await repo(UserRole).delete({ orgId, userId });
    return (affected ?? 0) > 0;
  }

  private withUser() {
    return repo(UserRole).createQueryBuilder('m').innerJoinAndSelect('m.user', 'u');
  }
}
