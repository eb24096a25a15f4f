// AI-doctor sessions (seed H): a patient's own, with the transcript encrypted at rest (the import-token
// encryption, bound to the row) and a summary written when the session ends. The patient shares a session
// with a provider of the organization; the provider reads it only while an unrevoked, unexpired grant names
// them (RLS decides; an ended grant ends access on the next request), the transcript only with a 'full'
// grant, and every such read is audited as a clinical read.
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type ResolvedConfig } from '../../common/config/config';
import { currentTransaction } from '../../common/context/request-context';
import { sqlState } from '../../common/database/sql-errors';
import { DomainError, notFound } from '../../common/errors/domain-error';
import type { PageQueryDto } from '../../common/pagination';
import { AuditService } from '../audit';
import { SecretBox } from '../healthcare';
import { AiDoctorRepository } from './ai-doctor.repository';
import { caller } from './caller';
import type {
  AiDoctorSessionDto,
  AiDoctorSessionPageDto,
  AiDoctorShareDto,
  AiDoctorSharePageDto,
  ShareAiDoctorSessionDto,
} from './dto/ai-doctor.dto';
import type {
  AiDoctorSession,
  AiDoctorSessionType,
  AiDoctorSharingPermission,
  PermissionLevel,
} from './entities';
import { RULE_BASED_NOTE } from './models/rule-based-writer';

const NOUN = 'AI-doctor session';
const TABLE = 'ai_doctor_sessions';
export const transcriptAad = (sessionId: string) => `ai_doctor_sessions.transcript:${sessionId}`;
const transcriptPath = (sessionId: string) => `postgres://ai_doctor_sessions/${sessionId}/transcript`;

function toSessionDto(s: AiDoctorSession, transcript?: string | null): AiDoctorSessionDto {
  return {
    id: s.id,
    patientId: s.patientId,
    sessionType: s.sessionType,
    startTime: s.startTime,
    endTime: s.endTime,
    summary: s.summary,
    transcriptPath: s.transcriptPath,
    ...(transcript !== undefined ? { transcript } : {}),
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
  };
}

function toShareDto(g: AiDoctorSharingPermission, now = new Date()): AiDoctorShareDto {
  return {
    id: g.id,
    sessionId: g.sessionId,
    providerId: g.providerId,
    permissionLevel: g.permissionLevel,
    sharedAt: g.sharedAt,
    expiresAt: g.expiresAt,
    revokedAt: g.revokedAt,
    active: g.revokedAt === null && (g.expiresAt === null || g.expiresAt > now),
  };
}

const isProvider = () => currentTransaction().claims.app_role === 'provider';

@Injectable()
export class AiDoctorService {
  private readonly box: SecretBox;

