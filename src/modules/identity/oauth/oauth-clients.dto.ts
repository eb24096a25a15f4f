import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  Length,
  Matches,
} from 'class-validator';
import { PageMetaDto } from '../../../common/dto/problem.dto';
import {
  OAUTH_CLIENT_TYPES,
  OAUTH_GRANT_TYPES,
  type OAuthClientType,
  type OAuthGrantType,
} from '../entities/oauth-client.entity';

/** https anywhere; http only on the loopback address (development); no fragment. */
export const REDIRECT_URI =
  /^(https:\/\/[^\s#]+|http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d{1,5})?(\/[^\s#]*)?)$/;

export class CreateOAuthClientDto {
  @ApiProperty({ example: 'Step Counter' }) @IsString() @Length(1, 100) name!: string;
  @ApiProperty({
    enum: OAUTH_CLIENT_TYPES,
    description: 'confidential: a server that keeps a secret; public: a browser or mobile app (PKCE only).',
  })
  @IsIn(OAUTH_CLIENT_TYPES)
  clientType!: OAuthClientType;
  @ApiProperty({
    type: [String],
    example: ['https://app.example.com/callback'],
    description: 'Matched exactly.',
  })
  @IsArray()
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsString({ each: true })
  @Length(1, 2000, { each: true })
  @Matches(REDIRECT_URI, {
    each: true,
    message: 'each redirect URI must be https (http only on loopback), without a fragment',
  })
  redirectUris!: string[];
  @ApiProperty({ enum: OAUTH_GRANT_TYPES, isArray: true, example: ['authorization_code', 'refresh_token'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  @ArrayUnique()
  @IsIn(OAUTH_GRANT_TYPES, { each: true })
  grantTypes!: OAuthGrantType[];
  @ApiProperty({
    type: [String],
    example: ['openid', 'offline_access', 'patient/*.rs'],
    description: 'Of GET /.well-known/smart-configuration scopes_supported.',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  scopes!: string[];
}

export class OAuthClientDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'The OAuth client_id.' }) clientId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: OAUTH_CLIENT_TYPES }) clientType!: OAuthClientType;
  @ApiProperty({ type: [String] }) redirectUris!: string[];
  @ApiProperty({ enum: OAUTH_GRANT_TYPES, isArray: true }) grantTypes!: OAuthGrantType[];
  @ApiProperty({ type: [String] }) scopes!: string[];
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) createdBy!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) disabledAt!: Date | null;
  @ApiProperty() createdAt!: Date;
}

export class CreatedOAuthClientDto extends OAuthClientDto {
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description:
      "A confidential client's secret (client_secret_basic). Shown only in this response; store it now.",
  })
  @IsOptional()
  clientSecret!: string | null;
}

export class OAuthClientPageDto extends PageMetaDto {
  @ApiProperty({ type: [OAuthClientDto] }) items!: OAuthClientDto[];
}
