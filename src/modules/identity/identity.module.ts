import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CredentialsResolver } from '../../common/guards/credentials-resolver';
import { ApiKeysRepository } from './api-keys.repository';
import { ApiKeysService } from './api-keys.service';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { CredentialPurgeJob } from './credential-purge.job';
import { CredentialsService } from './credentials.service';
import { IDENTITY_ENTITIES } from './entities';
import { ApiKeysController, MeController, OrganizationController } from './identity.controllers';
import { MembersRepository } from './members.repository';
import { MembersService } from './members.service';
import { OAuthAuthorizationsController } from './oauth/oauth-authorizations.controller';
import { OAuthClientsController } from './oauth/oauth-clients.controller';
import { OAuthClientsRepository } from './oauth/oauth-clients.repository';
import { OAuthClientsService } from './oauth/oauth-clients.service';
import { OAuthConsent } from './oauth/oauth-consent';
import { OAuthServer } from './oauth/oauth.server';
import { OrganizationsRepository } from './organizations.repository';
import { ProfilesRepository } from './profiles.repository';
import { SessionsRepository } from './sessions.repository';
import { UsersRepository } from './users.repository';

@Module({
  imports: [TypeOrmModule.forFeature(IDENTITY_ENTITIES)],
  controllers: [
    AuthController,
    MeController,
    OrganizationController,
    ApiKeysController,
    OAuthAuthorizationsController,
    OAuthClientsController,
  ],
  providers: [
    AuthService,
    CredentialsService,
    // The access guard (common) asks for the abstract resolver; identity is what binds it.
    { provide: CredentialsResolver, useExisting: CredentialsService },
    MembersService,
    ApiKeysService,
    OrganizationsRepository,
    UsersRepository,
    ProfilesRepository,
    MembersRepository,
    SessionsRepository,
    ApiKeysRepository,
    CredentialPurgeJob,
    OAuthServer,
    OAuthConsent,
    OAuthClientsService,
    OAuthClientsRepository,
  ],
  exports: [CredentialsResolver, AuthService, OAuthServer, OAuthConsent],
})
export class IdentityModule {}
