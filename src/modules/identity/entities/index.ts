// The entities this module owns, registered with TypeOrmModule.forFeature in its module and listed in
// src/entities.ts for the CLI, the drift test and the schema diagram.
import { ApiKey } from './api-key.entity';
import { Invitation } from './invitation.entity';
import { Organization } from './organization.entity';
import { Profile } from './profile.entity';
import { Session } from './session.entity';
import { User } from './user.entity';
import { UserRole } from './user-role.entity';
import { VerificationToken } from './verification-token.entity';

export { ApiKey, Invitation, Organization, Profile, Session, User, UserRole, VerificationToken };
export const IDENTITY_ENTITIES: Function[] = [
  Organization,
  User,
  Profile,
  UserRole,
  Session,
  VerificationToken,
  ApiKey,
  Invitation,
];