  constructor(
    private readonly sessions: AiDoctorRepository,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) config: ResolvedConfig,
  ) {
    this.box = new SecretBox(config.DATA_ENCRYPTION_KEY);
  }

  async list(q: PageQueryDto): Promise<AiDoctorSessionPageDto> {
    const page = await this.sessions.list(caller().orgId, q);
    const items = page.items.map((s) => toSessionDto(s));
    if (isProvider() && items.length)
      await this.audit.recordAccess({
        table: TABLE,
        rowIds: items.map((s) => s.id),
        outcome: 'success',
        details: { via: 'sharing_grant' },
      });
    return { items, nextCursor: page.nextCursor };
  }

  async get(id: string): Promise<AiDoctorSessionDto> {
    const s = await this.sessions.findSession(id);
    if (!isProvider()) {
      if (!s) throw notFound(NOUN);
      return toSessionDto(s, this.open(s));
    }
    const level = s ? await this.sessions.myActiveGrant(id) : null;
    if (!s || !level) {
      this.audit.recordDenied({ table: TABLE, rowIds: [id], details: { via: 'sharing_grant' } });
      throw notFound(NOUN);
    }
    await this.audit.recordAccess({
      table: TABLE,
      rowIds: [id],
      outcome: 'success',
      details: { patient_id: s.patientId, via: 'sharing_grant', permission_level: level },
    });
    return toSessionDto(s, level === 'full' ? this.open(s) : null);
  }

  async create(sessionType: string): Promise<AiDoctorSessionDto> {
    return toSessionDto(await this.sessions.insertSession(sessionType as AiDoctorSessionType), null);
  }

  async putTranscript(id: string, transcript: string): Promise<AiDoctorSessionDto> {
    const s = await this.ownSession(id);
    if (s.endTime) throw new DomainError('conflict', 'The session has ended; its transcript is final.');
    if (
      !(await this.sessions.setTranscript(
        id,
        this.box.seal(transcript, transcriptAad(id)),
        transcriptPath(id),
      ))
    )
      throw new DomainError('conflict', 'The session has ended; its transcript is final.');
    return this.get(id);
  }

  async end(id: string, summary?: string): Promise<AiDoctorSessionDto> {
    const s = await this.ownSession(id);
    if (s.endTime) throw new DomainError('conflict', 'The session has already ended.');
    const text = summary ?? this.ruleBasedSummary(s);
    if (!(await this.sessions.end(id, text)))
      throw new DomainError('conflict', 'The session has already ended.');
    return this.get(id);
  }

  async share(id: string, dto: ShareAiDoctorSessionDto): Promise<AiDoctorShareDto> {
    await this.ownSession(id);
    if (dto.expiresAt && dto.expiresAt.getTime() <= Date.now())
      throw new DomainError('invalid-input', 'expiresAt must be in the future.', [
        { field: 'expiresAt', message: 'must be in the future' },
      ]);
    if (!(await this.sessions.providerExists(dto.providerId))) throw notFound('provider');
    try {
      return toShareDto(
        await this.sessions.insertShare({
          sessionId: id,
          providerId: dto.providerId,
          permissionLevel: dto.permissionLevel as PermissionLevel,
          expiresAt: dto.expiresAt ?? null,
        }),
      );
    } catch (err) {
      if (sqlState(err) === '23505')
        throw new DomainError(
          'conflict',
          'The session is already shared with this provider; revoke that grant first.',
        );
      throw err;
    }
  }

  async shares(id: string, q: PageQueryDto): Promise<AiDoctorSharePageDto> {
    await this.ownSession(id);
    const page = await this.sessions.listShares(id, q);
    return { items: page.items.map((g) => toShareDto(g)), nextCursor: page.nextCursor };
  }

  /** The patient ends a grant: the provider's access ends with the next request. */
  async revoke(shareId: string): Promise<AiDoctorShareDto> {
    const g = await this.sessions.findShare(shareId);
    if (!g) throw notFound('sharing grant');
    if (g.revokedAt || !(await this.sessions.revokeShare(shareId)))
      throw new DomainError('conflict', 'The grant is already revoked.');
    return toShareDto((await this.sessions.findShare(shareId))!);
  }

  private async ownSession(id: string): Promise<AiDoctorSession> {
    const s = await this.sessions.findSession(id);
    if (!s || s.patientId !== caller().userId) throw notFound(NOUN);
    return s;
  }

  private open(s: AiDoctorSession): string | null {
    return s.transcript ? this.box.open(s.transcript, transcriptAad(s.id)) : null;
  }

  private ruleBasedSummary(s: AiDoctorSession): string {
    const transcript = this.open(s);
    const lines = transcript ? transcript.split('\n').filter((l) => l.trim()).length : 0;
    const first = transcript
      ?.split('\n')
      .find((l) => l.trim())
      ?.slice(0, 200);
    return (
      `A ${s.sessionType.replace('_', ' ')} session` +
      (lines
        ? ` of ${lines} transcript lines${first ? `, opening with: "${first}"` : ''}`
        : ' without a transcript') +
      `. ${RULE_BASED_NOTE}`
    );
  }
}
