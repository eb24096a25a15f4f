import type { MigrationInterface, QueryRunner } from 'typeorm';
import { auditTrigger, enableRls, serviceGrant, tenantTriggers } from './helpers';

/**
 * Commerce (seed H's e-commerce module, issue 12): products, cart_items, orders, order_items, and
 * prescriptions (new: a provider on the patient's care team prescribes a product; checkout consumes it).
 * measurements.order_item_id gets its foreign key, and only the order's patient may cite their order item.
 *
 * Money is integer minor units (bigint) with an ISO 4217 code, as in payments; the seed's column names stay
 * (products.price, orders.total_amount, order_items.price_per_unit) with bigint minor units.
 *
 * Checkout is one definer function (app_private.checkout): under the organization's audit lock, each cart
 * line takes its inventory with a conditional UPDATE in product id order (never below zero, and the CHECK
 * says so too), consumes the prescriptions named, writes the order and its items with the price and lot of
 * that moment, clears the cart, and pays: from the patient's wallet through app_private.ledger_transfer into
 * the organization's 'revenue' system wallet, recorded as an invoice and a payment of the payments module
 * (so refunds go through public.refunds), or, for Stripe, leaves the order pending with its inventory held
 * until hold_expires_at (app_private.release_expired_order_holds, run by a scheduled job) or a webhook
 * confirms it (app_private.confirm_order_payment). Order status moves only through the transition trigger.
 */
const ORG = `(SELECT public.auth_org_id())`;
const UID = `(SELECT auth.uid())`;
const ROLE = `(SELECT auth.app_role())`;
const ADMIN = `org_id = ${ORG} AND ${ROLE} = 'admin'`;
const MONEY_CURRENCY = `CHECK (currency ~ '^[A-Z]{3}$')`;

export class Commerce1764100000000 implements MigrationInterface {
  name = 'Commerce1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- The organization's revenue account: where checkout payments land (a system wallet, like 'external').
      ALTER TABLE public.wallets DROP CONSTRAINT wallets_system_account_check,
        ADD CONSTRAINT wallets_system_account_check CHECK (system_account IN ('external', 'withdrawals', 'revenue'));

