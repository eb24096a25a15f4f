// AI-doctor sessions over HTTP: a patient starts, records (encrypted transcript), ends and shares their own;
// a provider reads the sessions shared with them while the grant lasts (audited).
import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Query,
} from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Authenticated } from '../../common/decorators/access.decorator';
import { ProblemDto } from '../../common/dto/problem.dto';
import { IdParam, NotFoundDoc } from './ai.decorators';
import { AiDoctorService } from './ai-doctor.service';
import {
  AiDoctorQueryDto,
  AiDoctorSessionDto,
  AiDoctorSessionPageDto,
  AiDoctorShareDto,
  AiDoctorSharePageDto,
  CreateAiDoctorSessionDto,
  EndAiDoctorSessionDto,
  PutTranscriptDto,
  ShareAiDoctorSessionDto,
} from './dto/ai-doctor.dto';

const Patient = () => Authenticated({ roles: ['patient'], apiKeys: false });
const Readers = () => Authenticated({ roles: ['patient', 'provider'], apiKeys: false });
const Ended = () => ApiConflictResponse({ description: 'The session has ended', type: ProblemDto });

@ApiTags('ai')
@Controller('api/ai-doctor')
export class AiDoctorController {
  constructor(private readonly doctor: AiDoctorService) {}

  @Get('sessions')
  @Readers()
  @ApiOperation({
    summary: "AI-doctor sessions: a patient's own; a provider's those shared with them now (audited)",
  })
  @ApiOkResponse({ type: AiDoctorSessionPageDto })
  list(@Query() q: AiDoctorQueryDto): Promise<AiDoctorSessionPageDto> {
    return this.doctor.list(q);
  }

  @Post('sessions')
  @Patient()
  @ApiOperation({ summary: 'Start an AI-doctor session' })
  @ApiCreatedResponse({ type: AiDoctorSessionDto })
  create(@Body() dto: CreateAiDoctorSessionDto): Promise<AiDoctorSessionDto> {
    return this.doctor.create(dto.sessionType);
  }

  @Get('sessions/:id')
  @Readers()
  @ApiOperation({
    summary:
      'One session with its summary and (own, or under a full grant) its transcript; provider reads audited',
  })
  @ApiOkResponse({ type: AiDoctorSessionDto })
  @NotFoundDoc()
  get(@IdParam() id: string): Promise<AiDoctorSessionDto> {
    return this.doctor.get(id);
  }

  @Put('sessions/:id/transcript')
  @Patient()
  @ApiOperation({
    summary: "Store the session's transcript so far (encrypted at rest; at most 100,000 characters)",
  })
  @ApiOkResponse({ type: AiDoctorSessionDto })
  @NotFoundDoc()
  @Ended()
  putTranscript(@IdParam() id: string, @Body() dto: PutTranscriptDto): Promise<AiDoctorSessionDto> {
    return this.doctor.putTranscript(id, dto.transcript);
  }

  @Post('sessions/:id/end')
  @HttpCode(200)
  @Patient()
  @ApiOperation({ summary: 'End a session; its summary is the one given, or the rule-based writer’s' })
  @ApiOkResponse({ type: AiDoctorSessionDto })
  @NotFoundDoc()
  @Ended()
  end(@IdParam() id: string, @Body() dto: EndAiDoctorSessionDto): Promise<AiDoctorSessionDto> {
    return this.doctor.end(id, dto.summary);
  }

  @Get('sessions/:id/shares')
  @Patient()
  @ApiOperation({ summary: "An own session's sharing grants" })
  @ApiOkResponse({ type: AiDoctorSharePageDto })
  @NotFoundDoc()
  shares(@IdParam() id: string, @Query() q: AiDoctorQueryDto): Promise<AiDoctorSharePageDto> {
    return this.doctor.shares(id, q);
  }

  @Post('sessions/:id/shares')
  @Patient()
  @ApiOperation({
    summary:
      'Share an own session with a provider of the organization (404 for anyone else; expiresAt in the future)',
  })
  @ApiCreatedResponse({ type: AiDoctorShareDto })
  @NotFoundDoc('No such own session, or no such provider in the organization')
  @ApiConflictResponse({ description: 'Already shared with this provider', type: ProblemDto })
  share(@IdParam() id: string, @Body() dto: ShareAiDoctorSessionDto): Promise<AiDoctorShareDto> {
    return this.doctor.share(id, dto);
  }

  @Delete('shares/:shareId')
  @Patient()
  @ApiOperation({ summary: "Revoke a sharing grant: the provider's access ends with their next request" })
  @ApiOkResponse({ type: AiDoctorShareDto, description: 'The revoked grant' })
  @NotFoundDoc()
  @ApiConflictResponse({ description: 'Already revoked', type: ProblemDto })
  revoke(@Param('shareId', new ParseUUIDPipe({ version: '4' })) shareId: string): Promise<AiDoctorShareDto> {
    return this.doctor.revoke(shareId);
  }
}
