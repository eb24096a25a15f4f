// The apps a user authorized (OAuth grants) in the current organization, and revoking one: the grant, its
// codes and every token issued under it end at once. First-party only: an OAuth token cannot call these
// (the scope guard knows no resource type for them), nor can an API key.
import { Controller, Delete, Get, HttpCode, Param } from '@nestjs/common';
import {
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiTags,
} from '@nestjs/swagger';
import { Authenticated } from '../../../common/decorators/access.decorator';
import { ProblemDto } from '../../../common/dto/problem.dto';
import { sql } from '../../../common/database/sql';
import { notFound } from '../../../common/errors/domain-error';
import { listOAuthAuthorizations, revokeOAuthAuthorization } from './oauth-tokens.queries';

export class OAuthAuthorizationDto {
  @ApiProperty({ description: 'The grant: what you approved for this app.' }) grantId!: string;
  @ApiProperty({ description: "The app's OAuth client_id." }) clientId!: string;
  @ApiProperty() clientName!: string;
  @ApiProperty({ type: [String] }) scopes!: string[];
  @ApiProperty() createdAt!: Date;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) expiresAt!: Date | null;
}

export class OAuthAuthorizationListDto {
  @ApiProperty({ type: [OAuthAuthorizationDto] }) items!: OAuthAuthorizationDto[];
}

const GRANT_ID = /^[A-Za-z0-9_-]{1,128}$/;

@ApiTags('oauth')
@Controller('api/oauth/authorizations')
export class OAuthAuthorizationsController {
  @Get()
  @Authenticated({ apiKeys: false })
  @ApiOperation({ summary: 'The apps you authorized in this organization' })
  @ApiOkResponse({ type: OAuthAuthorizationListDto })
  async list(): Promise<OAuthAuthorizationListDto> {
    const rows = await listOAuthAuthorizations(sql());
    return {
      items: rows.map((r) => ({
        grantId: r.grant_id,
        clientId: r.client_id,
        clientName: r.client_name,
        scopes: r.scopes,
        createdAt: r.created_at,
        expiresAt: r.expires_at,
      })),
    };
  }

  @Delete(':grantId')
  @Authenticated({ apiKeys: false })
  @HttpCode(204)
  @ApiOperation({ summary: "Revoke an app's access: its grant and every token issued under it" })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ProblemDto })
  async revoke(@Param('grantId') grantId: string): Promise<void> {
    if (!GRANT_ID.test(grantId) || !(await revokeOAuthAuthorization(sql(), grantId)))
      throw notFound('authorization');
  }
}
