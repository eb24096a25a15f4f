import type { BreakGlassGrantDto } from './dto/break-glass-grant.response.dto';
import type { CareTeamMemberDto } from './dto/care-team-member.response.dto';
import type { BreakGlassGrant, CareTeamMember } from './entities';

export function toCareTeamMemberDto(e: CareTeamMember, now = new Date()): CareTeamMemberDto {
  return {
    id: e.id,
    patientId: e.patientId,
    providerId: e.providerId,
    since: e.since,
    until: e.until,
    reason: e.reason,
    grantedBy: e.grantedBy,
    endedAt: e.endedAt,
    endedBy: e.endedBy,
    active: e.endedAt === null && e.since <= now && (e.until === null || e.until > now),
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
  };
}

export function toBreakGlassGrantDto(g: BreakGlassGrant, now = new Date()): BreakGlassGrantDto {
  return {
    id: g.id,
    patientId: g.patientId,
    providerId: g.providerId,
    reason: g.reason,
    openedAt: g.openedAt,
    expiresAt: g.expiresAt,
    closedAt: g.closedAt,
    closedBy: g.closedBy,
    open: g.closedAt === null && g.expiresAt > now,
    createdAt: g.createdAt,
    updatedAt: g.updatedAt,
  };
}
