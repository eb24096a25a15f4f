// Companion chat sessions (seed C's ChatSession): the caller's own. Ending a session writes its summary and
// dominant emotion (the rule-based writer: no health data leaves for that), and, on the pro plan, distils it
// into long-term memory.
import { Injectable } from '@nestjs/common';
import { DomainError, notFound } from '../../common/errors/domain-error';
import type { PageQueryDto } from '../../common/pagination';
import { caller } from './caller';
import { toChatMessageDto, toChatSessionDto } from './chat.mapper';
import { ChatRepository } from './chat.repository';
import type {
  ChatMessagePageDto,
  ChatSessionDto,
  ChatSessionPageDto,
  CreateChatSessionDto,
} from './dto/chat.dto';
import { summarizeChat } from './models/rule-based-writer';
import { UserMemoryRepository } from './user-memory.repository';

const NOUN = 'chat session';

@Injectable()
export class ChatService {
  constructor(
    private readonly chats: ChatRepository,
    private readonly memories: UserMemoryRepository,
  ) {}

  async list(q: PageQueryDto): Promise<ChatSessionPageDto> {
    const { userId, orgId } = caller();
    const page = await this.chats.listSessions(userId, orgId, q);
    return { items: page.items.map(toChatSessionDto), nextCursor: page.nextCursor };
  }

  async get(id: string): Promise<ChatSessionDto> {
    const s = await this.chats.findSession(id);
    if (!s) throw notFound(NOUN);
    return toChatSessionDto(s);
  }

  async create(dto: CreateChatSessionDto): Promise<ChatSessionDto> {
    return toChatSessionDto(await this.chats.insertSession(dto.title ?? null));
  }

  async messages(id: string, q: PageQueryDto): Promise<ChatMessagePageDto> {
    await this.get(id);
    const page = await this.chats.listMessages(id, q);
    return { items: page.items.map(toChatMessageDto), nextCursor: page.nextCursor };
  }

  async end(id: string): Promise<ChatSessionDto> {
    const s = await this.chats.findSession(id);
    if (!s) throw notFound(NOUN);
    if (s.endedAt) throw new DomainError('conflict', 'The chat session has already ended.');
    const { summary, dominantEmotion } = summarizeChat(
      (await this.chats.userMessages(id)).map((m) => m.content),
    );
    if (!(await this.chats.endSession(id, summary, dominantEmotion)))
      throw new DomainError('conflict', 'The chat session has already ended.');
    if (await this.memories.callerOnPro())
      await this.memories.insert({ summary, sourceType: 'chat_session', sourceId: id });
    return this.get(id);
  }

  async remove(id: string): Promise<void> {
    if (!(await this.chats.deleteSession(id))) throw notFound(NOUN);
  }
}
