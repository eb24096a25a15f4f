// users through TypeORM: everything but the password hash, which the entity never reads or writes (see
// users.queries.ts).
import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { repo } from '../../common/database/repository';
import { User } from './entities';

@Injectable()
export class UsersRepository {
  emailTaken(email: string): Promise<boolean> {
    return repo(User).existsBy({ email });
  }

  find(id: string): Promise<User | null> {
    return repo(User).findOneBy({ id });
  }

  /** An enabled account by email (password reset). */
  findEnabledByEmail(email: string): Promise<User | null> {
    return repo(User).findOneBy({ email, disabledAt: IsNull() });
  }

  async rename(id: string, name: string): Promise<void> {
    await repo(User).update({ id }, { name });
  }

  /** Marks the email verified, keeping the first verification time. */
  async markEmailVerified(id: string): Promise<void> {
    await repo(User).update({ id }, { emailVerifiedAt: () => 'coalesce(email_verified_at, now())' });
  }
}
