// The caller's own model-call log (ai_command_logs): read only; rows are written by the calls themselves.
import { Controller, Get, Injectable, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { repo } from '../../common/database/repository';
import { notFound } from '../../common/errors/domain-error';
import { paginate, type Page, type PageQueryDto } from '../../common/pagination';
import { IdParam, NotFoundDoc, OwnData } from './ai.decorators';
import { caller } from './caller';
import { AiCommandLogDto, AiCommandLogPageDto, AiCommandLogQueryDto } from './dto/ai-command-log.dto';
import { AiCommandLog } from './entities';

function toDto(l: AiCommandLog): AiCommandLogDto {
  return {
    id: l.id,
    model: l.model,
    input: l.input,
    output: l.output,
    status: l.status,
    error: l.error,
    latencyMs: l.latencyMs,
    promptTokens: l.promptTokens,
    completionTokens: l.completionTokens,
    createdAt: l.createdAt,
    completedAt: l.completedAt,
  };
}

@Injectable()
export class AiCommandLogsRepository {
  list(userId: string, orgId: string, q: PageQueryDto): Promise<Page<AiCommandLog>> {
    return paginate(
      repo(AiCommandLog)
        .createQueryBuilder('l')
        .where('l.userId = :userId AND l.orgId = :orgId', { userId, orgId }),
      q,
    );
  }

  findById(id: string): Promise<AiCommandLog | null> {
    return repo(AiCommandLog).findOneBy({ id });
  }
}

@ApiTags('ai')
@Controller('api/ai-command-logs')
export class AiCommandLogsController {
  constructor(private readonly logs: AiCommandLogsRepository) {}

  @Get()
  @OwnData()
  @ApiOperation({
    summary: 'Own model calls, newest first (status, model, sizes, tokens, latency; never content)',
  })
  @ApiOkResponse({ type: AiCommandLogPageDto })
  async list(@Query() q: AiCommandLogQueryDto): Promise<AiCommandLogPageDto> {
    const { userId, orgId } = caller();
    const page = await this.logs.list(userId, orgId, q);
    return { items: page.items.map(toDto), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @OwnData()
  @ApiOperation({ summary: 'One own model call' })
  @ApiOkResponse({ type: AiCommandLogDto })
  @NotFoundDoc()
  async get(@IdParam() id: string): Promise<AiCommandLogDto> {
    const l = await this.logs.findById(id);
    if (!l) throw notFound('model call');
    return toDto(l);
  }
}
