// Companion chat over HTTP: the caller's own sessions and messages. A reply comes whole (POST .../messages)
// or streamed as server-sent events (POST .../messages/stream): `delta` events with text, then `done` with
// the stored messages, or `error` with a problem when the model fails mid-way (nothing is stored then).
import { Body, Controller, Delete, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Authenticated } from '../../common/decorators/access.decorator';
import { ProblemDto } from '../../common/dto/problem.dto';
import { DomainError, problem } from '../../common/errors/domain-error';
import type { CarebaseRequest } from '../../common/guards/access.guard';
import { requestClaims } from '../../common/http/request-transaction';
import { IdParam, NotFoundDoc, OwnData } from './ai.decorators';
import { ChatRepliesService } from './chat-replies.service';
import { ChatService } from './chat.service';
import {
  ChatExchangeDto,
  ChatMessagePageDto,
  ChatQueryDto,
  ChatSessionDto,
  ChatSessionPageDto,
  CreateChatSessionDto,
  SendChatMessageDto,
} from './dto/chat.dto';

/** The routes that call the model hold no request transaction (they open their own, around the call). */
const Replying = () => Authenticated({ apiKeys: false, transaction: false });
const NoModelDoc = () =>
  ApiServiceUnavailableResponse({
    description: 'No chat model is configured, or the model did not complete its reply (nothing stored)',
    type: ProblemDto,
  });
const NotAllowedDoc = () =>
  ApiForbiddenResponse({
    description: 'The organization has not allowed sending health data to an external model',
    type: ProblemDto,
  });

@ApiTags('ai')
@Controller('api/chat/sessions')
export class ChatController {
  constructor(
    private readonly chats: ChatService,
    private readonly replies: ChatRepliesService,
  ) {}

  @Get()
  @OwnData()
  @ApiOperation({ summary: 'List own companion chat sessions, newest first' })
  @ApiOkResponse({ type: ChatSessionPageDto })
  list(@Query() q: ChatQueryDto): Promise<ChatSessionPageDto> {
    return this.chats.list(q);
  }

  @Post()
  @OwnData()
  @ApiOperation({ summary: 'Start a companion chat session' })
  @ApiCreatedResponse({ type: ChatSessionDto })
  create(@Body() dto: CreateChatSessionDto): Promise<ChatSessionDto> {
    return this.chats.create(dto);
  }

  @Get(':id')
  @OwnData()
  @ApiOperation({ summary: 'One own chat session' })
  @ApiOkResponse({ type: ChatSessionDto })
  @NotFoundDoc()
  get(@IdParam() id: string): Promise<ChatSessionDto> {
    return this.chats.get(id);
  }

  @Get(':id/messages')
  @OwnData()
  @ApiOperation({ summary: "A session's messages, newest first" })
  @ApiOkResponse({ type: ChatMessagePageDto })
  @NotFoundDoc()
  messages(@IdParam() id: string, @Query() q: ChatQueryDto): Promise<ChatMessagePageDto> {
    return this.chats.messages(id, q);
  }

  @Post(':id/messages')
  @Replying()
  @ApiOperation({
    summary: "Send a message and receive the companion's whole reply (both stored when complete)",
  })
  @ApiCreatedResponse({ type: ChatExchangeDto })
  @NotFoundDoc()
  @NotAllowedDoc()
  @NoModelDoc()
  @ApiConflictResponse({ description: 'The session has ended', type: ProblemDto })
  send(
    @Req() req: CarebaseRequest,
    @IdParam() id: string,
    @Body() dto: SendChatMessageDto,
  ): Promise<ChatExchangeDto> {
    return this.replies.reply(requestClaims(req), id, dto.content);
  }

  @Post(':id/messages/stream')
  @Replying()
  @ApiOperation({
    summary:
      "Send a message and receive the companion's reply as server-sent events (delta, then done or error); stored only when complete",
  })
  @ApiOkResponse({
    description: 'event: delta {"text"}…, then event: done {message, reply} or event: error {problem}',
    content: { 'text/event-stream': { schema: { type: 'string' } } },
  })
  @NotFoundDoc()
  @NotAllowedDoc()
  @NoModelDoc()
  @ApiConflictResponse({ description: 'The session has ended', type: ProblemDto })
  async stream(
    @Req() req: CarebaseRequest,
    @Res() reply: FastifyReply,
    @IdParam() id: string,
    @Body() dto: SendChatMessageDto,
  ): Promise<void> {
    const claims = requestClaims(req);
    // Refusals (no model, not allowed, no session) answer as problems before the stream opens.
    const prepared = await this.replies.prepare(claims, id, dto.content, true);
    const abort = new AbortController();
    reply.raw.on('close', () => {
      if (!reply.raw.writableEnded) abort.abort();
    });
    reply.hijack();
    // The headers every reply gets, set on this one before the handler ran (security headers, x-request-id,
    // cache-control and CORS: create-app.ts); Fastify would write them in send(), which a hijacked reply skips.
    for (const [name, value] of Object.entries(reply.getHeaders()))
      if (value !== undefined) reply.raw.setHeader(name, value);
    reply.raw.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8' });
    const send = (event: string, data: unknown) => {
      if (!reply.raw.writableEnded && !reply.raw.destroyed)
        reply.raw.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    };
    try {
      const exchange = await this.replies.stream(
        claims,
        prepared,
        id,
        dto.content,
        (text) => send('delta', { text }),
        abort.signal,
      );
      send('done', exchange);
    } catch (err) {
      const e = err instanceof DomainError ? err : new DomainError('internal', 'The reply failed.');
      send('error', problem(e.code, e.message, String(req.id)));
    } finally {
      if (!reply.raw.writableEnded) reply.raw.end();
    }
  }

  @Post(':id/end')
  @HttpCode(200)
  @OwnData()
  @ApiOperation({
    summary:
      'End a session: its summary and dominant emotion are written (and, on the pro plan, a long-term memory)',
  })
  @ApiOkResponse({ type: ChatSessionDto })
  @NotFoundDoc()
  @ApiConflictResponse({ description: 'Already ended', type: ProblemDto })
  end(@IdParam() id: string): Promise<ChatSessionDto> {
    return this.chats.end(id);
  }

  @Delete(':id')
  @HttpCode(204)
  @OwnData()
  @ApiOperation({ summary: 'Delete an own chat session and its messages' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @NotFoundDoc()
  remove(@IdParam() id: string): Promise<void> {
    return this.chats.remove(id);
  }
}
