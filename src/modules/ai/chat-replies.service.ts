// A companion reply: the one place health data may leave for an external model, so the rules sit here.
// - No chat model configured: 503 (a problem that says so); nothing is stored.
// - The organization has not allowed external models (settings.ai_external_models, an admin's choice): 403.
// - No transaction is held across the model call. The first transaction (as the caller) checks the session,
//   reads the context and commits the PENDING ai_command_logs row; the outcome is recorded in its own; the
//   question and the complete reply are stored together in a last one. A stream the client drops, or the
//   model breaks, stores no message at all.
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type ResolvedConfig } from '../../common/config/config';
import type { Claims } from '../../common/context/claims';
import { RlsTransactions } from '../../common/database/rls-transactions';
import { DomainError, notFound } from '../../common/errors/domain-error';
import { toChatMessageDto } from './chat.mapper';
import { ChatRepository } from './chat.repository';
import type { ChatExchangeDto } from './dto/chat.dto';
import { AiCalls } from './models/ai-calls';
import { AiModels } from './models/ai-models';
import type { ChatTurn, TextGenerator, Usage } from './models/model.types';

const HISTORY = 20;
const MEMORIES = 5;
const SYSTEM_PROMPT =
  'You are a supportive wellbeing companion in a health app. Be brief and kind. You are not a clinician: ' +
  'for anything urgent or medical, suggest contacting a professional.';

export interface PreparedReply {
  logId: string;
  turns: ChatTurn[];
  model: TextGenerator;
}

@Injectable()
export class ChatRepliesService {
  constructor(
    private readonly tx: RlsTransactions,
    private readonly models: AiModels,
    private readonly calls: AiCalls,
    private readonly chats: ChatRepository,
    @Inject(APP_CONFIG) private readonly config: ResolvedConfig,
  ) {}

  /** Checks the rules and commits the PENDING log row; answers what the model call needs. */
  async prepare(claims: Claims, sessionId: string, content: string, stream: boolean): Promise<PreparedReply> {
    const model = this.models.chat;
    return this.tx.run(claims, async () => {
      const session = await this.chats.findSession(sessionId);
      if (!session) throw notFound('chat session');
      if (!model)
        throw new DomainError(
          'unavailable',
          'No chat model is configured on this server (AI_BASE_URL and AI_CHAT_MODEL); the companion cannot answer.',
        );
      if (session.endedAt) throw new DomainError('conflict', 'The chat session has ended; start a new one.');
      if (!(await this.chats.externalModelsAllowed()))
        throw new DomainError(
          'forbidden',
          'Your organization has not allowed sending health data to an external model; an admin can enable it ' +
            '(organization setting ai_external_models).',
        );
      const history = await this.chats.recentMessages(sessionId, HISTORY);
      const memories = await this.chats.memorySummaries(MEMORIES);
      const turns: ChatTurn[] = [
        {
          role: 'system',
          content: memories.length
            ? `${SYSTEM_PROMPT}\nWhat you remember about the user:\n- ${memories.join('\n- ')}`
            : SYSTEM_PROMPT,
        },
        ...history.map((m) => ({ role: m.role, content: m.content })),
        { role: 'user', content },
      ];
      const logId = await this.calls.beginHere(model.model, {
        kind: stream ? 'chat.stream' : 'chat',
        messages: turns.length,
        chars: turns.reduce((n, t) => n + t.content.length, 0),
        memories: memories.length,
      });
      return { logId, turns, model };
    });
  }

  /** The whole reply, then both messages stored. */
  async reply(claims: Claims, sessionId: string, content: string): Promise<ChatExchangeDto> {
    const prepared = await this.prepare(claims, sessionId, content, false);
    const started = performance.now();
    let text: string;
    try {
      const out = await prepared.model.generate(prepared.turns);
      text = out.text;
      await this.calls.finish(prepared.logId, performance.now() - started, {
        ...out,
        output: { chars: text.length },
      });
    } catch (err) {
      await this.calls.finish(prepared.logId, performance.now() - started, { error: (err as Error).message });
      throw modelFailed();
    }
    return this.store(claims, sessionId, content, text);
  }

  /**
   * Streams the reply's text deltas to `write` while the model produces them; stores both messages once the
   * reply is complete. `signal` aborts when the client goes away: nothing is stored then.
   */
  async stream(
    claims: Claims,
    prepared: PreparedReply,
    sessionId: string,
    content: string,
    write: (delta: string) => void,
    signal: AbortSignal,
  ): Promise<ChatExchangeDto> {
    const started = performance.now();
    let text = '';
    let usage: Usage;
    try {
      const gen = prepared.model.stream(prepared.turns, { signal });
      for (;;) {
        const step = await gen.next();
        if (step.done) {
          usage = step.value;
          break;
        }
        if (signal.aborted) throw new Error('The client closed the stream.');
        text += step.value;
        write(step.value);
      }
      if (signal.aborted) throw new Error('The client closed the stream.');
    } catch (err) {
      const reason = signal.aborted ? 'The client closed the stream.' : (err as Error).message;
      await this.calls.finish(prepared.logId, performance.now() - started, { error: reason });
      throw modelFailed();
    }
    await this.calls.finish(prepared.logId, performance.now() - started, {
      ...usage,
      output: { chars: text.length },
    });
    return this.store(claims, sessionId, content, text);
  }

  private store(claims: Claims, sessionId: string, content: string, text: string): Promise<ChatExchangeDto> {
    if (!text.trim()) throw modelFailed();
    return this.tx.run(claims, async () => {
      const message = await this.chats.insertMessage(sessionId, 'user', content);
      const reply = await this.chats.insertMessage(sessionId, 'assistant', text.slice(0, 32000));
      return { message: toChatMessageDto(message), reply: toChatMessageDto(reply) };
    });
  }
}

const modelFailed = () =>
  new DomainError('unavailable', 'The model did not complete its reply; nothing was stored. Try again.');
