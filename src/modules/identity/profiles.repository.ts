// profiles: one per user (id = user_id). Created at sign-up (service role) or by invite_member(); the owner
// updates the display fields.
import { Injectable } from '@nestjs/common';
import { repo } from '../../common/database/repository';
import { Profile } from './entities';

export type ProfileChanges = Partial<
  Pick<Profile, 'displayName' | 'avatarUrl' | 'timezone' | 'voiceEnabled'>
>;

@Injectable()
export class ProfilesRepository {
  async create(p: Pick<Profile, 'id' | 'orgId' | 'userId' | 'userType' | 'displayName'>): Promise<void> {
    await repo(Profile).insert(p);
  }

  findByUser(userId: string): Promise<Profile | null> {
    return repo(Profile).findOneBy({ userId });
  }

  /** Sets the given fields (undefined ones are left alone). */
  async update(userId: string, changes: ProfileChanges): Promise<void> {
    const set = Object.fromEntries(
      Object.entries(changes).filter(([, v]) => v !== undefined),
    ) as ProfileChanges;
    if (Object.keys(set).length) await repo(Profile).update({ userId }, set);
  }
}
