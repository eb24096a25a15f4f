// The entities this module owns, registered with TypeOrmModule.forFeature in its module and listed in
// src/entities.ts for the CLI, the drift test and the schema diagram.
import { BreakGlassGrant } from './break-glass-grant.entity';
import { CareTeamMember } from './care-team-member.entity';

export { BreakGlassGrant, CareTeamMember };
export const CARE_TEAM_ENTITIES: Function[] = [CareTeamMember, BreakGlassGrant];
