import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableRls, serviceGrant, tenantTriggers } from './helpers';

/**
 * The payments module: wallets and their append-only double-entry ledger (transactions), crypto
 * withdrawals with holds, invoices, fiat and crypto payments, refunds, the Stripe billing tables and the
 * idempotency keys of money-moving requests.
 *
 * Money: fiat amounts are integer minor units (bigint) with an ISO 4217 code; crypto amounts are exact
 * decimals (numeric(18,8)). A wallet holds one currency; its amounts are minor units for fiat (a CHECK
 * keeps them whole) and 1e-8 units for crypto. Balances change only inside the definer functions below,
 * which lock the wallet rows, write balanced entries and update the cached balance in one transaction.
 */
export class Payments1763902000000 implements MigrationInterface {
  name = 'Payments1763902000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- Seed L's enum WithdrawalStatus, named in Postgres style.
      CREATE TYPE public.withdrawal_status AS ENUM ('PENDING', 'APPROVED', 'REJECTED', 'COMPLETED');

      -- Money records (wallets, entries, payments, refunds, withdrawals) outlive memberships: their user_id
      -- is checked against users_roles when they are written, not by a foreign key that would either block
      -- offboarding a member or cascade-delete financial history.

      -- wallets: one currency each. User wallets belong to a member; system wallets (user_id NULL) are the
      -- organization's counter-accounts: 'external' (money coming in from outside) and 'withdrawals'
      -- (money that left through completed withdrawals). Only system wallets may go negative.
      CREATE TABLE public.wallets (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL DEFAULT public.auth_org_id() REFERENCES public.organizations (id) ON DELETE RESTRICT,
        user_id uuid,
        system_account text CHECK (system_account IN ('external', 'withdrawals')),
        kind text NOT NULL CHECK (kind IN ('fiat', 'crypto')),
        currency text NOT NULL,
        balance numeric(30, 8) NOT NULL DEFAULT 0,
        held numeric(30, 8) NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT wallets_org_id_id_key UNIQUE (org_id, id),
        CONSTRAINT wallets_owner_check CHECK ((user_id IS NULL) <> (system_account IS NULL)),
        CONSTRAINT wallets_currency_check CHECK (
          CASE kind WHEN 'fiat' THEN currency ~ '^[A-Z]{3}$' ELSE currency ~ '^[A-Z0-9]{2,10}$' END),
        CONSTRAINT wallets_fiat_minor_units CHECK (kind = 'crypto' OR (balance = trunc(balance) AND held = trunc(held))),
        CONSTRAINT wallets_user_funds CHECK (user_id IS NULL OR (held >= 0 AND balance >= held)),
        CONSTRAINT wallets_system_no_hold CHECK (user_id IS NOT NULL OR held = 0)
      );
      CREATE UNIQUE INDEX wallets_user_currency_key ON public.wallets (org_id, user_id, currency) WHERE user_id IS NOT NULL;
      CREATE UNIQUE INDEX wallets_system_key ON public.wallets (org_id, system_account, kind, currency) WHERE system_account IS NOT NULL;
      CREATE INDEX wallets_user_id_idx ON public.wallets (user_id);
      ${enableRls('wallets')}
      ${tenantTriggers('wallets')}
      CREATE POLICY wallets_select_own ON public.wallets FOR SELECT TO authenticated
        USING (user_id = (SELECT auth.uid()) AND org_id = (SELECT public.auth_org_id()));
      -- No INSERT/UPDATE/DELETE for any API role: wallets are opened by open_wallet() and their balance
      -- columns are written only by the ledger functions.
      GRANT SELECT ON public.wallets TO authenticated, service_role;

