// ai_doctor_sessions and ai_doctor_sharing_permissions: one typed query per method, on the request
// transaction (RLS: the patient's own; a provider the sessions an active grant shares with them).
import { Injectable } from '@nestjs/common';
import { repo } from '../../common/database/repository';
import { sql } from '../../common/database/sql';
import { paginate, type Page, type PageQueryDto } from '../../common/pagination';
import { AiDoctorSession, AiDoctorSharingPermission, type PermissionLevel } from './entities';

@Injectable()
export class AiDoctorRepository {
  /** Sessions the caller sees: their own, or (a provider) those shared with them now. */
  list(orgId: string, q: PageQueryDto): Promise<Page<AiDoctorSession>> {
    return paginate(repo(AiDoctorSession).createQueryBuilder('s').where('s.orgId = :orgId', { orgId }), q);
  }

  findSession(id: string): Promise<AiDoctorSession | null> {
    return repo(AiDoctorSession).findOneBy({ id });
  }

  /** The transcript's ciphertext is read only here (single reads). */
  async insertSession(sessionType: AiDoctorSession['sessionType']): Promise<AiDoctorSession> {
    const { identifiers } = await repo(AiDoctorSession).insert({ sessionType });
    return repo(AiDoctorSession).findOneByOrFail({ id: identifiers[0].id as string });
  }

  async setTranscript(id: string, transcript: string, transcriptPath: string): Promise<boolean> {
    const { affected } = await repo(AiDoctorSession)
      .createQueryBuilder()
      .update()
      .set({ transcript, transcriptPath })
      .where('id = :id AND end_time IS NULL', { id })
      .execute();
    return !!affected;
  }

  async end(id: string, summary: string): Promise<boolean> {
    const { affected } = await repo(AiDoctorSession)
      .createQueryBuilder()
      .update()
      .set({ summary, endTime: () => 'greatest(now(), start_time)' })
      .where('id = :id AND end_time IS NULL', { id })
      .execute();
    return !!affected;
  }

  /** The calling provider's active grant on a session (its level), if any. */
  async myActiveGrant(sessionId: string): Promise<PermissionLevel | null> {
    const row = await sql().one<{ permission_level: PermissionLevel }>(
      `SELECT permission_level FROM public.ai_doctor_sharing_permissions
       WHERE session_id = $1 AND provider_id = app_private.my_provider_id()
         AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now())
       ORDER BY permission_level = 'full' DESC LIMIT 1`,
      [sessionId],
    );
    return row?.permission_level ?? null;
  }

  /** Whether the provider is in the caller's organization's directory. */
  async providerExists(providerId: string): Promise<boolean> {
    const row = await sql().one(
      `SELECT 1 AS ok FROM public.providers WHERE id = $1 AND org_id = public.auth_org_id()`,
      [providerId],
    );
    return !!row;
  }

  listShares(sessionId: string, q: PageQueryDto): Promise<Page<AiDoctorSharingPermission>> {
    return paginate(
      repo(AiDoctorSharingPermission)
        .createQueryBuilder('g')
        .where('g.sessionId = :sessionId', { sessionId }),
      q,
    );
  }

  findShare(id: string): Promise<AiDoctorSharingPermission | null> {
    return repo(AiDoctorSharingPermission).findOneBy({ id });
  }

  async insertShare(values: {
    sessionId: string;
    providerId: string;
    permissionLevel: PermissionLevel;
    expiresAt: Date | null;
  }): Promise<AiDoctorSharingPermission> {
    const { identifiers } = await repo(AiDoctorSharingPermission).insert(values);
    return repo(AiDoctorSharingPermission).findOneByOrFail({ id: identifiers[0].id as string });
  }

  async revokeShare(id: string): Promise<boolean> {
    const { affected } = await repo(AiDoctorSharingPermission)
      .createQueryBuilder()
      .update()
      .set({ revokedAt: () => 'now()' })
      .where('id = :id AND revoked_at IS NULL', { id })
      .execute();
    return !!affected;
  }
}
