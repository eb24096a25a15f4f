import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A Stripe payment that lands on an order no longer awaiting it (issue 12): the patient paid at Stripe while the
 * hold expired and the release job cancelled the order; Stripe refuses to cancel a PaymentIntent that already
 * succeeded, so the payment_intent.succeeded webhook finds the order cancelled. The money is recorded on the
 * order (payment, invoice and public.refunds row, as a cancelled paid order has) with stripe_refund_status
 * 'pending' and stripe_refund_reason 'late_payment', and the app refunds it at Stripe after the webhook's commit
 * (the refund machinery of OrderStripeRefunds: a failed refund stays visible and an admin retries it).
 * stripe_refund_reason says why a refund is owed; rows from before this migration have none (their order's
 * status tells it).
 */
export class OrderLatePayments1764560000000 implements MigrationInterface {
  name = 'OrderLatePayments1764560000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE public.orders ADD COLUMN stripe_refund_reason text
        CONSTRAINT orders_stripe_refund_reason_check
          CHECK (stripe_refund_reason IN ('order_cancelled', 'order_refunded', 'late_payment'));
      COMMENT ON COLUMN public.orders.stripe_refund_reason IS 'Why the Stripe refund is owed (order_cancelled, order_refunded, late_payment)';

      CREATE OR REPLACE FUNCTION app_private.order_stripe_refund_pending() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
      BEGIN
        IF NEW.status IS DISTINCT FROM OLD.status AND NEW.status IN ('cancelled', 'refunded')
           AND OLD.payment_method = 'stripe' AND OLD.payment_id IS NOT NULL AND OLD.stripe_refund_status IS NULL THEN
          NEW.stripe_refund_status := 'pending';
          NEW.stripe_refund_reason := 'order_' || NEW.status;
        END IF;
        RETURN NEW;
      END
      $$;

      -- The webhook's second chance when confirm_order_payment did not apply: a cancelled Stripe order with no
      -- payment yet, for its amount and currency, records the payment as owed back. Answers whether it was
      -- applied; a second delivery (or another event for the same payment) finds the payment recorded and
      -- answers false, so the refund is owed once.
      CREATE FUNCTION app_private.record_late_order_payment(p_org uuid, p_order uuid, p_intent text, p_amount bigint, p_currency text)
        RETURNS boolean LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
      DECLARE
        v_order public.orders;
        v_payment uuid;
      BEGIN
        SELECT * INTO v_order FROM public.orders o WHERE o.org_id = p_org AND o.id = p_order FOR UPDATE;
        IF v_order.id IS NULL OR v_order.status <> 'cancelled' OR v_order.payment_method <> 'stripe'
           OR v_order.payment_id IS NOT NULL OR v_order.stripe_refund_status IS NOT NULL
           OR v_order.total_amount <> p_amount OR v_order.currency <> upper(p_currency) THEN
          RETURN false;
        END IF;
        v_payment := app_private.record_order_payment(v_order, 'card', p_intent);
        INSERT INTO public.refunds (org_id, payment_id, user_id, amount_minor, currency, reason, created_by)
          VALUES (v_order.org_id, v_payment, v_order.patient_id, v_order.total_amount, v_order.currency,
                  'order ' || v_order.id || ' paid after it was cancelled', auth.uid());
        UPDATE public.orders SET payment_id = v_payment, payment_method_id = p_intent,
            stripe_refund_status = 'pending', stripe_refund_reason = 'late_payment'
          WHERE id = v_order.id;
        RETURN true;
      END
      $$;
      REVOKE ALL ON FUNCTION app_private.record_late_order_payment(uuid, uuid, text, bigint, text) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION app_private.record_late_order_payment(uuid, uuid, text, bigint, text) TO service_role;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP FUNCTION IF EXISTS app_private.record_late_order_payment(uuid, uuid, text, bigint, text);
      CREATE OR REPLACE FUNCTION app_private.order_stripe_refund_pending() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
      BEGIN
        IF NEW.status IS DISTINCT FROM OLD.status AND NEW.status IN ('cancelled', 'refunded')
           AND OLD.payment_method = 'stripe' AND OLD.payment_id IS NOT NULL AND OLD.stripe_refund_status IS NULL THEN
          NEW.stripe_refund_status := 'pending';
        END IF;
        RETURN NEW;
      END
      $$;
      ALTER TABLE public.orders DROP COLUMN IF EXISTS stripe_refund_reason;
    `);
  }
}
