// sessions without their secret: the owner lists and ends their own (RLS); the service role revokes them.
import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { repo } from '../../common/database/repository';
import { paginate, type Page } from '../../common/pagination';
import { Session } from './entities';

export type RevokedReason = 'switched_organization' | 'password_changed' | 'refresh_token_reuse';

@Injectable()
export class SessionsRepository {
  listForUser(userId: string, page: { limit: number; cursor?: string }): Promise<Page<Session>> {
    return paginate(repo(Session).createQueryBuilder('s').where('s.user_id = :userId', { userId }), page);
  }

  /** Deletes one of the user's sessions; answers whether it existed. */
  async delete(userId: string, id: string): Promise<boolean> {
    const { affected } = await repo(Session).delete({ id, userId });
    return (affected ?? 0) > 0;
  }

  async revoke(id: string, reason: RevokedReason): Promise<void> {
    await repo(Session).update({ id }, { revokedAt: () => 'now()', revokedReason: reason });
  }

  /** Ends every live session of the user. */
  async revokeAllOfUser(userId: string, reason: RevokedReason): Promise<void> {
    await repo(Session).update(
      { userId, revokedAt: IsNull() },
      { revokedAt: () => 'now()', revokedReason: reason },
    );
  }
}
