// Checkout is one definer function of the Commerce migration (app_private.checkout): stock taken with a
// conditional UPDATE in product id order, prescriptions consumed, order and items written with the price and
// lot of the moment, the cart cleared and the wallet debited through the ledger, all in the request's
// transaction. It reads and writes rows the patient may not touch directly (stock, the ledger, invoices).
import { sql } from '../../common/database/sql';
import type { PaymentPath } from './entities';

export interface CheckoutArgs {
  method: PaymentPath;
  currency: string | null;
  expectedTotal: string | null;
  prescriptionIds: string[];
  shipping: Record<string, unknown> | null;
  billing: Record<string, unknown> | null;
  holdSeconds: number;
}

/** The new order's id. */
export async function checkout(a: CheckoutArgs): Promise<string> {
  const row = await sql().returning<{ id: string }>(
    `SELECT app_private.checkout($1, $2, $3::bigint, $4::uuid[], $5::jsonb, $6::jsonb, $7) AS id`,
    [
      a.method,
      a.currency,
      a.expectedTotal,
      a.prescriptionIds,
      a.shipping === null ? null : JSON.stringify(a.shipping),
      a.billing === null ? null : JSON.stringify(a.billing),
      a.holdSeconds,
    ],
  );
  return row.id;
}
