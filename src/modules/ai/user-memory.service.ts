// Long-term memory (seed C's UserMemory) for profiles on the pro plan: memories written by the user,
// distilled from ended chat sessions (ChatService.end) and from journal entries, and given to the model as
// context. Other plans get a 403 that names the plan needed; nothing is stored for them (RLS agrees).
import { Injectable } from '@nestjs/common';
import { DomainError, notFound } from '../../common/errors/domain-error';
import type { PageQueryDto } from '../../common/pagination';
import { caller } from './caller';
import type { CreateUserMemoryDto, UserMemoryDto, UserMemoryPageDto } from './dto/user-memory.dto';
import type { UserMemory } from './entities';
import { RULE_BASED_NOTE } from './models/rule-based-writer';
import { UserMemoryRepository } from './user-memory.repository';

const NOUN = 'memory';

function toDto(m: UserMemory): UserMemoryDto {
  return {
    id: m.id,
    summary: m.summary,
    sourceType: m.sourceType,
    sourceId: m.sourceId,
    createdAt: m.createdAt,
    updatedAt: m.updatedAt,
  };
}

@Injectable()
export class UserMemoryService {
  constructor(private readonly memories: UserMemoryRepository) {}

  async list(q: PageQueryDto): Promise<UserMemoryPageDto> {
    await this.requirePro();
    const { userId, orgId } = caller();
    const page = await this.memories.list(userId, orgId, q);
    return { items: page.items.map(toDto), nextCursor: page.nextCursor };
  }

  // By id: a memory the caller cannot see is a 404 whatever their plan (RLS shows none off the pro plan).
  async get(id: string): Promise<UserMemoryDto> {
    const m = await this.memories.findById(id);
    if (!m) throw notFound(NOUN);
    return toDto(m);
  }

  async create(dto: CreateUserMemoryDto): Promise<UserMemoryDto> {
    await this.requirePro();
    return toDto(
      (await this.memories.insert({ summary: dto.summary, sourceType: 'manual', sourceId: null }))!,
    );
  }

  /** A memory distilled from one of the caller's journal entries (once per entry: 409 the second time). */
  async fromJournal(entryId: string): Promise<UserMemoryDto> {
    const entry = await this.memories.journalEntryText(entryId);
    if (!entry) throw notFound('journal entry');
    await this.requirePro();
    const text = entry.content.replace(/\s+/g, ' ').trim();
    const summary = `${entry.title ? `${entry.title}: ` : ''}${text.slice(0, 300)}${text.length > 300 ? '…' : ''} ${RULE_BASED_NOTE}`;
    const m = await this.memories.insert({ summary, sourceType: 'journal_entry', sourceId: entryId });
    if (!m) throw new DomainError('conflict', 'This journal entry is already in your long-term memory.');
    return toDto(m);
  }

  async update(id: string, summary: string): Promise<UserMemoryDto> {
    const m = await this.memories.update(id, summary);
    if (!m) throw notFound(NOUN);
    return toDto(m);
  }

  async remove(id: string): Promise<void> {
    if (!(await this.memories.delete(id))) throw notFound(NOUN);
  }

  private async requirePro(): Promise<void> {
    const plan = await this.memories.callerPlan();
    if (plan !== 'pro')
      throw new DomainError(
        'forbidden',
        `Long-term memory needs the pro plan; this account is on the ${plan} plan.`,
      );
  }
}