      -- products (seed H): public read (anonymous too); admins of the owning org write. A product that was
      -- ever ordered cannot be deleted (order_items restricts) and is archived instead.
      CREATE TABLE public.products (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL DEFAULT public.auth_org_id() REFERENCES public.organizations (id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        description text CHECK (length(description) <= 10000),
        treatment_id uuid,
        manufacturer text CHECK (length(manufacturer) <= 200),
        batch_lot_info text CHECK (length(batch_lot_info) BETWEEN 1 AND 200),
        sku text NOT NULL CHECK (sku ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$'),
        price bigint NOT NULL CHECK (price > 0 AND price <= 100000000000),
        currency char(3) NOT NULL ${MONEY_CURRENCY},
        inventory_count integer NOT NULL DEFAULT 0,
        is_prescription_required boolean NOT NULL DEFAULT false,
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'archived')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT products_org_id_id_key UNIQUE (org_id, id),
        CONSTRAINT products_org_sku_key UNIQUE (org_id, sku),
        CONSTRAINT products_inventory_count_check CHECK (inventory_count >= 0),
        CONSTRAINT products_treatment_fkey FOREIGN KEY (org_id, treatment_id) REFERENCES public.treatments (org_id, id)
      );
      COMMENT ON COLUMN public.products.price IS 'minor units of currency (ISO 4217)';
      CREATE INDEX products_org_created_idx ON public.products (org_id, created_at DESC, id DESC);
      CREATE INDEX products_treatment_idx ON public.products (org_id, treatment_id);
      ${enableRls('products')}
      ${tenantTriggers('products')}
      ${auditTrigger('products')}
      CREATE POLICY products_select_public ON public.products FOR SELECT TO anon, authenticated USING (true);
      CREATE POLICY products_insert_admin ON public.products FOR INSERT TO authenticated WITH CHECK (${ADMIN});
      CREATE POLICY products_update_admin ON public.products FOR UPDATE TO authenticated USING (${ADMIN}) WITH CHECK (${ADMIN});
      CREATE POLICY products_delete_admin ON public.products FOR DELETE TO authenticated USING (${ADMIN});
      GRANT SELECT ON public.products TO anon, authenticated;
      GRANT INSERT (name, description, treatment_id, manufacturer, batch_lot_info, sku, price, currency, inventory_count, is_prescription_required)
        ON public.products TO authenticated;
      GRANT UPDATE (name, description, treatment_id, manufacturer, batch_lot_info, sku, price, currency, inventory_count, is_prescription_required, status)
        ON public.products TO authenticated;
      GRANT DELETE ON public.products TO authenticated;
      ${serviceGrant('products')}

      -- cart_items (seed H): the patient's own; one line per product.
      CREATE TABLE public.cart_items (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL DEFAULT public.auth_org_id() REFERENCES public.organizations (id) ON DELETE CASCADE,
        patient_id uuid NOT NULL DEFAULT auth.uid(),
        product_id uuid NOT NULL,
        quantity integer NOT NULL CHECK (quantity BETWEEN 1 AND 100),
        added_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT cart_items_patient_product_key UNIQUE (org_id, patient_id, product_id),
        CONSTRAINT cart_items_product_fkey FOREIGN KEY (org_id, product_id) REFERENCES public.products (org_id, id) ON DELETE CASCADE,
        CONSTRAINT cart_items_member_fkey FOREIGN KEY (org_id, patient_id) REFERENCES public.users_roles (org_id, user_id) ON DELETE CASCADE
      );
      CREATE INDEX cart_items_patient_idx ON public.cart_items (patient_id);
      CREATE INDEX cart_items_product_idx ON public.cart_items (org_id, product_id);
      ${enableRls('cart_items')}
      ${tenantTriggers('cart_items')}
      ${auditTrigger('cart_items')}
      CREATE POLICY cart_items_select_own ON public.cart_items FOR SELECT TO authenticated
        USING (patient_id = ${UID} AND org_id = ${ORG});
      CREATE POLICY cart_items_insert_own ON public.cart_items FOR INSERT TO authenticated
        WITH CHECK (patient_id = ${UID} AND org_id = ${ORG}
                    AND product_id IN (SELECT p.id FROM public.products p WHERE p.status = 'active'));
      CREATE POLICY cart_items_update_own ON public.cart_items FOR UPDATE TO authenticated
        USING (patient_id = ${UID} AND org_id = ${ORG}) WITH CHECK (patient_id = ${UID} AND org_id = ${ORG});
      CREATE POLICY cart_items_delete_own ON public.cart_items FOR DELETE TO authenticated
        USING (patient_id = ${UID} AND org_id = ${ORG});
      GRANT SELECT, DELETE ON public.cart_items TO authenticated;
      GRANT INSERT (product_id, quantity), UPDATE (quantity) ON public.cart_items TO authenticated;
      ${serviceGrant('cart_items')}

      -- prescriptions (new): a provider on the patient's care team prescribes a product (quantity, expiry);
      -- the patient and the issuing provider read it; checkout consumes quantity_used (never beyond quantity).
      CREATE TABLE public.prescriptions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL DEFAULT public.auth_org_id() REFERENCES public.organizations (id) ON DELETE CASCADE,
        patient_id uuid NOT NULL REFERENCES public.profiles (id) ON DELETE CASCADE,
        provider_id uuid NOT NULL,
        product_id uuid NOT NULL,
        quantity integer NOT NULL CHECK (quantity BETWEEN 1 AND 1000),
        quantity_used integer NOT NULL DEFAULT 0,
        expires_at timestamptz NOT NULL,
        notes text CHECK (length(notes) <= 2000),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT prescriptions_org_id_id_key UNIQUE (org_id, id),
        CONSTRAINT prescriptions_used_check CHECK (quantity_used >= 0 AND quantity_used <= quantity),
        CONSTRAINT prescriptions_provider_fkey FOREIGN KEY (org_id, provider_id) REFERENCES public.providers (org_id, id),
        CONSTRAINT prescriptions_product_fkey FOREIGN KEY (org_id, product_id) REFERENCES public.products (org_id, id)
      );
      CREATE INDEX prescriptions_patient_idx ON public.prescriptions (patient_id, created_at DESC);
      CREATE INDEX prescriptions_provider_idx ON public.prescriptions (provider_id, created_at DESC);
      CREATE INDEX prescriptions_org_created_idx ON public.prescriptions (org_id, created_at DESC, id DESC);
      ${enableRls('prescriptions')}
      ${tenantTriggers('prescriptions')}
      ${auditTrigger('prescriptions')}

