import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Authenticated } from '../../common/decorators/access.decorator';
import { ProblemDto } from '../../common/dto/problem.dto';
import { PageQueryDto } from '../../common/pagination';
import { ApiKeysService } from './api-keys.service';
import {
  ApiKeyDto,
  ApiKeyPageDto,
  CreateApiKeyDto,
  CreatedApiKeyDto,
  InvitationResultDto,
  InviteMemberDto,
  MeDto,
  MemberDto,
  MemberPageDto,
  MembershipDto,
  MyInvitationDto,
  OrganizationDto,
  SessionPageDto,
  UpdateMeDto,
  UpdateMemberDto,
  UpdateOrganizationDto,
} from './dto/identity.dto';
import { MembersService } from './members.service';

const uuid = new ParseUUIDPipe({ version: '4' });

@ApiTags('me')
@Controller('api/me')
export class MeController {
  constructor(private readonly members: MembersService) {}

  @Get()
  @Authenticated({ apiKeys: false })
  @ApiOperation({ summary: 'The signed-in user, their profile, active organization and memberships' })
  @ApiOkResponse({ type: MeDto })
  me(): Promise<MeDto> {
    return this.members.me();
  }

  @Patch()
  @Authenticated({ apiKeys: false })
  @ApiOperation({ summary: 'Update own name and profile display data' })
  @ApiOkResponse({ type: MeDto })
  update(@Body() dto: UpdateMeDto): Promise<MeDto> {
    return this.members.updateMe(dto);
  }

  @Get('invitations')
  @Authenticated({ apiKeys: false })
  @ApiOperation({ summary: 'Own pending invitations (to the verified email), newest first' })
  @ApiOkResponse({ type: [MyInvitationDto] })
  invitations(): Promise<MyInvitationDto[]> {
    return this.members.myInvitations();
  }

  @Post('invitations/:id/accept')
  @Authenticated({ apiKeys: false })
  @HttpCode(200)
  @ApiOperation({
    summary: 'Accept an invitation: become a member with the offered role (switch organization to use it)',
  })
  @ApiOkResponse({ type: MembershipDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  acceptInvitation(@Param('id', uuid) id: string): Promise<MembershipDto> {
    return this.members.acceptInvitation(id);
  }

  @Post('invitations/:id/decline')
  @Authenticated({ apiKeys: false })
  @HttpCode(204)
  @ApiOperation({ summary: 'Decline an invitation; the organization learns nothing else' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ProblemDto })
  declineInvitation(@Param('id', uuid) id: string): Promise<void> {
    return this.members.declineInvitation(id);
  }

  @Get('sessions')
  @Authenticated({ apiKeys: false })
  @ApiOperation({ summary: 'Own sessions, newest first' })
  @ApiOkResponse({ type: SessionPageDto })
  sessions(@Query() q: PageQueryDto) {
    return this.members.sessions(q.limit, q.cursor);
  }

  @Delete('sessions/:id')
  @Authenticated({ apiKeys: false })
  @HttpCode(204)
  @ApiOperation({ summary: 'End one of own sessions' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ProblemDto })
  deleteSession(@Param('id', uuid) id: string): Promise<void> {
    return this.members.deleteSession(id);
  }
}

@ApiTags('organization')
@Controller('api/organization')
export class OrganizationController {
  constructor(private readonly members: MembersService) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'The active organization' })
  @ApiOkResponse({ type: OrganizationDto })
  get(): Promise<OrganizationDto> {
    return this.members.organization();
  }

  @Patch()
  @Authenticated({ roles: ['admin'], apiKeys: false })
  @ApiOperation({ summary: 'Rename the organization or change its settings' })
  @ApiOkResponse({ type: OrganizationDto })
  update(@Body() dto: UpdateOrganizationDto): Promise<OrganizationDto> {
    return this.members.updateOrganization(dto);
  }

  @Get('members')
  @Authenticated({ roles: ['admin'] })
  @ApiOperation({ summary: 'Members of the organization, newest first' })
  @ApiOkResponse({ type: MemberPageDto })
  list(@Query() q: PageQueryDto) {
    return this.members.members(q.limit, q.cursor);
  }

  @Post('members')
  @Authenticated({ roles: ['admin'], apiKeys: false })
  @ApiOperation({
    summary:
      'Invite an email address with a role: a pending offer the invitee accepts or declines (the same answer whether or not the address has an account)',
  })
  @ApiCreatedResponse({ type: InvitationResultDto })
  @ApiConflictResponse({ description: 'Already a member', type: ProblemDto })
  invite(@Body() dto: InviteMemberDto): Promise<InvitationResultDto> {
    return this.members.invite(dto.email, dto.role, dto.message);
  }

  @Get('members/:userId')
  @Authenticated({ roles: ['admin'] })
  @ApiOperation({ summary: 'One member' })
  @ApiOkResponse({ type: MemberDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  member(@Param('userId', uuid) userId: string): Promise<MemberDto> {
    return this.members.member(userId);
  }

  @Patch('members/:userId')
  @Authenticated({ roles: ['admin'], apiKeys: false })
  @ApiOperation({
    summary:
      "Change a member's role (their tokens with the old role stop working; they refresh to get the new one)",
  })
  @ApiOkResponse({ type: MemberDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  @ApiConflictResponse({ description: 'Would leave the organization without an admin', type: ProblemDto })
  updateMember(@Param('userId', uuid) userId: string, @Body() dto: UpdateMemberDto): Promise<MemberDto> {
    return this.members.updateMember(userId, dto.role);
  }

  @Delete('members/:userId')
  @Authenticated({ roles: ['admin'], apiKeys: false })
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a member (their sessions in this organization end)' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ProblemDto })
  @ApiConflictResponse({ description: 'Would leave the organization without an admin', type: ProblemDto })
  removeMember(@Param('userId', uuid) userId: string): Promise<void> {
    return this.members.removeMember(userId);
  }
}

@ApiTags('api-keys')
@Controller('api/api-keys')
export class ApiKeysController {
  constructor(private readonly keys: ApiKeysService) {}

  @Post()
  @Authenticated({ roles: ['admin'], apiKeys: false })
  @ApiOperation({ summary: 'Create an API key; the key is in this response only' })
  @ApiCreatedResponse({ type: CreatedApiKeyDto })
  create(@Body() dto: CreateApiKeyDto): Promise<CreatedApiKeyDto> {
    return this.keys.create(dto);
  }

  @Get()
  @Authenticated({ roles: ['admin'], apiKeys: false })
  @ApiOperation({ summary: "The organization's API keys (never the keys themselves)" })
  @ApiOkResponse({ type: ApiKeyPageDto })
  list(@Query() q: PageQueryDto) {
    return this.keys.list(q.limit, q.cursor);
  }

  @Get(':id')
  @Authenticated({ roles: ['admin'], apiKeys: false })
  @ApiOperation({ summary: 'One API key' })
  @ApiOkResponse({ type: ApiKeyDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  get(@Param('id', uuid) id: string): Promise<ApiKeyDto> {
    return this.keys.get(id);
  }

  @Delete(':id')
  @Authenticated({ roles: ['admin'], apiKeys: false })
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke an API key' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ProblemDto })
  revoke(@Param('id', uuid) id: string): Promise<void> {
    return this.keys.revoke(id);
  }
}
