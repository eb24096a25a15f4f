import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiAcceptedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
  ApiForbiddenResponse,
} from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Authenticated, Public } from '../../common/decorators/access.decorator';
import { RateLimit } from '../../common/decorators/rate-limit.decorator';
import { ProblemDto } from '../../common/dto/problem.dto';
import { AuthService } from './auth.service';
import {
  AcceptedDto,
  AcceptInvitationDto,
  PasswordResetConfirmDto,
  PasswordResetRequestDto,
  RefreshDto,
  SignInDto,
  SignUpDto,
  SwitchOrgDto,
  TokenDto,
  TokenPairDto,
} from './dto/auth.dto';

const ctx = (req: FastifyRequest) => ({ userAgent: req.headers['user-agent'], ip: req.ip });

@ApiTags('auth')
@Controller('api/auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('sign-up')
  @Public({ asService: 'auth.sign-up' })
  @RateLimit({ name: 'auth.sign-up' })
  @ApiOperation({
    summary: 'Create an account and its organization; the caller becomes its admin',
    description:
      'Answers 202 with the same body for every well-formed request, so it does not tell whether the address ' +
      'has an account. For a new address it creates the account and its organization and mails a verification ' +
      'link; for a registered address it creates nothing and mails the owner a notice (sign in, or reset the ' +
      'password; at most 3 notices an hour per address, whoever asks). Either way the answer carries no tokens: the caller signs in next with the email and ' +
      'password (an unverified email may sign in).',
  })
  @ApiAcceptedResponse({ type: AcceptedDto })
  @HttpCode(202)
  async signUp(@Body() dto: SignUpDto): Promise<AcceptedDto> {
    await this.auth.signUp(dto);
    return { accepted: true };
  }

  @Post('sign-in')
  @Public({ asService: 'auth.sign-in' })
  @RateLimit({ name: 'auth.sign-in', accountField: 'email' })
  @HttpCode(200)
  @ApiOperation({ summary: 'Exchange email and password for an access token and a refresh token' })
  @ApiOkResponse({ type: TokenPairDto })
  @ApiUnauthorizedResponse({ type: ProblemDto })
  @ApiForbiddenResponse({ description: 'Not a member of the organization', type: ProblemDto })
  signIn(@Body() dto: SignInDto, @Req() req: FastifyRequest): Promise<TokenPairDto> {
    return this.auth.signIn(dto.email, dto.password, dto.organizationId, ctx(req));
  }

  @Post('refresh')
  @Public({ asService: 'auth.refresh' })
  @RateLimit({ name: 'auth.refresh' })
  @HttpCode(200)
  @ApiOperation({ summary: 'Rotate the refresh token; replaying an old one revokes the session' })
  @ApiOkResponse({ type: TokenPairDto })
  @ApiUnauthorizedResponse({ type: ProblemDto })
  refresh(@Body() dto: RefreshDto, @Req() req: FastifyRequest): Promise<TokenPairDto> {
    return this.auth.refresh(dto.refreshToken, ctx(req));
  }

  @Post('switch-organization')
  @Public({ asService: 'auth.switch-organization' })
  @RateLimit({ name: 'auth.switch-organization' })
  @HttpCode(200)
  @ApiOperation({ summary: 'Move the session to another organization the user belongs to (new tokens)' })
  @ApiOkResponse({ type: TokenPairDto })
  @ApiUnauthorizedResponse({ type: ProblemDto })
  @ApiForbiddenResponse({ type: ProblemDto })
  switchOrganization(@Body() dto: SwitchOrgDto, @Req() req: FastifyRequest): Promise<TokenPairDto> {
    return this.auth.switchOrganization(dto.refreshToken, dto.organizationId, ctx(req));
  }

  @Post('sign-out')
  @Authenticated({ apiKeys: false })
  @HttpCode(204)
  @ApiOperation({ summary: 'End the current session (its refresh token stops working)' })
  @ApiNoContentResponse({ description: 'Signed out' })
  signOut(): Promise<void> {
    return this.auth.signOut();
  }

  @Post('verify-email')
  @Public({ asService: 'auth.verify-email' })
  @RateLimit({ name: 'auth.verify-email' })
  @HttpCode(200)
  @ApiOperation({ summary: 'Confirm an email address with the token that was mailed' })
  @ApiOkResponse({ type: AcceptedDto })
  async verifyEmail(@Body() dto: TokenDto): Promise<AcceptedDto> {
    await this.auth.verifyEmail(dto.token);
    return { accepted: true };
  }

  @Post('password-reset')
  @Public({ asService: 'auth.password-reset' })
  @RateLimit({ name: 'auth.password-reset', accountField: 'email' })
  @HttpCode(202)
  @ApiOperation({
    summary: 'Mail a password-reset token (the answer is the same whether or not the account exists)',
  })
  @ApiAcceptedResponse({ type: AcceptedDto })
  async requestPasswordReset(@Body() dto: PasswordResetRequestDto): Promise<AcceptedDto> {
    await this.auth.requestPasswordReset(dto.email);
    return { accepted: true };
  }

  @Post('password-reset/confirm')
  @Public({ asService: 'auth.password-reset.confirm' })
  @RateLimit({ name: 'auth.password-reset.confirm' })
  @HttpCode(200)
  @ApiOperation({ summary: 'Set a new password with a reset token; ends every session' })
  @ApiOkResponse({ type: AcceptedDto })
  async confirmPasswordReset(@Body() dto: PasswordResetConfirmDto): Promise<AcceptedDto> {
    await this.auth.resetPassword(dto.token, dto.password, ['password_reset']);
    return { accepted: true };
  }

  @Post('accept-invitation')
  @Public({ asService: 'auth.accept-invitation' })
  @RateLimit({ name: 'auth.accept-invitation' })
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Accept an invitation to a new address: create the account (password, name) with the mailed token',
  })
  @ApiOkResponse({ type: AcceptedDto })
  @ApiConflictResponse({
    description: 'The address has an account: accept after signing in',
    type: ProblemDto,
  })
  async acceptInvitation(@Body() dto: AcceptInvitationDto): Promise<AcceptedDto> {
    await this.auth.acceptInvitation(dto.token, dto.password, dto.name);
    return { accepted: true };
  }
}
