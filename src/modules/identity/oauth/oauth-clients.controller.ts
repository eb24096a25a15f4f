import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Authenticated } from '../../../common/decorators/access.decorator';
import { ProblemDto } from '../../../common/dto/problem.dto';
import { PageQueryDto } from '../../../common/pagination';
import {
  CreatedOAuthClientDto,
  CreateOAuthClientDto,
  OAuthClientDto,
  OAuthClientPageDto,
} from './oauth-clients.dto';
import { OAuthClientsService } from './oauth-clients.service';

const uuid = new ParseUUIDPipe({ version: '4' });
const MANAGERS = { roles: ['admin', 'developer'] as const, apiKeys: false };

@ApiTags('oauth')
@Controller('api/oauth/clients')
export class OAuthClientsController {
  constructor(private readonly clients: OAuthClientsService) {}

  @Post()
  @Authenticated(MANAGERS)
  @ApiOperation({
    summary:
      "Register a third-party app (OAuth client); a confidential client's secret is in this response only",
  })
  @ApiCreatedResponse({ type: CreatedOAuthClientDto })
  create(@Body() dto: CreateOAuthClientDto): Promise<CreatedOAuthClientDto> {
    return this.clients.create(dto);
  }

  @Get()
  @Authenticated(MANAGERS)
  @ApiOperation({ summary: "The organization's apps (a developer sees the ones they registered)" })
  @ApiOkResponse({ type: OAuthClientPageDto })
  list(@Query() q: PageQueryDto) {
    return this.clients.list(q.limit, q.cursor);
  }

  @Get(':id')
  @Authenticated(MANAGERS)
  @ApiOperation({ summary: 'One app' })
  @ApiOkResponse({ type: OAuthClientDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  get(@Param('id', uuid) id: string): Promise<OAuthClientDto> {
    return this.clients.get(id);
  }

  @Delete(':id')
  @Authenticated(MANAGERS)
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete an app: every token issued to it ends' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ProblemDto })
  remove(@Param('id', uuid) id: string): Promise<void> {
    return this.clients.remove(id);
  }
}
