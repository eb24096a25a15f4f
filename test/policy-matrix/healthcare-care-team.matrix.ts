// Policy matrix rows for the care team and break-the-glass grants. The seeded care-team entry is the
// scheduling fixtures' own (the world's provider on the world's patient's care team); inserts name a third
// provider, so no caller adds themselves. Grants are inserted by open_break_glass() only: no role inserts.
import { newBreakGlassGrant, newProvider, newUser } from '../support/factories';
import type { Caller, Statement, TableCase, World } from './harness';
import { schedulingFixtures } from './healthcare-scheduling.matrix';

/** A provider of org A who is on nobody's care team: the one a care-team insert names. */
let thirdProviderId: string;
let patientId: string;
let providerId: string;

/** Members insert into their own org (default org_id); the other org's admin and the service name org A. */
function tenantInsert(w: World, caller: Caller, table: string, cols: string[], values: unknown[]): Statement {
  const explicit = caller === 'service' || caller === 'other_org';
  const all = explicit ? ['org_id', ...cols] : cols;
  const params = explicit ? [w.orgA.id, ...values] : values;
  return {
    sql: `INSERT INTO public.${table} (${all.join(', ')}) VALUES (${all.map((_, i) => `$${i + 1}`).join(', ')})`,
    params,
  };
}

export const healthcareCareTeamMatrix: TableCase[] = [
  {
    table: 'care_team_members',
    seed: async (w) => {
      const f = await schedulingFixtures(w);
      patientId = f.patientId;
      providerId = f.providerId;
      thirdProviderId = (await newProvider(w.db, await newUser(w.db, w.orgA, 'provider'))).id;
      return f.careTeamMemberId;
    },
    insert: (w, caller) =>
      tenantInsert(
        w,
        caller,
        'care_team_members',
        ['patient_id', 'provider_id', 'reason'],
        [patientId, thirdProviderId, 'Second opinion'],
      ),
    update: `UPDATE public.care_team_members SET until = until WHERE id = $1`,
    // Admins and the patient grant and end (no one deletes: entries are ended); the provider reads their own.
    allow: { patient: 'SIU', provider: 'S', admin: 'SIU', service: 'SIU' },
  },
  {
    table: 'break_glass_grants',
    seed: async (w) => {
      const f = await schedulingFixtures(w);
      return (await newBreakGlassGrant(w.db, w.orgA, { patientId: f.patientId, providerId: f.providerId }))
        .id;
    },
    insert: (w, caller) =>
      tenantInsert(
        w,
        caller,
        'break_glass_grants',
        ['patient_id', 'provider_id', 'reason', 'expires_at'],
        [patientId, providerId, 'Unconscious patient, allergies needed', new Date(Date.now() + 3_600_000)],
      ),
    update: `UPDATE public.break_glass_grants SET closed_at = closed_at WHERE id = $1`,
    // Opened only through open_break_glass(); the provider who opened it and admins close it; the patient
    // reads the grants about them.
    allow: { patient: 'S', provider: 'SU', admin: 'SU', service: 'SU' },
  },
];
