import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, IsUUID, Length, MaxLength, MinLength } from 'class-validator';
import { Transform } from 'class-transformer';

const lower = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;

export class SignUpDto {
  @ApiProperty({ example: 'ada@clinic.example' })
  @Transform(lower)
  @IsEmail()
  @MaxLength(320)
  email!: string;

  @ApiProperty({ minLength: 10, maxLength: 200, example: 'correct horse battery staple' })
  @IsString()
  @Length(10, 200)
  password!: string;

  @ApiProperty({ example: 'Ada Lovelace' })
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiProperty({ example: 'Northside Clinic' })
  @IsString()
  @Length(1, 200)
  organizationName!: string;
}

export class SignInDto {
  @ApiProperty({ example: 'ada@clinic.example' })
  @Transform(lower)
  @IsEmail()
  @MaxLength(320)
  email!: string;

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  password!: string;

  @ApiPropertyOptional({ description: 'The organization to sign in to; defaults to the first membership.' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;
}

export class RefreshDto {
  @ApiProperty({ description: 'The refresh token from sign-in or the last refresh (each is valid once).' })
  @IsString()
  @Length(20, 200)
  refreshToken!: string;
}

export class SwitchOrgDto extends RefreshDto {
  @ApiProperty()
  @IsUUID()
  organizationId!: string;
}

export class TokenDto {
  @ApiProperty()
  @IsString()
  @Length(20, 200)
  token!: string;
}

export class PasswordResetRequestDto {
  @ApiProperty()
  @Transform(lower)
  @IsEmail()
  @MaxLength(320)
  email!: string;
}

export class PasswordResetConfirmDto extends TokenDto {
  @ApiProperty({ minLength: 10, maxLength: 200 })
  @IsString()
  @Length(10, 200)
  password!: string;
}

export class AcceptInvitationDto extends PasswordResetConfirmDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 200)
  name?: string;
}

export class TokenPairDto {
  @ApiProperty({ description: 'Bearer access token (HS256 JWT).' }) accessToken!: string;
  @ApiProperty({ example: 'Bearer' }) tokenType!: 'Bearer';
  @ApiProperty({ description: 'Seconds until the access token expires.' }) expiresIn!: number;
  @ApiProperty({ description: 'Single-use refresh token; a reused one revokes its session.' })
  refreshToken!: string;
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty({ format: 'uuid' }) organizationId!: string;
  @ApiProperty({ enum: ['admin', 'provider', 'patient', 'research_partner', 'developer', 'ops'] })
  role!: string;
}

export class AcceptedDto {
  @ApiProperty({ example: true }) accepted!: boolean;
}