      -- Whether the calling provider is on the care team of the patient whose login is p_user (care-team
      -- entries only: an emergency grant does not make a prescriber).
      CREATE FUNCTION app_private.prescriber_for(p_user uuid) RETURNS boolean
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
        SELECT EXISTS (
          SELECT 1 FROM public.patients p
          WHERE p.org_id = public.auth_org_id() AND p.user_id = p_user
            AND app_private.in_care_team(app_private.my_provider_id(), p.id))
      $$;
      REVOKE ALL ON FUNCTION app_private.prescriber_for(uuid) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION app_private.prescriber_for(uuid) TO authenticated;

      CREATE POLICY prescriptions_select_patient ON public.prescriptions FOR SELECT TO authenticated
        USING (patient_id = ${UID} AND org_id = ${ORG});
      CREATE POLICY prescriptions_select_provider ON public.prescriptions FOR SELECT TO authenticated
        USING (org_id = ${ORG} AND ${ROLE} = 'provider' AND provider_id = (SELECT app_private.my_provider_id()));
      CREATE POLICY prescriptions_insert_provider ON public.prescriptions FOR INSERT TO authenticated
        WITH CHECK (org_id = ${ORG} AND ${ROLE} = 'provider' AND provider_id = (SELECT app_private.my_provider_id())
                    AND app_private.prescriber_for(patient_id));
      GRANT SELECT ON public.prescriptions TO authenticated;
      GRANT INSERT (patient_id, provider_id, product_id, quantity, expires_at, notes) ON public.prescriptions TO authenticated;
      ${serviceGrant('prescriptions')}

      -- orders (seed H): created only by checkout; the patient reads own, admins read all of the org and move
      -- the status (the transition trigger decides). A money record: patient_id has no foreign key (as
      -- payments.user_id), so offboarding a member neither blocks nor erases the order history.
      CREATE TABLE public.orders (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL DEFAULT public.auth_org_id() REFERENCES public.organizations (id) ON DELETE RESTRICT,
        patient_id uuid NOT NULL,
        order_date timestamptz NOT NULL DEFAULT now(),
        status text NOT NULL DEFAULT 'pending_payment'
          CHECK (status IN ('pending_payment', 'paid', 'fulfilled', 'shipped', 'delivered', 'cancelled', 'refunded')),
        total_amount bigint NOT NULL CHECK (total_amount > 0),
        currency char(3) NOT NULL ${MONEY_CURRENCY},
        shipping_address jsonb CHECK (pg_column_size(shipping_address) <= 4000),
        billing_address jsonb CHECK (pg_column_size(billing_address) <= 4000),
        payment_method text NOT NULL CHECK (payment_method IN ('wallet', 'stripe')),
        payment_method_id text CHECK (length(payment_method_id) <= 255),
        wallet_id uuid,
        transfer_id uuid,
        payment_id uuid,
        hold_expires_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT orders_org_id_id_key UNIQUE (org_id, id),
        CONSTRAINT orders_wallet_fkey FOREIGN KEY (org_id, wallet_id) REFERENCES public.wallets (org_id, id),
        CONSTRAINT orders_payment_fkey FOREIGN KEY (org_id, payment_id) REFERENCES public.payments (org_id, id),
        CONSTRAINT orders_wallet_paid CHECK (payment_method <> 'wallet' OR (wallet_id IS NOT NULL AND transfer_id IS NOT NULL))
      );
      COMMENT ON COLUMN public.orders.total_amount IS 'minor units of currency (ISO 4217)';
      CREATE INDEX orders_patient_idx ON public.orders (patient_id, created_at DESC);
      CREATE INDEX orders_org_created_idx ON public.orders (org_id, created_at DESC, id DESC);
      CREATE INDEX orders_hold_idx ON public.orders (hold_expires_at) WHERE status = 'pending_payment';
      ${enableRls('orders')}
      ${tenantTriggers('orders')}
      ${auditTrigger('orders')}
      CREATE POLICY orders_select_own ON public.orders FOR SELECT TO authenticated
        USING (patient_id = ${UID} AND org_id = ${ORG});
      CREATE POLICY orders_select_admin ON public.orders FOR SELECT TO authenticated USING (${ADMIN});
      CREATE POLICY orders_update_admin ON public.orders FOR UPDATE TO authenticated USING (${ADMIN}) WITH CHECK (${ADMIN});
      GRANT SELECT, UPDATE (status) ON public.orders TO authenticated;
      GRANT SELECT, UPDATE ON public.orders TO service_role;

