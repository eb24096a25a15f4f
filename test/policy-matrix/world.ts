import type { Claims } from '../../src/common/context/claims';
import type { TestDb } from '../support/db';
import { newBareUser, newOrg, newUser } from '../support/factories';
import type { Caller, World } from './harness';

/** Two organizations: A with a member of every role, B with an admin (the "member of another org"). */
export async function buildWorld(db: TestDb): Promise<World> {
  const orgA = await newOrg(db, 'Org A');
  const orgB = await newOrg(db, 'Org B');
  const users = {
    patient: await newUser(db, orgA, 'patient'),
    provider: await newUser(db, orgA, 'provider'),
    admin: await newUser(db, orgA, 'admin'),
    research_partner: await newUser(db, orgA, 'research_partner'),
    developer: await newUser(db, orgA, 'developer'),
    other_org: await newUser(db, orgB, 'admin'),
  };
  const outsider = await newUser(db, orgB, 'patient');
  const { id: bareUserId } = await newBareUser(db, orgA, { email: 'bare@example.test' });
  return {
    db,
    orgA,
    orgB,
    users,
    outsider,
    bareUserId,
    claims(caller: Caller): Claims {
      if (caller === 'anon') return { role: 'anon' };
      if (caller === 'service') return { role: 'service_role', job: 'policy-matrix' };
      return users[caller].claims;
    },
  };
}
