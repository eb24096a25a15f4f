import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CredentialsResolver } from '../../common/guards/credentials-resolver';
import { ApiKeysService } from './api-keys.service';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { CredentialPurgeJob } from './credential-purge.job';
import { CredentialsService } from './credentials.service';
import { IDENTITY_ENTITIES } from './entities';
import { ApiKeysController, MeController, OrganizationController } from './identity.controllers';
import { MembersService } from './members.service';

@Module({
  imports: [TypeOrmModule.forFeature(IDENTITY_ENTITIES)],
  controllers: [AuthController, MeController, OrganizationController, ApiKeysController],
  providers: [
    AuthService,
    CredentialsService,
    // The access guard (common) asks for the abstract resolver; identity is what binds it.
    { provide: CredentialsResolver, useExisting: CredentialsService },
    MembersService,
    ApiKeysService,
    CredentialPurgeJob,
  ],
  exports: [CredentialsResolver, AuthService],
})
export class IdentityModule {}