      -- order_items (seed H): readable through the order; the price, product name, SKU and batch/lot of the
      -- moment of sale. Written only by checkout.
      CREATE TABLE public.order_items (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL DEFAULT public.auth_org_id() REFERENCES public.organizations (id) ON DELETE RESTRICT,
        order_id uuid NOT NULL,
        product_id uuid NOT NULL,
        product_name text NOT NULL,
        sku text NOT NULL,
        quantity integer NOT NULL CHECK (quantity > 0),
        price_per_unit bigint NOT NULL CHECK (price_per_unit > 0),
        currency char(3) NOT NULL ${MONEY_CURRENCY},
        batch_lot_info text,
        prescription_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT order_items_org_id_id_key UNIQUE (org_id, id),
        CONSTRAINT order_items_order_product_key UNIQUE (order_id, product_id),
        CONSTRAINT order_items_order_fkey FOREIGN KEY (org_id, order_id) REFERENCES public.orders (org_id, id) ON DELETE CASCADE,
        CONSTRAINT order_items_product_fkey FOREIGN KEY (org_id, product_id) REFERENCES public.products (org_id, id) ON DELETE RESTRICT,
        CONSTRAINT order_items_prescription_fkey FOREIGN KEY (org_id, prescription_id) REFERENCES public.prescriptions (org_id, id)
      );
      COMMENT ON COLUMN public.order_items.price_per_unit IS 'minor units of currency (ISO 4217)';
      CREATE INDEX order_items_recall_idx ON public.order_items (org_id, product_id, batch_lot_info);
      CREATE INDEX order_items_prescription_idx ON public.order_items (prescription_id) WHERE prescription_id IS NOT NULL;
      ${enableRls('order_items')}
      ${tenantTriggers('order_items', { updatedAt: false })}
      ${auditTrigger('order_items')}
      CREATE POLICY order_items_select_order ON public.order_items FOR SELECT TO authenticated
        USING (org_id = ${ORG} AND order_id IN (SELECT o.id FROM public.orders o));
      GRANT SELECT ON public.order_items TO authenticated, service_role;

      -- measurements.order_item_id (seed H): the purchase a reading came from; only the order's own patient
      -- cites it (the foreign key alone would accept any order item of the organization).
      ALTER TABLE public.measurements ADD CONSTRAINT measurements_order_item_fkey
        FOREIGN KEY (org_id, order_item_id) REFERENCES public.order_items (org_id, id);
      COMMENT ON COLUMN public.measurements.order_item_id IS 'order_items(id): an item of an order of the measurement''s patient';
      CREATE FUNCTION app_private.check_measurement_order_item() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
      BEGIN
        IF NEW.order_item_id IS NOT NULL AND NOT EXISTS (
             SELECT 1 FROM public.order_items i JOIN public.orders o ON o.org_id = i.org_id AND o.id = i.order_id
             WHERE i.id = NEW.order_item_id AND i.org_id = NEW.org_id AND o.patient_id = NEW.patient_id) THEN
          RAISE EXCEPTION 'The order item does not exist or is not visible to you.' USING ERRCODE = 'CB404';
        END IF;
        RETURN NEW;
      END
      $$;
      REVOKE ALL ON FUNCTION app_private.check_measurement_order_item() FROM PUBLIC;
      CREATE TRIGGER measurements_order_item_check BEFORE INSERT OR UPDATE OF order_item_id, patient_id ON public.measurements
        FOR EACH ROW EXECUTE FUNCTION app_private.check_measurement_order_item();

