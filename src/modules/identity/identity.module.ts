import { Module } from '@nestjs/common';
import { ApiKeysService } from './api-keys.service';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { CredentialsService } from './credentials.service';
import { ApiKeysController, MeController, OrganizationController } from './identity.controllers';
import { MembersService } from './members.service';

@Module({
  controllers: [AuthController, MeController, OrganizationController, ApiKeysController],
  providers: [AuthService, CredentialsService, MembersService, ApiKeysService],
  exports: [CredentialsService, AuthService],
})
export class IdentityModule {}
