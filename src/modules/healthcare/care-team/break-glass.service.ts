// Break-the-glass: a provider opens time-boxed access to a patient outside their care team, with a reason.
// The checks, the audit row and the notifications of admins and patient are the definer function's; the
// duration is the configured BREAK_GLASS_MINUTES.
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type ResolvedConfig } from '../../../common/config/config';
import { currentTransaction } from '../../../common/context/request-context';
import { DomainError, notFound } from '../../../common/errors/domain-error';
import type { Page } from '../../../common/pagination';
import { BreakGlassRepository } from './break-glass.repository';
import { openBreakGlass } from './break-glass.queries';
import { toBreakGlassGrantDto } from './care-team.mapper';
import type { BreakGlassGrantDto } from './dto/break-glass-grant.response.dto';
import type { BreakGlassQueryDto } from './dto/list-break-glass.query.dto';
import type { OpenBreakGlassDto } from './dto/open-break-glass.dto';

const NOUN = 'emergency access grant';
const orgId = (): string | null => currentTransaction().claims.org_id ?? null;

@Injectable()
export class BreakGlassService {
  constructor(
    private readonly grants: BreakGlassRepository,
    @Inject(APP_CONFIG) private readonly config: ResolvedConfig,
  ) {}

  async open(patientId: string, dto: OpenBreakGlassDto): Promise<BreakGlassGrantDto> {
    const id = await openBreakGlass(patientId, dto.reason, this.config.BREAK_GLASS_MINUTES);
    return this.get(id);
  }

  async list(q: BreakGlassQueryDto): Promise<Page<BreakGlassGrantDto>> {
    const page = await this.grants.list(orgId(), q);
    return { items: page.items.map((g) => toBreakGlassGrantDto(g)), nextCursor: page.nextCursor };
  }

  async get(id: string): Promise<BreakGlassGrantDto> {
    const grant = await this.grants.findById(orgId(), id);
    if (!grant) throw notFound(NOUN);
    return toBreakGlassGrantDto(grant);
  }

  /** The provider who opened it, or an admin, closes a grant before it expires. */
  async close(id: string): Promise<BreakGlassGrantDto> {
    const grant = await this.grants.findById(orgId(), id);
    if (!grant) throw notFound(NOUN);
    if (grant.closedAt || !(await this.grants.close(orgId(), id)))
      throw new DomainError('conflict', 'The emergency access is already closed.');
    return this.get(id);
  }
}
