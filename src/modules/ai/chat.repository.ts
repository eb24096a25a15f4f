// chat_sessions and chat_messages: one typed query per method, on the current transaction (RLS: own rows).
import { Injectable } from '@nestjs/common';
import { repo } from '../../common/database/repository';
import { sql } from '../../common/database/sql';
import { paginate, type Page, type PageQueryDto } from '../../common/pagination';
import { ChatMessage, ChatSession, type ChatRole } from './entities';

@Injectable()
export class ChatRepository {
  listSessions(userId: string, orgId: string, q: PageQueryDto): Promise<Page<ChatSession>> {
    const qb = repo(ChatSession)
      .createQueryBuilder('s')
      .where('s.userId = :userId AND s.orgId = :orgId', { userId, orgId });
    return paginate(qb, q);
  }

  findSession(id: string): Promise<ChatSession | null> {
    return repo(ChatSession).findOneBy({ id });
  }

  async insertSession(title: string | null): Promise<ChatSession> {
    const { identifiers } = await repo(ChatSession).insert({ title });
    return repo(ChatSession).findOneByOrFail({ id: identifiers[0].id as string });
  }

  /** Ends an open session with its summary; false when it was ended meanwhile. */
  async endSession(id: string, summary: string, dominantEmotion: string | null): Promise<boolean> {
    const { affected } = await repo(ChatSession)
      .createQueryBuilder()
      .update()
      .set({ summary, dominantEmotion, endedAt: () => 'now()' })
      .where('id = :id AND ended_at IS NULL', { id })
      .execute();
    return !!affected;
  }

  async deleteSession(id: string): Promise<boolean> {
    const { affected } = await repo(ChatSession).delete({ id });
    return !!affected;
  }

  listMessages(sessionId: string, q: PageQueryDto): Promise<Page<ChatMessage>> {
    return paginate(
      repo(ChatMessage).createQueryBuilder('m').where('m.sessionId = :sessionId', { sessionId }),
      q,
    );
  }

  /** The session's last `limit` messages, oldest first (the model's context). */
  async recentMessages(sessionId: string, limit: number): Promise<ChatMessage[]> {
    const rows = await repo(ChatMessage).find({
      where: { sessionId },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: limit,
    });
    return rows.reverse();
  }

  userMessages(sessionId: string): Promise<ChatMessage[]> {
    return repo(ChatMessage).find({ where: { sessionId, role: 'user' }, order: { createdAt: 'ASC' } });
  }

  async insertMessage(sessionId: string, role: ChatRole, content: string): Promise<ChatMessage> {
    const { identifiers } = await repo(ChatMessage).insert({ sessionId, role, content });
    return repo(ChatMessage).findOneByOrFail({ id: identifiers[0].id as string });
  }

  /** The newest summaries of the caller's long-term memory (none unless their profile is on the pro plan). */
  async memorySummaries(limit: number): Promise<string[]> {
    const rows = await sql().rows<{ summary: string }>(
      `SELECT summary FROM public.user_memory WHERE user_id = auth.uid() ORDER BY created_at DESC LIMIT $1`,
      [limit],
    );
    return rows.map((r) => r.summary);
  }

  /** Whether the caller's organization has allowed health data to go to an external model (an admin's choice). */
  async externalModelsAllowed(): Promise<boolean> {
    const row = await sql().one<{ allowed: boolean }>(
      `SELECT coalesce(settings -> 'ai_external_models' = 'true'::jsonb, false) AS allowed
       FROM public.organizations WHERE id = public.auth_org_id()`,
    );
    return row?.allowed === true;
  }
}
