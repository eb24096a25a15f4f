// The entities this module owns, registered with TypeOrmModule.forFeature in its module and listed in
// src/entities.ts for the CLI, the drift test and the schema diagram.
import { ApiKey } from './api-key.entity';
import { Invitation } from './invitation.entity';
import { OAuthAccessToken } from './oauth-access-token.entity';
import { OAuthClient } from './oauth-client.entity';
import { OAuthProviderArtifact } from './oauth-provider-artifact.entity';
import { OAuthRefreshToken } from './oauth-refresh-token.entity';
import { OAuthScope } from './oauth-scope.entity';
import { Organization } from './organization.entity';
import { Profile } from './profile.entity';
import { Session } from './session.entity';
import { User } from './user.entity';
import { UserRole } from './user-role.entity';
import { VerificationToken } from './verification-token.entity';

export {
  ApiKey,
  Invitation,
  OAuthAccessToken,
  OAuthClient,
  OAuthProviderArtifact,
  OAuthRefreshToken,
  OAuthScope,
  Organization,
  Profile,
  Session,
  User,
  UserRole,
  VerificationToken,
};
export const IDENTITY_ENTITIES: Function[] = [
  Organization,
  User,
  Profile,
  UserRole,
  Session,
  VerificationToken,
  ApiKey,
  Invitation,
  OAuthScope,
  OAuthClient,
  OAuthAccessToken,
  OAuthRefreshToken,
  OAuthProviderArtifact,
];
