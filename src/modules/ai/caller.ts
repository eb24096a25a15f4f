import { currentTransaction } from '../../common/context/request-context';

/** The signed-in caller of an own-data route (the access guard has refused anyone else before). */
export function caller(): { userId: string; orgId: string } {
  const { sub, org_id } = currentTransaction().claims;
  if (!sub || !org_id) throw new Error('own-data route without a signed-in caller');
  return { userId: sub, orgId: org_id };
}
