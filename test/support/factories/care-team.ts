// Care relationships: a provider on a patient's care team (what makes a provider treating), and emergency
// (break-the-glass) grants as open_break_glass() leaves them, without its audit row and notifications.
import type { BreakGlassGrant, CareTeamMember } from '../../../src/modules/healthcare/care-team/entities';
import type { TestDb } from '../db';
import { insertRow, type OrgRef, type Overrides } from './rows';

type With<T, K extends keyof T> = Overrides<T> & Required<Pick<T, K>>;
const HOUR = 3_600_000;

/** An active care-team entry (granted now, no planned end) unless `endedAt` or `until` say otherwise. */
export function newCareTeamMember(
  db: TestDb,
  org: OrgRef,
  o: With<CareTeamMember, 'patientId' | 'providerId'>,
): Promise<CareTeamMember> {
  return insertRow<CareTeamMember>(db, 'care_team_members', {
    orgId: org.id,
    reason: 'Treating provider',
    ...o,
  });
}

/** An open emergency grant of one hour from now unless `expiresAt` or `closedAt` say otherwise. */
export function newBreakGlassGrant(
  db: TestDb,
  org: OrgRef,
  o: With<BreakGlassGrant, 'patientId' | 'providerId'>,
): Promise<BreakGlassGrant> {
  const openedAt = o.openedAt ?? new Date();
  return insertRow<BreakGlassGrant>(db, 'break_glass_grants', {
    orgId: org.id,
    reason: 'Unconscious patient in the emergency room',
    ...o,
    openedAt,
    expiresAt: o.expiresAt ?? new Date(openedAt.getTime() + HOUR),
  });
}
