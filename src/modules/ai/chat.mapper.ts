import type { ChatMessageDto, ChatSessionDto } from './dto/chat.dto';
import type { ChatMessage, ChatSession } from './entities';

export function toChatSessionDto(s: ChatSession): ChatSessionDto {
  return {
    id: s.id,
    title: s.title,
    dominantEmotion: s.dominantEmotion,
    summary: s.summary,
    endedAt: s.endedAt,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
  };
}

export function toChatMessageDto(m: ChatMessage): ChatMessageDto {
  return { id: m.id, sessionId: m.sessionId, role: m.role, content: m.content, createdAt: m.createdAt };
}
