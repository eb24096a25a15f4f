// The identity tables the Stripe webhooks touch (organizations, users_roles, profiles), in SQL: they belong to
// the identity module, which exports no service for them yet, and payments does not import its entities.
import { sql } from '../../common/database/sql';
import type { BillingPlan } from './entities/billing-customer.entity';

/** The organization's id as stored, when it exists (the service role sees every one). */
export async function organizationId(orgId: string): Promise<string | undefined> {
  return (await sql().one<{ id: string }>(`SELECT id FROM public.organizations WHERE id = $1`, [orgId]))?.id;
}

/** Whether the user is a member of the organization. */
export async function isMember(orgId: string, userId: string): Promise<boolean> {
  return !!(await sql().one<{ member: 1 }>(
    `SELECT 1 AS member FROM public.users_roles WHERE org_id = $1 AND user_id = $2`,
    [orgId, userId],
  ));
}

/** The member's plan on their profile follows their subscription. */
export async function setProfilePlan(userId: string, plan: BillingPlan): Promise<void> {
  await sql().exec(`UPDATE public.profiles SET plan = $2 WHERE user_id = $1`, [userId, plan]);
}

/**
 * A pending shop order paid through Stripe becomes paid (app_private.confirm_order_payment of the Commerce
 * migration checks status, amount and currency and records the payment); false when it does not apply.
 */
export async function confirmOrderPayment(
  orgId: string,
  orderId: string,
  paymentIntentId: string,
  amountMinor: number,
  currency: string,
): Promise<boolean> {
  const row = await sql().one<{ ok: boolean }>(
    `SELECT app_private.confirm_order_payment($1, $2, $3, $4, $5) AS ok`,
    [orgId, orderId, paymentIntentId, amountMinor, currency],
  );
  return row?.ok === true;
}

/**
 * A Stripe payment for a cancelled order with no payment yet (paid as its hold expired) is recorded as owed
 * back: app_private.record_late_order_payment of the OrderLatePayments migration leaves the order's Stripe
 * refund pending; false when it does not apply (or was already recorded).
 */
export async function recordLateOrderPayment(
  orgId: string,
  orderId: string,
  paymentIntentId: string,
  amountMinor: number,
  currency: string,
): Promise<boolean> {
  const row = await sql().one<{ ok: boolean }>(
    `SELECT app_private.record_late_order_payment($1, $2, $3, $4, $5) AS ok`,
    [orgId, orderId, paymentIntentId, amountMinor, currency],
  );
  return row?.ok === true;
}
