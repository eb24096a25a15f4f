import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Stripe-paid orders (issue 12): the money goes back through Stripe's refund API, which the app calls after the
 * status change has committed. When a paid Stripe order becomes cancelled or refunded, the transition leaves
 * stripe_refund_status = 'pending' in the same transaction (a second BEFORE trigger, after orders_transition by
 * name); the app then moves it to 'submitted' (Stripe accepted it, not final yet), 'succeeded', or 'failed'
 * with Stripe's message, and an admin retries a pending or failed one. Only the service role writes these
 * columns (request roles may update orders.status alone).
 */
export class OrderStripeRefunds1764550000000 implements MigrationInterface {
  name = 'OrderStripeRefunds1764550000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE public.orders
        ADD COLUMN stripe_refund_status text
          CONSTRAINT orders_stripe_refund_status_check CHECK (stripe_refund_status IN ('pending', 'submitted', 'succeeded', 'failed')),
        ADD COLUMN stripe_refund_id text CONSTRAINT orders_stripe_refund_id_check CHECK (length(stripe_refund_id) <= 255),
        ADD COLUMN stripe_refund_error text CONSTRAINT orders_stripe_refund_error_check CHECK (length(stripe_refund_error) <= 1000),
        ADD COLUMN stripe_refund_attempts integer NOT NULL DEFAULT 0
          CONSTRAINT orders_stripe_refund_attempts_check CHECK (stripe_refund_attempts >= 0);
      COMMENT ON COLUMN public.orders.stripe_refund_status IS 'Stripe path: the refund at Stripe after cancelled/refunded (pending, submitted, succeeded, failed)';
      CREATE INDEX orders_stripe_refund_idx ON public.orders (org_id, updated_at)
        WHERE stripe_refund_status IN ('pending', 'failed');

      CREATE FUNCTION app_private.order_stripe_refund_pending() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
      BEGIN
        IF NEW.status IS DISTINCT FROM OLD.status AND NEW.status IN ('cancelled', 'refunded')
           AND OLD.payment_method = 'stripe' AND OLD.payment_id IS NOT NULL AND OLD.stripe_refund_status IS NULL THEN
          NEW.stripe_refund_status := 'pending';
        END IF;
        RETURN NEW;
      END
      $$;
      REVOKE ALL ON FUNCTION app_private.order_stripe_refund_pending() FROM PUBLIC;
      CREATE TRIGGER orders_transition_stripe_refund BEFORE UPDATE OF status ON public.orders
        FOR EACH ROW EXECUTE FUNCTION app_private.order_stripe_refund_pending();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER IF EXISTS orders_transition_stripe_refund ON public.orders;
      DROP FUNCTION IF EXISTS app_private.order_stripe_refund_pending();
      DROP INDEX IF EXISTS public.orders_stripe_refund_idx;
      ALTER TABLE public.orders DROP COLUMN IF EXISTS stripe_refund_attempts, DROP COLUMN IF EXISTS stripe_refund_error,
        DROP COLUMN IF EXISTS stripe_refund_id, DROP COLUMN IF EXISTS stripe_refund_status;
    `);
  }
}