      -- transactions: the ledger. Every transfer is two entries (one negative, one positive) that sum to
      -- zero; a wallet's balance is the sum of its entries. Append-only for everyone, the owner included.
      CREATE TABLE public.transactions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL DEFAULT public.auth_org_id() REFERENCES public.organizations (id) ON DELETE RESTRICT,
        transfer_id uuid NOT NULL,
        wallet_id uuid NOT NULL,
        user_id uuid,
        kind text NOT NULL CHECK (kind IN ('credit', 'transfer', 'withdrawal')),
        amount numeric(30, 8) NOT NULL CHECK (amount <> 0),
        currency text NOT NULL,
        balance_after numeric(30, 8) NOT NULL,
        reference text CHECK (length(reference) <= 200),
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT transactions_wallet_fkey FOREIGN KEY (org_id, wallet_id) REFERENCES public.wallets (org_id, id)
      );
      CREATE INDEX transactions_wallet_created_idx ON public.transactions (wallet_id, created_at DESC, id DESC);
      CREATE INDEX transactions_user_id_idx ON public.transactions (user_id);
      CREATE INDEX transactions_org_transfer_idx ON public.transactions (org_id, transfer_id);
      ${enableRls('transactions')}
      ${tenantTriggers('transactions', { updatedAt: false })}
      CREATE POLICY transactions_select_own ON public.transactions FOR SELECT TO authenticated
        USING (user_id = (SELECT auth.uid()) AND org_id = (SELECT public.auth_org_id()));
      GRANT SELECT ON public.transactions TO authenticated, service_role;
      CREATE FUNCTION app_private.transactions_append_only() RETURNS trigger LANGUAGE plpgsql SET search_path = '' AS $$
      BEGIN
        RAISE EXCEPTION 'ledger entries are append-only' USING ERRCODE = 'CB409';
      END
      $$;
      REVOKE ALL ON FUNCTION app_private.transactions_append_only() FROM PUBLIC;
      CREATE TRIGGER transactions_append_only BEFORE UPDATE OR DELETE ON public.transactions
        FOR EACH ROW EXECUTE FUNCTION app_private.transactions_append_only();
      CREATE TRIGGER transactions_no_truncate BEFORE TRUNCATE ON public.transactions
        FOR EACH STATEMENT EXECUTE FUNCTION app_private.transactions_append_only();

      -- The organization's counter-account for a currency, created on first use.
      CREATE FUNCTION app_private.system_wallet(p_org uuid, p_account text, p_kind text, p_currency text)
        RETURNS uuid LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
      DECLARE
        v_id uuid;
      BEGIN
        SELECT w.id INTO v_id FROM public.wallets w
          WHERE w.org_id = p_org AND w.system_account = p_account AND w.kind = p_kind AND w.currency = p_currency;
        IF v_id IS NULL THEN
          INSERT INTO public.wallets (org_id, system_account, kind, currency) VALUES (p_org, p_account, p_kind, p_currency)
            ON CONFLICT DO NOTHING RETURNING id INTO v_id;
          IF v_id IS NULL THEN
            SELECT w.id INTO v_id FROM public.wallets w
              WHERE w.org_id = p_org AND w.system_account = p_account AND w.kind = p_kind AND w.currency = p_currency;
          END IF;
        END IF;
        RETURN v_id;
      END
      $$;
      REVOKE ALL ON FUNCTION app_private.system_wallet(uuid, text, text, text) FROM PUBLIC;

      -- The one writer of the ledger: moves p_amount from one wallet to another of the same organization,
      -- kind and currency. Both wallet rows are locked (in id order, so concurrent transfers cannot
      -- deadlock); a user wallet may not go below its held amount; two balanced entries are written and
      -- both cached balances updated in the same transaction.
      CREATE FUNCTION app_private.ledger_transfer(p_from uuid, p_to uuid, p_amount numeric, p_kind text, p_reference text)
        RETURNS uuid LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
      DECLARE
        v_from public.wallets;
        v_to public.wallets;
        v_transfer uuid := gen_random_uuid();
        v_from_after numeric;
        v_to_after numeric;
      BEGIN
        IF p_amount IS NULL OR p_amount <= 0 OR p_amount <> round(p_amount, 8) THEN
          RAISE EXCEPTION 'the amount must be positive with at most 8 decimals' USING ERRCODE = 'CB400';
        END IF;
        IF p_from = p_to THEN
          RAISE EXCEPTION 'a transfer needs two different wallets' USING ERRCODE = 'CB400';
        END IF;
        PERFORM 1 FROM public.wallets w WHERE w.id IN (p_from, p_to) ORDER BY w.id FOR UPDATE;
        SELECT * INTO v_from FROM public.wallets w WHERE w.id = p_from;
        SELECT * INTO v_to FROM public.wallets w WHERE w.id = p_to;
        IF v_from.id IS NULL OR v_to.id IS NULL THEN
          RAISE EXCEPTION 'wallet not found' USING ERRCODE = 'CB404';
        END IF;
        IF v_from.org_id <> v_to.org_id OR v_from.kind <> v_to.kind OR v_from.currency <> v_to.currency THEN
          RAISE EXCEPTION 'a transfer stays within one organization and one currency' USING ERRCODE = 'CB422';
        END IF;
        IF v_from.kind = 'fiat' AND p_amount <> trunc(p_amount) THEN
          RAISE EXCEPTION 'fiat amounts are whole minor units' USING ERRCODE = 'CB400';
        END IF;
        IF v_from.user_id IS NOT NULL AND v_from.balance - v_from.held < p_amount THEN
          RAISE EXCEPTION 'the available balance is insufficient' USING ERRCODE = 'CB409';
        END IF;
        UPDATE public.wallets SET balance = balance - p_amount WHERE id = p_from RETURNING balance INTO v_from_after;
        UPDATE public.wallets SET balance = balance + p_amount WHERE id = p_to RETURNING balance INTO v_to_after;
        INSERT INTO public.transactions (org_id, transfer_id, wallet_id, user_id, kind, amount, currency, balance_after, reference, created_by)
        VALUES (v_from.org_id, v_transfer, p_from, v_from.user_id, p_kind, -p_amount, v_from.currency, v_from_after, p_reference, auth.uid()),
               (v_to.org_id, v_transfer, p_to, v_to.user_id, p_kind, p_amount, v_to.currency, v_to_after, p_reference, auth.uid());
        RETURN v_transfer;
      END
      $$;
      REVOKE ALL ON FUNCTION app_private.ledger_transfer(uuid, uuid, numeric, text, text) FROM PUBLIC;
      -- Jobs (and the throughput bench) move money between wallets as the service.
      GRANT EXECUTE ON FUNCTION app_private.ledger_transfer(uuid, uuid, numeric, text, text) TO service_role;

      -- A member opens a wallet for themselves; an admin may open one for a member of the organization.
      CREATE FUNCTION app_private.open_wallet(p_kind text, p_currency text, p_user uuid)
        RETURNS uuid LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
      DECLARE
        v_org uuid := public.auth_org_id();
        v_uid uuid := auth.uid();
        v_target uuid := coalesce(p_user, auth.uid());
        v_id uuid;
      BEGIN
        IF v_org IS NULL OR v_uid IS NULL THEN
          RAISE EXCEPTION 'a signed-in member opens wallets' USING ERRCODE = 'CB403';
        END IF;
        IF v_target <> v_uid AND auth.app_role() IS DISTINCT FROM 'admin' THEN
          RAISE EXCEPTION 'only an admin opens wallets for other members' USING ERRCODE = 'CB403';
        END IF;
        IF NOT EXISTS (SELECT 1 FROM public.users_roles m WHERE m.org_id = v_org AND m.user_id = v_target) THEN
          RAISE EXCEPTION 'the member does not exist or is not visible to you' USING ERRCODE = 'CB404';
        END IF;
        INSERT INTO public.wallets (org_id, user_id, kind, currency) VALUES (v_org, v_target, p_kind, p_currency)
          ON CONFLICT DO NOTHING RETURNING id INTO v_id;
        IF v_id IS NULL THEN
          RAISE EXCEPTION 'the member already has a wallet in this currency' USING ERRCODE = 'CB409';
        END IF;
        RETURN v_id;
      END
      $$;
      REVOKE ALL ON FUNCTION app_private.open_wallet(text, text, uuid) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION app_private.open_wallet(text, text, uuid) TO authenticated;

      -- An admin funds a member's wallet from the organization's external account (deposits, tests, ops).
      CREATE FUNCTION app_private.credit_wallet(p_wallet uuid, p_amount numeric, p_reference text)
        RETURNS TABLE (transfer_id uuid, balance numeric, held numeric)
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
      DECLARE
        v_org uuid := public.auth_org_id();
        v_w public.wallets;
        v_transfer uuid;
      BEGIN
        IF v_org IS NULL OR auth.app_role() IS DISTINCT FROM 'admin' THEN
          RAISE EXCEPTION 'only an organization admin credits wallets' USING ERRCODE = 'CB403';
        END IF;
        SELECT * INTO v_w FROM public.wallets w WHERE w.id = p_wallet AND w.org_id = v_org AND w.user_id IS NOT NULL;
        IF v_w.id IS NULL THEN
          RAISE EXCEPTION 'The wallet does not exist or is not visible to you.' USING ERRCODE = 'CB404';
        END IF;
        v_transfer := app_private.ledger_transfer(
          app_private.system_wallet(v_org, 'external', v_w.kind, v_w.currency), p_wallet, p_amount, 'credit', p_reference);
        RETURN QUERY SELECT v_transfer, w.balance, w.held FROM public.wallets w WHERE w.id = p_wallet;
      END
      $$;
      REVOKE ALL ON FUNCTION app_private.credit_wallet(uuid, numeric, text) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION app_private.credit_wallet(uuid, numeric, text) TO authenticated;

      -- crypto_withdrawals (seeds 000/001): the owner requests (PENDING; the amount is held on the wallet),
      -- never changes or deletes it; an admin approves or rejects (releasing the hold); completion settles
      -- it through the ledger.
      CREATE TABLE public.crypto_withdrawals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL DEFAULT public.auth_org_id() REFERENCES public.organizations (id) ON DELETE RESTRICT,
        user_id uuid NOT NULL DEFAULT auth.uid(),
        wallet_id uuid NOT NULL,
        amount numeric(18, 8) NOT NULL CHECK (amount > 0),
        currency text NOT NULL CHECK (currency ~ '^[A-Z0-9]{2,10}$'),
        destination_address text NOT NULL CHECK (length(destination_address) BETWEEN 1 AND 200),
        network text CHECK (length(network) BETWEEN 1 AND 50),
        status public.withdrawal_status NOT NULL DEFAULT 'PENDING',
        reviewed_by uuid,
        reviewed_at timestamptz,
        completed_at timestamptz,
        tx_hash text CHECK (length(tx_hash) BETWEEN 1 AND 200),
        transfer_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT crypto_withdrawals_wallet_fkey FOREIGN KEY (org_id, wallet_id) REFERENCES public.wallets (org_id, id)
      );
      CREATE INDEX crypto_withdrawals_user_idx ON public.crypto_withdrawals (user_id, created_at DESC);
      CREATE INDEX crypto_withdrawals_org_status_idx ON public.crypto_withdrawals (org_id, status, created_at DESC);
      CREATE INDEX crypto_withdrawals_wallet_idx ON public.crypto_withdrawals (wallet_id) WHERE status IN ('PENDING', 'APPROVED');
      ${enableRls('crypto_withdrawals')}
      ${tenantTriggers('crypto_withdrawals')}
      CREATE POLICY crypto_withdrawals_select_own ON public.crypto_withdrawals FOR SELECT TO authenticated
        USING (user_id = (SELECT auth.uid()) AND org_id = (SELECT public.auth_org_id()));
      CREATE POLICY crypto_withdrawals_select_admin ON public.crypto_withdrawals FOR SELECT TO authenticated
        USING (org_id = (SELECT public.auth_org_id()) AND (SELECT auth.app_role()) = 'admin');
      CREATE POLICY crypto_withdrawals_insert_own ON public.crypto_withdrawals FOR INSERT TO authenticated
        WITH CHECK (user_id = (SELECT auth.uid()) AND org_id = (SELECT public.auth_org_id()) AND status = 'PENDING');
      -- Immutable to their owner: there is no UPDATE or DELETE policy for them. Admins move the status.
      CREATE POLICY crypto_withdrawals_update_admin ON public.crypto_withdrawals FOR UPDATE TO authenticated
        USING (org_id = (SELECT public.auth_org_id()) AND (SELECT auth.app_role()) = 'admin')
        WITH CHECK (org_id = (SELECT public.auth_org_id()) AND (SELECT auth.app_role()) = 'admin');
      GRANT SELECT ON public.crypto_withdrawals TO authenticated, service_role;
      GRANT INSERT (wallet_id, amount, destination_address, network) ON public.crypto_withdrawals TO authenticated;
      GRANT UPDATE (status, tx_hash) ON public.crypto_withdrawals TO authenticated;

      -- The hold: under the wallet's row lock, the available balance (balance - held) must cover the
      -- amount, which is then added to held. Concurrent requests queue on the lock, so none overdraws.
      CREATE FUNCTION app_private.crypto_withdrawal_hold() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
      DECLARE
        v_w public.wallets;
      BEGIN
        SELECT * INTO v_w FROM public.wallets w WHERE w.id = NEW.wallet_id FOR UPDATE;
        IF v_w.id IS NULL OR v_w.user_id IS DISTINCT FROM NEW.user_id OR v_w.org_id <> NEW.org_id THEN
          RAISE EXCEPTION 'a withdrawal comes from a wallet of its requester' USING ERRCODE = '42501';
        END IF;
        IF NEW.status <> 'PENDING' THEN
          RAISE EXCEPTION 'a withdrawal starts PENDING' USING ERRCODE = '42501';
        END IF;
        IF v_w.kind <> 'crypto' THEN
          RAISE EXCEPTION 'crypto withdrawals come from crypto wallets' USING ERRCODE = 'CB422';
        END IF;
        IF NEW.currency IS NOT NULL AND NEW.currency <> v_w.currency THEN
          RAISE EXCEPTION 'the currency must be the wallet''s' USING ERRCODE = 'CB422';
        END IF;
        NEW.currency := v_w.currency;
        IF v_w.balance - v_w.held < NEW.amount THEN
          RAISE EXCEPTION 'the available balance is insufficient' USING ERRCODE = 'CB409';
        END IF;
        UPDATE public.wallets SET held = held + NEW.amount WHERE id = v_w.id;
        RETURN NEW;
      END
      $$;
      REVOKE ALL ON FUNCTION app_private.crypto_withdrawal_hold() FROM PUBLIC;
      CREATE TRIGGER crypto_withdrawals_hold BEFORE INSERT ON public.crypto_withdrawals
        FOR EACH ROW EXECUTE FUNCTION app_private.crypto_withdrawal_hold();

      -- Status transitions: PENDING -> APPROVED | REJECTED, APPROVED -> COMPLETED | REJECTED. Rejecting
      -- releases the hold; completing releases it and debits the wallet through the ledger. Nobody
      -- approves or completes their own withdrawal.
      CREATE FUNCTION app_private.crypto_withdrawal_transition() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
      DECLARE
        v_w public.wallets;
      BEGIN
        IF NEW.status = OLD.status THEN
          -- Only an APPROVED withdrawal may be touched without moving (to record its tx_hash).
          IF OLD.status = 'APPROVED' AND NEW.tx_hash IS DISTINCT FROM OLD.tx_hash THEN
            RETURN NEW;
          END IF;
          RAISE EXCEPTION 'the withdrawal is already %', OLD.status USING ERRCODE = 'CB409';
        END IF;
        IF NOT ((OLD.status = 'PENDING' AND NEW.status IN ('APPROVED', 'REJECTED'))
             OR (OLD.status = 'APPROVED' AND NEW.status IN ('COMPLETED', 'REJECTED'))) THEN
          RAISE EXCEPTION 'a withdrawal cannot move from % to %', OLD.status, NEW.status USING ERRCODE = 'CB409';
        END IF;
        IF NEW.status IN ('APPROVED', 'COMPLETED') AND OLD.user_id = auth.uid() THEN
          RAISE EXCEPTION 'nobody approves or completes their own withdrawal' USING ERRCODE = 'CB403';
        END IF;
        SELECT * INTO v_w FROM public.wallets w WHERE w.id = OLD.wallet_id FOR UPDATE;
        IF NEW.status IN ('REJECTED', 'COMPLETED') THEN
          UPDATE public.wallets SET held = held - OLD.amount WHERE id = OLD.wallet_id;
        END IF;
        IF NEW.status = 'COMPLETED' THEN
          NEW.transfer_id := app_private.ledger_transfer(
            OLD.wallet_id, app_private.system_wallet(OLD.org_id, 'withdrawals', v_w.kind, v_w.currency),
            OLD.amount, 'withdrawal', 'crypto_withdrawal:' || OLD.id);
          NEW.completed_at := now();
        ELSE
          NEW.reviewed_by := auth.uid();
          NEW.reviewed_at := now();
        END IF;
        RETURN NEW;
      END
      $$;
      REVOKE ALL ON FUNCTION app_private.crypto_withdrawal_transition() FROM PUBLIC;
      CREATE TRIGGER crypto_withdrawals_transition BEFORE UPDATE ON public.crypto_withdrawals
        FOR EACH ROW EXECUTE FUNCTION app_private.crypto_withdrawal_transition();

      -- invoices: admins manage them; a payer reads those that their payments settle (the catalog's
      -- relationship). Never deleted: an unpaid invoice is voided instead.
      CREATE TABLE public.invoices (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL DEFAULT public.auth_org_id() REFERENCES public.organizations (id) ON DELETE RESTRICT,
        number text NOT NULL CHECK (length(number) BETWEEN 1 AND 64),
        description text CHECK (length(description) <= 1000),
        amount_due_minor bigint NOT NULL CHECK (amount_due_minor > 0),
        amount_paid_minor bigint NOT NULL DEFAULT 0 CHECK (amount_paid_minor >= 0),
        currency char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'paid', 'void')),
        due_at timestamptz,
        created_by uuid DEFAULT auth.uid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT invoices_org_id_id_key UNIQUE (org_id, id),
        CONSTRAINT invoices_org_number_key UNIQUE (org_id, number),
        CONSTRAINT invoices_not_overpaid CHECK (amount_paid_minor <= amount_due_minor),
        CONSTRAINT invoices_paid_status CHECK (status = 'void' OR (status = 'paid') = (amount_paid_minor = amount_due_minor)),
        CONSTRAINT invoices_void_unpaid CHECK (status <> 'void' OR amount_paid_minor = 0)
      );
      ${enableRls('invoices')}
      ${tenantTriggers('invoices')}

      -- payments: fiat, recorded by an admin against an invoice; the payer reads their own.
      CREATE TABLE public.payments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL DEFAULT public.auth_org_id() REFERENCES public.organizations (id) ON DELETE RESTRICT,
        user_id uuid NOT NULL,
        invoice_id uuid NOT NULL,
        amount_minor bigint NOT NULL CHECK (amount_minor > 0),
        currency char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
        refunded_minor bigint NOT NULL DEFAULT 0 CHECK (refunded_minor >= 0),
        status text NOT NULL DEFAULT 'succeeded' CHECK (status IN ('succeeded', 'partially_refunded', 'refunded')),
        method text NOT NULL DEFAULT 'card' CHECK (method IN ('card', 'bank_transfer', 'cash', 'other')),
        external_reference text CHECK (length(external_reference) <= 200),
        recorded_by uuid DEFAULT auth.uid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT payments_org_id_id_key UNIQUE (org_id, id),
        CONSTRAINT payments_refunds_within CHECK (refunded_minor <= amount_minor),
        CONSTRAINT payments_invoice_fkey FOREIGN KEY (org_id, invoice_id) REFERENCES public.invoices (org_id, id)
      );
      CREATE INDEX payments_user_idx ON public.payments (user_id, created_at DESC);
      CREATE INDEX payments_invoice_idx ON public.payments (invoice_id);
      ${enableRls('payments')}
      ${tenantTriggers('payments')}
      CREATE POLICY payments_select_own ON public.payments FOR SELECT TO authenticated
        USING (user_id = (SELECT auth.uid()) AND org_id = (SELECT public.auth_org_id()));
      CREATE POLICY payments_select_admin ON public.payments FOR SELECT TO authenticated
        USING (org_id = (SELECT public.auth_org_id()) AND (SELECT auth.app_role()) = 'admin');
      CREATE POLICY payments_insert_admin ON public.payments FOR INSERT TO authenticated
        WITH CHECK (org_id = (SELECT public.auth_org_id()) AND (SELECT auth.app_role()) = 'admin');
      GRANT SELECT ON public.payments TO authenticated, service_role;
      GRANT INSERT (user_id, invoice_id, amount_minor, currency, method, external_reference) ON public.payments TO authenticated;

      -- crypto_payments: an exact crypto amount; when it settles an invoice, credited_minor is the value
      -- credited to it in the invoice's currency (at the rate the recorder quoted).
      CREATE TABLE public.crypto_payments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL DEFAULT public.auth_org_id() REFERENCES public.organizations (id) ON DELETE RESTRICT,
        user_id uuid NOT NULL,
        invoice_id uuid,
        amount numeric(18, 8) NOT NULL CHECK (amount > 0),
        currency text NOT NULL CHECK (currency ~ '^[A-Z0-9]{2,10}$'),
        network text CHECK (length(network) BETWEEN 1 AND 50),
        tx_hash text NOT NULL CHECK (length(tx_hash) BETWEEN 1 AND 200),
        credited_minor bigint CHECK (credited_minor > 0),
        status text NOT NULL DEFAULT 'confirmed' CHECK (status IN ('confirmed')),
        recorded_by uuid DEFAULT auth.uid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT crypto_payments_invoice_credit CHECK ((invoice_id IS NULL) = (credited_minor IS NULL)),
        CONSTRAINT crypto_payments_invoice_fkey FOREIGN KEY (org_id, invoice_id) REFERENCES public.invoices (org_id, id)
      );
      CREATE UNIQUE INDEX crypto_payments_tx_key ON public.crypto_payments (org_id, currency, tx_hash);
      CREATE INDEX crypto_payments_user_idx ON public.crypto_payments (user_id, created_at DESC);
      CREATE INDEX crypto_payments_invoice_idx ON public.crypto_payments (invoice_id);
      ${enableRls('crypto_payments')}
      ${tenantTriggers('crypto_payments')}
      CREATE POLICY crypto_payments_select_own ON public.crypto_payments FOR SELECT TO authenticated
        USING (user_id = (SELECT auth.uid()) AND org_id = (SELECT public.auth_org_id()));
      CREATE POLICY crypto_payments_select_admin ON public.crypto_payments FOR SELECT TO authenticated
        USING (org_id = (SELECT public.auth_org_id()) AND (SELECT auth.app_role()) = 'admin');
      CREATE POLICY crypto_payments_insert_admin ON public.crypto_payments FOR INSERT TO authenticated
        WITH CHECK (org_id = (SELECT public.auth_org_id()) AND (SELECT auth.app_role()) = 'admin');
      GRANT SELECT ON public.crypto_payments TO authenticated, service_role;
      GRANT INSERT (user_id, invoice_id, amount, currency, network, tx_hash, credited_minor) ON public.crypto_payments TO authenticated;

      CREATE POLICY invoices_select_payer ON public.invoices FOR SELECT TO authenticated
        USING (org_id = (SELECT public.auth_org_id())
               AND (id IN (SELECT p.invoice_id FROM public.payments p WHERE p.user_id = (SELECT auth.uid()))
                    OR id IN (SELECT c.invoice_id FROM public.crypto_payments c WHERE c.user_id = (SELECT auth.uid()))));
      CREATE POLICY invoices_select_admin ON public.invoices FOR SELECT TO authenticated
        USING (org_id = (SELECT public.auth_org_id()) AND (SELECT auth.app_role()) = 'admin');
      CREATE POLICY invoices_insert_admin ON public.invoices FOR INSERT TO authenticated
        WITH CHECK (org_id = (SELECT public.auth_org_id()) AND (SELECT auth.app_role()) = 'admin');
      CREATE POLICY invoices_update_admin ON public.invoices FOR UPDATE TO authenticated
        USING (org_id = (SELECT public.auth_org_id()) AND (SELECT auth.app_role()) = 'admin')
        WITH CHECK (org_id = (SELECT public.auth_org_id()) AND (SELECT auth.app_role()) = 'admin');
      GRANT SELECT ON public.invoices TO authenticated, service_role;
      GRANT INSERT (number, description, amount_due_minor, currency, due_at) ON public.invoices TO authenticated;
      GRANT UPDATE (description, due_at, status) ON public.invoices TO authenticated;

      -- A payment settles (part of) an open invoice, under the invoice's row lock: same currency for fiat,
      -- never more than is still due. The payer must be a member of the organization.
      CREATE FUNCTION app_private.apply_invoice_payment() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
      DECLARE
        v_inv public.invoices;
        v_amount bigint;
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM public.users_roles m WHERE m.org_id = NEW.org_id AND m.user_id = NEW.user_id) THEN
          RAISE EXCEPTION 'The payer is not a member of the organization.' USING ERRCODE = 'CB404';
        END IF;
        IF NEW.invoice_id IS NULL THEN
          RETURN NEW;
        END IF;
        SELECT * INTO v_inv FROM public.invoices i WHERE i.id = NEW.invoice_id AND i.org_id = NEW.org_id FOR UPDATE;
        IF v_inv.id IS NULL THEN
          RAISE EXCEPTION 'The invoice does not exist or is not visible to you.' USING ERRCODE = 'CB404';
        END IF;
        IF v_inv.status <> 'open' THEN
          RAISE EXCEPTION 'the invoice is %', v_inv.status USING ERRCODE = 'CB409';
        END IF;
        IF TG_TABLE_NAME = 'payments' THEN
          IF NEW.currency <> v_inv.currency THEN
            RAISE EXCEPTION 'the payment currency must be the invoice''s (%)', v_inv.currency USING ERRCODE = 'CB422';
          END IF;
          v_amount := NEW.amount_minor;
        ELSE
          v_amount := NEW.credited_minor;
        END IF;
        IF v_inv.amount_paid_minor + v_amount > v_inv.amount_due_minor THEN
          RAISE EXCEPTION 'the payment exceeds what is due on the invoice' USING ERRCODE = 'CB409';
        END IF;
        UPDATE public.invoices SET amount_paid_minor = amount_paid_minor + v_amount,
          status = CASE WHEN amount_paid_minor + v_amount = amount_due_minor THEN 'paid' ELSE status END
          WHERE id = v_inv.id;
        RETURN NEW;
      END
      $$;
      REVOKE ALL ON FUNCTION app_private.apply_invoice_payment() FROM PUBLIC;
      CREATE TRIGGER payments_apply_invoice BEFORE INSERT ON public.payments
        FOR EACH ROW EXECUTE FUNCTION app_private.apply_invoice_payment();
      CREATE TRIGGER crypto_payments_apply_invoice BEFORE INSERT ON public.crypto_payments
        FOR EACH ROW EXECUTE FUNCTION app_private.apply_invoice_payment();

      -- refunds: an admin refunds (part of) a payment; the payer reads their own. The total refunded never
      -- exceeds the payment: checked and accumulated under the payment's row lock.
      CREATE TABLE public.refunds (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL DEFAULT public.auth_org_id() REFERENCES public.organizations (id) ON DELETE RESTRICT,
        payment_id uuid NOT NULL,
        user_id uuid NOT NULL,
        amount_minor bigint NOT NULL CHECK (amount_minor > 0),
        currency char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
        reason text CHECK (length(reason) <= 500),
        created_by uuid DEFAULT auth.uid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT refunds_payment_fkey FOREIGN KEY (org_id, payment_id) REFERENCES public.payments (org_id, id)
      );
      CREATE INDEX refunds_payment_idx ON public.refunds (payment_id);
      CREATE INDEX refunds_user_idx ON public.refunds (user_id, created_at DESC);
      CREATE INDEX refunds_org_idx ON public.refunds (org_id, created_at DESC);
      ${enableRls('refunds')}
      ${tenantTriggers('refunds', { updatedAt: false })}
      CREATE POLICY refunds_select_own ON public.refunds FOR SELECT TO authenticated
        USING (user_id = (SELECT auth.uid()) AND org_id = (SELECT public.auth_org_id()));
      CREATE POLICY refunds_select_admin ON public.refunds FOR SELECT TO authenticated
        USING (org_id = (SELECT public.auth_org_id()) AND (SELECT auth.app_role()) = 'admin');
      CREATE POLICY refunds_insert_admin ON public.refunds FOR INSERT TO authenticated
        WITH CHECK (org_id = (SELECT public.auth_org_id()) AND (SELECT auth.app_role()) = 'admin');
      GRANT SELECT ON public.refunds TO authenticated, service_role;
      GRANT INSERT (payment_id, amount_minor, reason) ON public.refunds TO authenticated;

      CREATE FUNCTION app_private.apply_refund() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
      DECLARE
        v_p public.payments;
      BEGIN
        SELECT * INTO v_p FROM public.payments p WHERE p.id = NEW.payment_id AND p.org_id = NEW.org_id FOR UPDATE;
        IF v_p.id IS NULL THEN
          RAISE EXCEPTION 'The payment does not exist or is not visible to you.' USING ERRCODE = 'CB404';
        END IF;
        IF NEW.currency IS NOT NULL AND NEW.currency <> v_p.currency THEN
          RAISE EXCEPTION 'a refund is in the payment''s currency (%)', v_p.currency USING ERRCODE = 'CB422';
        END IF;
        IF v_p.refunded_minor + NEW.amount_minor > v_p.amount_minor THEN
          RAISE EXCEPTION 'refunds would exceed the payment' USING ERRCODE = 'CB409';
        END IF;
        NEW.user_id := v_p.user_id;
        NEW.currency := v_p.currency;
        UPDATE public.payments SET refunded_minor = refunded_minor + NEW.amount_minor,
          status = CASE WHEN refunded_minor + NEW.amount_minor = amount_minor THEN 'refunded' ELSE 'partially_refunded' END
          WHERE id = v_p.id;
        RETURN NEW;
      END
      $$;
      REVOKE ALL ON FUNCTION app_private.apply_refund() FROM PUBLIC;
      CREATE TRIGGER refunds_apply BEFORE INSERT ON public.refunds
        FOR EACH ROW EXECUTE FUNCTION app_private.apply_refund();

      -- The proof: every row returned is a broken money invariant (none expected, ever).
      CREATE FUNCTION app_private.ledger_discrepancies()
        RETURNS TABLE (check_name text, org_id uuid, subject_id uuid, expected numeric, actual numeric)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
        SELECT 'wallet balance = sum of entries', w.org_id, w.id, coalesce(s.total, 0), w.balance
          FROM public.wallets w LEFT JOIN (SELECT t.wallet_id, sum(t.amount) AS total FROM public.transactions t GROUP BY t.wallet_id) s
            ON s.wallet_id = w.id
          WHERE w.balance <> coalesce(s.total, 0)
        UNION ALL
        SELECT 'transfer entries sum to zero', (array_agg(t.org_id))[1], t.transfer_id, 0, sum(t.amount)
          FROM public.transactions t GROUP BY t.transfer_id
          HAVING sum(t.amount) <> 0 OR count(*) <> 2 OR count(DISTINCT t.currency) <> 1 OR count(DISTINCT t.org_id) <> 1
        UNION ALL
        SELECT 'held = open withdrawals', w.org_id, w.id, coalesce(h.total, 0), w.held
          FROM public.wallets w LEFT JOIN (SELECT c.wallet_id, sum(c.amount) AS total FROM public.crypto_withdrawals c
                                           WHERE c.status IN ('PENDING', 'APPROVED') GROUP BY c.wallet_id) h ON h.wallet_id = w.id
          WHERE w.held <> coalesce(h.total, 0)
        UNION ALL
        SELECT 'available balance >= 0', w.org_id, w.id, 0, w.balance - w.held
          FROM public.wallets w WHERE w.user_id IS NOT NULL AND w.balance - w.held < 0
        UNION ALL
        SELECT 'refunded = sum of refunds <= payment', p.org_id, p.id, coalesce(r.total, 0), p.refunded_minor
          FROM public.payments p LEFT JOIN (SELECT f.payment_id, sum(f.amount_minor) AS total FROM public.refunds f GROUP BY f.payment_id) r
            ON r.payment_id = p.id
          WHERE p.refunded_minor <> coalesce(r.total, 0) OR p.refunded_minor > p.amount_minor
      $$;
      REVOKE ALL ON FUNCTION app_private.ledger_discrepancies() FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION app_private.ledger_discrepancies() TO service_role;

      -- billing_customers (seed 002): the Stripe customer of a member; the member reads it, the service
      -- (webhooks) manages it.
      CREATE TABLE public.billing_customers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL DEFAULT public.auth_org_id() REFERENCES public.organizations (id) ON DELETE RESTRICT,
        user_id uuid NOT NULL,
        stripe_customer_id text NOT NULL CHECK (stripe_customer_id ~ '^cus_[A-Za-z0-9]{1,250}$'),
        stripe_subscription_id text CHECK (length(stripe_subscription_id) <= 255),
        subscription_status text CHECK (length(subscription_status) <= 32),
        plan text NOT NULL DEFAULT 'free' CHECK (plan IN ('free', 'pro')),
        current_period_end timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT billing_customers_stripe_customer_key UNIQUE (stripe_customer_id),
        CONSTRAINT billing_customers_org_user_key UNIQUE (org_id, user_id),
        CONSTRAINT billing_customers_member_fkey FOREIGN KEY (org_id, user_id) REFERENCES public.users_roles (org_id, user_id) ON DELETE CASCADE
      );
      CREATE INDEX billing_customers_user_idx ON public.billing_customers (user_id);
      ${enableRls('billing_customers')}
      ${tenantTriggers('billing_customers')}
      CREATE POLICY billing_customers_select_own ON public.billing_customers FOR SELECT TO authenticated
        USING (user_id = (SELECT auth.uid()) AND org_id = (SELECT public.auth_org_id()));
      GRANT SELECT ON public.billing_customers TO authenticated;
      ${serviceGrant('billing_customers')}

      -- webhook_events (seed 002): every verified inbound event, one row per delivery, with what became of it.
      CREATE TABLE public.webhook_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL REFERENCES public.organizations (id) ON DELETE CASCADE,
        provider text NOT NULL DEFAULT 'stripe' CHECK (provider IN ('stripe')),
        event_id text NOT NULL CHECK (length(event_id) BETWEEN 1 AND 255),
        event_type text NOT NULL CHECK (length(event_type) BETWEEN 1 AND 255),
        livemode boolean NOT NULL DEFAULT false,
        payload jsonb NOT NULL,
        outcome text NOT NULL DEFAULT 'received' CHECK (outcome IN ('received', 'processed', 'duplicate', 'ignored')),
        received_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX webhook_events_org_event_idx ON public.webhook_events (org_id, event_id);
      CREATE INDEX webhook_events_received_idx ON public.webhook_events (received_at);
      ${enableRls('webhook_events')}
      ${tenantTriggers('webhook_events', { updatedAt: false })}
      GRANT SELECT, INSERT, UPDATE ON public.webhook_events TO service_role;

      -- processed_webhook_events (seed 004): the processed mark, org-scoped. Written in the transaction
      -- that applies the event, so the effect and the mark commit together.
      CREATE TABLE public.processed_webhook_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL REFERENCES public.organizations (id) ON DELETE CASCADE,
        event_id text NOT NULL CHECK (length(event_id) BETWEEN 1 AND 255),
        provider text NOT NULL DEFAULT 'stripe' CHECK (provider IN ('stripe')),
        event_type text CHECK (length(event_type) <= 255),
        processed_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX idx_processed_webhook_events_org_event ON public.processed_webhook_events (org_id, event_id);
      ${enableRls('processed_webhook_events')}
      ${tenantTriggers('processed_webhook_events', { updatedAt: false })}
      GRANT SELECT, INSERT ON public.processed_webhook_events TO service_role;

      -- idempotency_keys: the first response to a money-moving request, per caller and Idempotency-Key.
      -- A replay answers it again; a replay with other parameters is refused (request_hash differs).
      CREATE TABLE public.idempotency_keys (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL DEFAULT public.auth_org_id() REFERENCES public.organizations (id) ON DELETE CASCADE,
        user_id uuid DEFAULT auth.uid(),
        api_key_id uuid DEFAULT (nullif(auth.jwt() ->> 'api_key_id', ''))::uuid,
        idempotency_key text NOT NULL CHECK (length(idempotency_key) BETWEEN 1 AND 255),
        method text NOT NULL CHECK (length(method) <= 10),
        path text NOT NULL CHECK (length(path) <= 2000),
        request_hash bytea NOT NULL,
        response_status smallint,
        response_body jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT idempotency_keys_one_principal CHECK (num_nonnulls(user_id, api_key_id) = 1)
      );
      CREATE UNIQUE INDEX idempotency_keys_principal_key ON public.idempotency_keys (org_id, (coalesce(user_id, api_key_id)), idempotency_key);
      CREATE INDEX idempotency_keys_user_idx ON public.idempotency_keys (user_id);
      CREATE INDEX idempotency_keys_created_idx ON public.idempotency_keys (created_at);
      ${enableRls('idempotency_keys')}
      ${tenantTriggers('idempotency_keys', { updatedAt: false })}
      CREATE POLICY idempotency_keys_select_own ON public.idempotency_keys FOR SELECT TO authenticated
        USING (org_id = (SELECT public.auth_org_id())
               AND (user_id = (SELECT auth.uid()) OR api_key_id::text = ((SELECT auth.jwt()) ->> 'api_key_id')));
      CREATE POLICY idempotency_keys_insert_own ON public.idempotency_keys FOR INSERT TO authenticated
        WITH CHECK (org_id = (SELECT public.auth_org_id())
               AND (user_id = (SELECT auth.uid()) OR api_key_id::text = ((SELECT auth.jwt()) ->> 'api_key_id')));
      CREATE POLICY idempotency_keys_update_own ON public.idempotency_keys FOR UPDATE TO authenticated
        USING (org_id = (SELECT public.auth_org_id())
               AND (user_id = (SELECT auth.uid()) OR api_key_id::text = ((SELECT auth.jwt()) ->> 'api_key_id')))
        WITH CHECK (org_id = (SELECT public.auth_org_id())
               AND (user_id = (SELECT auth.uid()) OR api_key_id::text = ((SELECT auth.jwt()) ->> 'api_key_id')));
      GRANT SELECT ON public.idempotency_keys TO authenticated;
      GRANT INSERT (idempotency_key, method, path, request_hash) ON public.idempotency_keys TO authenticated;
      GRANT UPDATE (response_status, response_body) ON public.idempotency_keys TO authenticated;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE IF EXISTS public.idempotency_keys;
      DROP TABLE IF EXISTS public.processed_webhook_events;
      DROP TABLE IF EXISTS public.webhook_events;
      DROP TABLE IF EXISTS public.billing_customers;
      DROP FUNCTION IF EXISTS app_private.ledger_discrepancies();
      DROP TABLE IF EXISTS public.refunds;
      DROP FUNCTION IF EXISTS app_private.apply_refund();
      DROP POLICY IF EXISTS invoices_select_payer ON public.invoices; -- it reads payments and crypto_payments
      DROP TABLE IF EXISTS public.crypto_payments;
      DROP TABLE IF EXISTS public.payments;
      DROP FUNCTION IF EXISTS app_private.apply_invoice_payment();
      DROP TABLE IF EXISTS public.invoices;
      DROP TABLE IF EXISTS public.crypto_withdrawals;
      DROP FUNCTION IF EXISTS app_private.crypto_withdrawal_transition();
      DROP FUNCTION IF EXISTS app_private.crypto_withdrawal_hold();
      DROP FUNCTION IF EXISTS app_private.credit_wallet(uuid, numeric, text);
      DROP FUNCTION IF EXISTS app_private.open_wallet(text, text, uuid);
      DROP FUNCTION IF EXISTS app_private.ledger_transfer(uuid, uuid, numeric, text, text);
      DROP FUNCTION IF EXISTS app_private.system_wallet(uuid, text, text, text);
      DROP TABLE IF EXISTS public.transactions;
      DROP FUNCTION IF EXISTS app_private.transactions_append_only();
      DROP TABLE IF EXISTS public.wallets;
      DROP TYPE IF EXISTS public.withdrawal_status;
    `);
  }
}
