import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDate,
  IsEmail,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  MaxLength,
} from 'class-validator';
import { APP_ROLES, type AppRole } from '../../../common/context/claims';
import { PageMetaDto } from '../../../common/dto/problem.dto';

export class MembershipDto {
  @ApiProperty({ format: 'uuid' }) organizationId!: string;
  @ApiProperty() organizationName!: string;
  @ApiProperty({ enum: APP_ROLES }) role!: AppRole;
}

export class ProfileDto {
  @ApiProperty({ nullable: true, enum: ['admin', 'provider', 'patient', 'research-partner', 'developer'] })
  userType!: string | null;
  @ApiProperty({ type: String, nullable: true }) displayName!: string | null;
  @ApiProperty({ type: String, nullable: true }) avatarUrl!: string | null;
  @ApiProperty() timezone!: string;
  @ApiProperty({ enum: ['free', 'pro'] }) plan!: string;
  @ApiProperty() voiceEnabled!: boolean;
}

export class MeDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ type: String, nullable: true }) name!: string | null;
  @ApiProperty() emailVerified!: boolean;
  @ApiProperty({ format: 'uuid' }) organizationId!: string;
  @ApiProperty({ enum: APP_ROLES }) role!: AppRole;
  @ApiProperty({ type: ProfileDto, nullable: true }) profile!: ProfileDto | null;
  @ApiProperty({ type: [MembershipDto] }) memberships!: MembershipDto[];
}

export class UpdateMeDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 200) name?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 200) displayName?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @IsUrl({ protocols: ['https'], require_protocol: true })
  @MaxLength(2000)
  avatarUrl?: string;
  @ApiPropertyOptional({ example: 'Europe/Paris' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  timezone?: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() voiceEnabled?: boolean;
}

export class OrganizationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() slug!: string;
  @ApiProperty({ enum: ['active', 'suspended'] }) status!: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) settings!: Record<string, unknown>;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}

export class UpdateOrganizationDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 200) name?: string;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true })
  @IsOptional()
  @IsObject()
  settings?: Record<string, unknown>;
}

export class MemberDto {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ type: String, nullable: true }) name!: string | null;
  @ApiProperty({ enum: APP_ROLES }) role!: AppRole;
  @ApiProperty() createdAt!: Date;
  @ApiProperty({ format: 'uuid' }) id!: string;
}

export class MemberPageDto extends PageMetaDto {
  @ApiProperty({ type: [MemberDto] }) items!: MemberDto[];
}

export class InviteMemberDto {
  @ApiProperty()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail()
  @MaxLength(320)
  email!: string;
  @ApiProperty({ enum: APP_ROLES }) @IsIn(APP_ROLES) role!: AppRole;
  @ApiPropertyOptional({
    maxLength: 500,
    description: "A note to the invitee; the mail quotes it as the inviter's words, with links defused.",
  })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  message?: string;
}

export class InvitationResultDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ enum: APP_ROLES }) role!: AppRole;
  @ApiProperty({
    enum: ['pending'],
    description:
      'Always pending: the invitee accepts or declines. The same answer whether or not the address has an account.',
  })
  status!: 'pending';
  @ApiProperty() expiresAt!: Date;
}

export class MyInvitationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) organizationId!: string;
  @ApiProperty() organizationName!: string;
  @ApiProperty({ enum: APP_ROLES }) role!: AppRole;
  @ApiProperty({ type: String, nullable: true, description: "The inviter's note (untrusted text)." })
  message!: string | null;
  @ApiProperty() expiresAt!: Date;
  @ApiProperty() createdAt!: Date;
}

export class UpdateMemberDto {
  @ApiProperty({ enum: APP_ROLES }) @IsIn(APP_ROLES) role!: AppRole;
}

export class CreateApiKeyDto {
  @ApiProperty({ example: 'lab-integration' }) @IsString() @Length(1, 100) name!: string;
  @ApiProperty({ enum: ['read', 'write'], isArray: true, example: ['read'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(2)
  @ArrayUnique()
  @IsIn(['read', 'write'], { each: true })
  scope!: Array<'read' | 'write'>;
  @ApiPropertyOptional({
    enum: APP_ROLES,
    default: 'developer',
    description: 'The app role the key acts with.',
  })
  @IsOptional()
  @IsIn(APP_ROLES)
  role?: AppRole;
  @ApiPropertyOptional({ description: 'When the key stops working (ISO 8601, in the future).' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  expiresAt?: Date;
}

export class ApiKeyDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ description: 'The first characters of the key, to recognise it.' }) prefix!: string;
  @ApiProperty({ isArray: true, enum: ['read', 'write'] }) scope!: string[];
  @ApiProperty({ enum: APP_ROLES }) role!: AppRole;
  @ApiProperty() createdAt!: Date;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) expiresAt!: Date | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastUsedAt!: Date | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) revokedAt!: Date | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) createdBy!: string | null;
}

export class CreatedApiKeyDto extends ApiKeyDto {
  @ApiProperty({ description: 'The key itself. Shown only in this response; store it now.' }) key!: string;
}

export class ApiKeyPageDto extends PageMetaDto {
  @ApiProperty({ type: [ApiKeyDto] }) items!: ApiKeyDto[];
}

export class SessionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, nullable: true }) userAgent!: string | null;
  @ApiProperty({ type: String, nullable: true }) ip!: string | null;
  @ApiProperty() createdAt!: Date;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastUsedAt!: Date | null;
  @ApiProperty() expiresAt!: Date;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) revokedAt!: Date | null;
  @ApiProperty({ description: 'True for the session of the token making this request.' }) current!: boolean;
}

export class SessionPageDto extends PageMetaDto {
  @ApiProperty({ type: [SessionDto] }) items!: SessionDto[];
}