      -- Records a paid order in the payments module: an invoice (number order-<id>) settled by a payment, so
      -- that refunds go through public.refunds like every other refund.
      CREATE FUNCTION app_private.record_order_payment(p_order public.orders, p_method text, p_reference text)
        RETURNS uuid LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
      DECLARE
        v_invoice uuid;
        v_payment uuid;
      BEGIN
        INSERT INTO public.invoices (org_id, number, description, amount_due_minor, currency, created_by)
          VALUES (p_order.org_id, 'order-' || p_order.id, 'Order ' || p_order.id, p_order.total_amount, p_order.currency, auth.uid())
          RETURNING id INTO v_invoice;
        INSERT INTO public.payments (org_id, user_id, invoice_id, amount_minor, currency, method, external_reference, recorded_by)
          VALUES (p_order.org_id, p_order.patient_id, v_invoice, p_order.total_amount, p_order.currency, p_method, p_reference, auth.uid())
          RETURNING id INTO v_payment;
        RETURN v_payment;
      END
      $$;
      REVOKE ALL ON FUNCTION app_private.record_order_payment(public.orders, text, text) FROM PUBLIC;

      -- Checkout of the caller's cart. p_prescriptions: the prescriptions the caller presents (one per
      -- prescription-required product). p_currency, p_expected_total: what the client showed (NULL: none).
      CREATE FUNCTION app_private.checkout(
        p_method text, p_currency text, p_expected_total bigint, p_prescriptions uuid[],
        p_shipping jsonb, p_billing jsonb, p_hold_seconds integer)
        RETURNS uuid LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
      DECLARE
        v_org uuid := public.auth_org_id();
        v_uid uuid := auth.uid();
        v_order_id uuid := gen_random_uuid();
        v_order public.orders;
        v_line record;
        v_p public.products;
        v_rx public.prescriptions;
        v_products public.products[] := '{}';
        v_quantities integer[] := '{}';
        v_rxs uuid[] := '{}';
        v_total bigint := 0;
        v_currency text;
        v_wallet uuid;
        v_transfer uuid;
        i integer;
      BEGIN
        IF v_org IS NULL OR v_uid IS NULL OR auth.role() IS DISTINCT FROM 'authenticated' THEN
          RAISE EXCEPTION 'a signed-in member checks out' USING ERRCODE = 'CB403';
        END IF;
        IF p_method IS NULL OR p_method NOT IN ('wallet', 'stripe') THEN
          RAISE EXCEPTION 'unknown payment method' USING ERRCODE = 'CB400';
        END IF;
        -- Every prescription presented must be the caller's, in this organization (else it is not visible).
        IF EXISTS (SELECT 1 FROM unnest(coalesce(p_prescriptions, '{}')) x(id)
                   WHERE NOT EXISTS (SELECT 1 FROM public.prescriptions r
                                     WHERE r.id = x.id AND r.org_id = v_org AND r.patient_id = v_uid)) THEN
          RAISE EXCEPTION 'The prescription does not exist or is not visible to you.' USING ERRCODE = 'CB404';
        END IF;
        -- The organization's audit lock first (the lock order of every write), then rows in product id order.
        PERFORM pg_catalog.pg_advisory_xact_lock(app_private.audit_lock_key(v_org));
        FOR v_line IN
          SELECT c.product_id, c.quantity FROM public.cart_items c
          WHERE c.org_id = v_org AND c.patient_id = v_uid ORDER BY c.product_id
        LOOP
          -- The conditional update takes the stock only if it is there; a concurrent checkout that commits
          -- first is seen (READ COMMITTED re-reads the row), so stock never goes below zero.
          UPDATE public.products p SET inventory_count = p.inventory_count - v_line.quantity
            WHERE p.org_id = v_org AND p.id = v_line.product_id AND p.status = 'active' AND p.inventory_count >= v_line.quantity
            RETURNING * INTO v_p;
          IF v_p.id IS NULL THEN
            SELECT * INTO v_p FROM public.products p WHERE p.org_id = v_org AND p.id = v_line.product_id;
            IF v_p.status <> 'active' THEN
              RAISE EXCEPTION 'The product % is archived; remove it from the cart.', v_p.sku USING ERRCODE = 'CB422';
            END IF;
            RAISE EXCEPTION 'The product % has % left; the cart asks for %.', v_p.sku, v_p.inventory_count, v_line.quantity
              USING ERRCODE = 'CB409';
          END IF;
          IF v_currency IS NULL THEN
            v_currency := v_p.currency;
          ELSIF v_currency <> v_p.currency THEN
            RAISE EXCEPTION 'The cart mixes currencies (% and %); check them out separately.', v_currency, v_p.currency
              USING ERRCODE = 'CB422';
          END IF;
          v_rx := NULL;
          IF v_p.is_prescription_required THEN
            SELECT * INTO v_rx FROM public.prescriptions r
              WHERE r.id = ANY (coalesce(p_prescriptions, '{}')) AND r.org_id = v_org AND r.patient_id = v_uid
                AND r.product_id = v_p.id
              ORDER BY r.expires_at DESC LIMIT 1 FOR UPDATE;
            IF v_rx.id IS NULL THEN
              RAISE EXCEPTION 'The product % needs a prescription of yours.', v_p.sku USING ERRCODE = 'CB422';
            END IF;
            IF v_rx.expires_at <= now() THEN
              RAISE EXCEPTION 'The prescription for % has expired.', v_p.sku USING ERRCODE = 'CB422';
            END IF;
            IF v_rx.quantity - v_rx.quantity_used < v_line.quantity THEN
              RAISE EXCEPTION 'The prescription for % covers % more; the cart asks for %.', v_p.sku,
                v_rx.quantity - v_rx.quantity_used, v_line.quantity USING ERRCODE = 'CB422';
            END IF;
            UPDATE public.prescriptions SET quantity_used = quantity_used + v_line.quantity WHERE id = v_rx.id;
          END IF;
          v_products := v_products || v_p;
          v_quantities := v_quantities || v_line.quantity;
          v_rxs := v_rxs || v_rx.id;
          v_total := v_total + v_p.price * v_line.quantity;
        END LOOP;
        IF v_currency IS NULL THEN
          RAISE EXCEPTION 'The cart is empty.' USING ERRCODE = 'CB422';
        END IF;
        IF p_currency IS NOT NULL AND p_currency <> v_currency THEN
          RAISE EXCEPTION 'The order is in %, not %.', v_currency, p_currency USING ERRCODE = 'CB422';
        END IF;
        IF p_expected_total IS NOT NULL AND p_expected_total <> v_total THEN
          RAISE EXCEPTION 'The order total is % % (minor units), not the % expected.', v_total, v_currency, p_expected_total
            USING ERRCODE = 'CB409';
        END IF;
        IF p_method = 'wallet' THEN
          SELECT w.id INTO v_wallet FROM public.wallets w
            WHERE w.org_id = v_org AND w.user_id = v_uid AND w.kind = 'fiat' AND w.currency = v_currency;
          IF v_wallet IS NULL THEN
            RAISE EXCEPTION 'You have no wallet in % (the order''s currency).', v_currency USING ERRCODE = 'CB422';
          END IF;
          v_transfer := app_private.ledger_transfer(v_wallet, app_private.system_wallet(v_org, 'revenue', 'fiat', v_currency),
                                                    v_total, 'transfer', 'order:' || v_order_id);
        END IF;
        INSERT INTO public.orders (id, org_id, patient_id, status, total_amount, currency, shipping_address, billing_address,
                                   payment_method, payment_method_id, wallet_id, transfer_id, hold_expires_at)
          VALUES (v_order_id, v_org, v_uid, CASE p_method WHEN 'wallet' THEN 'paid' ELSE 'pending_payment' END, v_total,
                  v_currency, p_shipping, p_billing, p_method, v_wallet::text, v_wallet, v_transfer,
                  CASE p_method WHEN 'stripe' THEN
                    now() + make_interval(secs => greatest(60, least(coalesce(p_hold_seconds, 1800), 86400))) END)
          RETURNING * INTO v_order;
        FOR i IN 1 .. coalesce(array_length(v_products, 1), 0) LOOP
          INSERT INTO public.order_items (org_id, order_id, product_id, product_name, sku, quantity, price_per_unit, currency,
                                          batch_lot_info, prescription_id)
            VALUES (v_org, v_order_id, v_products[i].id, v_products[i].name, v_products[i].sku, v_quantities[i],
                    v_products[i].price, v_products[i].currency, v_products[i].batch_lot_info, v_rxs[i]);
        END LOOP;
        IF p_method = 'wallet' THEN
          UPDATE public.orders SET payment_id = app_private.record_order_payment(v_order, 'other', 'ledger:' || v_transfer)
            WHERE id = v_order_id;
        END IF;
        DELETE FROM public.cart_items c WHERE c.org_id = v_org AND c.patient_id = v_uid;
        RETURN v_order_id;
      END
      $$;
      REVOKE ALL ON FUNCTION app_private.checkout(text, text, bigint, uuid[], jsonb, jsonb, integer) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION app_private.checkout(text, text, bigint, uuid[], jsonb, jsonb, integer) TO authenticated;

      -- The state machine. pending_payment -> paid (by the payment: the webhook, never a person), cancelled;
      -- paid -> fulfilled, cancelled, refunded; fulfilled -> shipped, cancelled, refunded; shipped -> delivered,
      -- refunded; delivered -> refunded. Cancelling or refunding returns the stock and the prescription
      -- quantity; a paid order's money goes back through public.refunds (and, for the wallet, the ledger).
      CREATE FUNCTION app_private.order_transition() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
      DECLARE
        v_item record;
      BEGIN
        IF NEW.status = OLD.status THEN
          RETURN NEW;
        END IF;
        IF NOT ((OLD.status = 'pending_payment' AND NEW.status IN ('paid', 'cancelled'))
             OR (OLD.status = 'paid' AND NEW.status IN ('fulfilled', 'cancelled', 'refunded'))
             OR (OLD.status = 'fulfilled' AND NEW.status IN ('shipped', 'cancelled', 'refunded'))
             OR (OLD.status = 'shipped' AND NEW.status IN ('delivered', 'refunded'))
             OR (OLD.status = 'delivered' AND NEW.status = 'refunded')) THEN
          RAISE EXCEPTION 'an order cannot move from % to %', OLD.status, NEW.status USING ERRCODE = 'CB409';
        END IF;
        IF OLD.status = 'pending_payment' AND NEW.status = 'paid' AND NEW.payment_id IS NULL THEN
          RAISE EXCEPTION 'a pending order becomes paid only by its payment' USING ERRCODE = 'CB409';
        END IF;
        IF NEW.status IN ('cancelled', 'refunded') THEN
          FOR v_item IN SELECT i.product_id, i.quantity, i.prescription_id FROM public.order_items i
                        WHERE i.org_id = OLD.org_id AND i.order_id = OLD.id ORDER BY i.product_id LOOP
            UPDATE public.products SET inventory_count = inventory_count + v_item.quantity
              WHERE org_id = OLD.org_id AND id = v_item.product_id;
            IF v_item.prescription_id IS NOT NULL THEN
              UPDATE public.prescriptions SET quantity_used = greatest(0, quantity_used - v_item.quantity)
                WHERE org_id = OLD.org_id AND id = v_item.prescription_id;
            END IF;
          END LOOP;
          NEW.hold_expires_at := NULL;
          IF OLD.payment_id IS NOT NULL THEN
            INSERT INTO public.refunds (org_id, payment_id, user_id, amount_minor, currency, reason, created_by)
              VALUES (OLD.org_id, OLD.payment_id, OLD.patient_id, OLD.total_amount, OLD.currency,
                      'order ' || OLD.id || ' ' || NEW.status, auth.uid());
            IF OLD.payment_method = 'wallet' THEN
              PERFORM app_private.ledger_transfer(
                app_private.system_wallet(OLD.org_id, 'revenue', 'fiat', OLD.currency), OLD.wallet_id,
                OLD.total_amount, 'transfer', 'order-refund:' || OLD.id);
            END IF;
          END IF;
        END IF;
        RETURN NEW;
      END
      $$;
      REVOKE ALL ON FUNCTION app_private.order_transition() FROM PUBLIC;
      CREATE TRIGGER orders_transition BEFORE UPDATE ON public.orders
        FOR EACH ROW EXECUTE FUNCTION app_private.order_transition();

      -- The Stripe webhook confirms a pending order (payment_intent.succeeded with metadata.order_id): the
      -- amount and currency must be the order's. Answers whether it was applied.
      CREATE FUNCTION app_private.confirm_order_payment(p_org uuid, p_order uuid, p_intent text, p_amount bigint, p_currency text)
        RETURNS boolean LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
      DECLARE
        v_order public.orders;
      BEGIN
        SELECT * INTO v_order FROM public.orders o WHERE o.org_id = p_org AND o.id = p_order FOR UPDATE;
        IF v_order.id IS NULL OR v_order.status <> 'pending_payment' OR v_order.payment_method <> 'stripe'
           OR v_order.total_amount <> p_amount OR v_order.currency <> upper(p_currency) THEN
          RETURN false;
        END IF;
        UPDATE public.orders SET status = 'paid', payment_method_id = p_intent, hold_expires_at = NULL,
            payment_id = app_private.record_order_payment(v_order, 'card', p_intent)
          WHERE id = v_order.id;
        RETURN true;
      END
      $$;
      REVOKE ALL ON FUNCTION app_private.confirm_order_payment(uuid, uuid, text, bigint, text) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION app_private.confirm_order_payment(uuid, uuid, text, bigint, text) TO service_role;

      -- The scheduled job: pending Stripe orders past their hold are cancelled (the transition returns the stock).
      CREATE FUNCTION app_private.release_expired_order_holds(p_limit integer DEFAULT 1000)
        RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
      DECLARE
        v_n integer;
      BEGIN
        WITH due AS (
          SELECT o.id FROM public.orders o
          WHERE o.status = 'pending_payment' AND o.hold_expires_at <= now()
          ORDER BY o.hold_expires_at LIMIT p_limit FOR UPDATE SKIP LOCKED)
        UPDATE public.orders o SET status = 'cancelled' FROM due WHERE o.id = due.id;
        GET DIAGNOSTICS v_n = ROW_COUNT;
        RETURN v_n;
      END
      $$;
      REVOKE ALL ON FUNCTION app_private.release_expired_order_holds(integer) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION app_private.release_expired_order_holds(integer) TO service_role;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP FUNCTION IF EXISTS app_private.release_expired_order_holds(integer);
      DROP FUNCTION IF EXISTS app_private.confirm_order_payment(uuid, uuid, text, bigint, text);
      DROP TRIGGER IF EXISTS orders_transition ON public.orders;
      DROP FUNCTION IF EXISTS app_private.order_transition();
      DROP FUNCTION IF EXISTS app_private.checkout(text, text, bigint, uuid[], jsonb, jsonb, integer);
      DROP FUNCTION IF EXISTS app_private.record_order_payment(public.orders, text, text);
      DROP TRIGGER IF EXISTS measurements_order_item_check ON public.measurements;
      DROP FUNCTION IF EXISTS app_private.check_measurement_order_item();
      COMMENT ON COLUMN public.measurements.order_item_id IS 'order_items(id); the foreign key arrives with the commerce migration';
      ALTER TABLE public.measurements DROP CONSTRAINT IF EXISTS measurements_order_item_fkey;
      DROP POLICY IF EXISTS order_items_select_order ON public.order_items; -- it reads orders
      DROP TABLE IF EXISTS public.order_items;
      DROP TABLE IF EXISTS public.orders;
      DROP TABLE IF EXISTS public.prescriptions;
      DROP FUNCTION IF EXISTS app_private.prescriber_for(uuid);
      DROP TABLE IF EXISTS public.cart_items;
      DROP TABLE IF EXISTS public.products;
      ALTER TABLE public.wallets DROP CONSTRAINT wallets_system_account_check,
        ADD CONSTRAINT wallets_system_account_check CHECK (system_account IN ('external', 'withdrawals'));
    `);
  }
}
