// The care team: who treats whom. Admins and the patient grant and end entries; a provider reads their own.
// What an entry allows (reading the patient's records and data) is decided in the database: the relationship
// helpers read active entries only.
import { Injectable } from '@nestjs/common';
import { currentTransaction } from '../../../common/context/request-context';
import { sqlState } from '../../../common/database/sql-errors';
import { DomainError, notFound } from '../../../common/errors/domain-error';
import type { Page } from '../../../common/pagination';
import { toCareTeamMemberDto } from './care-team.mapper';
import { CareTeamMembersRepository } from './care-team-members.repository';
import type { CareTeamMemberDto } from './dto/care-team-member.response.dto';
import type { CreateCareTeamMemberDto } from './dto/create-care-team-member.dto';
import type { CareTeamQueryDto, PatientCareTeamQueryDto } from './dto/list-care-team.query.dto';

const NOUN = 'care team entry';
const alreadyEnded = () => new DomainError('conflict', 'The care team entry has already ended.');
const orgId = (): string | null => currentTransaction().claims.org_id ?? null;

@Injectable()
export class CareTeamMembersService {
  constructor(private readonly entries: CareTeamMembersRepository) {}

  /** The caller's entries: an admin the organization's, a patient their own record's, a provider their own. */
  async list(q: CareTeamQueryDto): Promise<Page<CareTeamMemberDto>> {
    const page = await this.entries.list(orgId(), q);
    return { items: page.items.map((e) => toCareTeamMemberDto(e)), nextCursor: page.nextCursor };
  }

  /** One patient's care team, as the caller may see it (404 for a patient record they cannot see). */
  async listForPatient(patientId: string, q: PatientCareTeamQueryDto): Promise<Page<CareTeamMemberDto>> {
    await this.assertPatient(patientId);
    return this.list({ ...q, patientId });
  }

  async get(id: string): Promise<CareTeamMemberDto> {
    const entry = await this.entries.findById(orgId(), id);
    if (!entry) throw notFound(NOUN);
    return toCareTeamMemberDto(entry);
  }

  /** An admin, or the patient, adds a provider (never themselves: the database refuses it, 403). */
  async grant(patientId: string, dto: CreateCareTeamMemberDto): Promise<CareTeamMemberDto> {
    await this.assertPatient(patientId);
    if (!(await this.entries.providerExists(orgId(), dto.providerId))) throw notFound('provider');
    if (dto.until && dto.until.getTime() <= Date.now())
      throw new DomainError('invalid-input', 'until must be in the future.', [
        { field: 'until', message: 'must be in the future' },
      ]);
    let id: string;
    try {
      id = await this.entries.insert({
        patientId,
        providerId: dto.providerId,
        reason: dto.reason.trim(),
        until: dto.until ?? null,
      });
    } catch (err) {
      if (sqlState(err) === '23505')
        throw new DomainError(
          'conflict',
          "The provider is already on the patient's care team (an entry that lapsed is ended before it is granted again).",
        );
      throw err;
    }
    return this.get(id);
  }

  /** Ends an entry: the provider stops treating the patient at once. An ended entry stays (history). */
  async end(id: string): Promise<CareTeamMemberDto> {
    const entry = await this.entries.findById(orgId(), id);
    if (!entry) throw notFound(NOUN);
    // Whoever sees an entry through this route (an admin, the patient) may end it; nothing ended means it was
    // ended meanwhile.
    if (entry.endedAt || !(await this.entries.end(orgId(), id))) throw alreadyEnded();
    return this.get(id);
  }

  private async assertPatient(patientId: string): Promise<void> {
    if (!(await this.entries.patientVisible(orgId(), patientId))) throw notFound('patient');
  }
}
