import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Concurrent credits deadlocked (issue 15, finding 7: the first credits in a new currency answered 503).
 * The lock order of a write is: the organization's audit lock (taken when each write statement starts, see
 * app_private.audit_lock_statement), then rows. ledger_transfer locked its two wallet rows with a
 * SELECT ... FOR UPDATE, which no statement trigger precedes, and took the audit lock only at its UPDATE. A
 * transaction that already held the audit lock (it had just created the organization's external wallet for
 * the currency, or written its idempotency key) then waited for a wallet row held by one that waited for the
 * audit lock. ledger_transfer now takes the wallets' organization's audit lock before the row locks; every
 * transfer of the organization took that lock at its UPDATE anyway, until commit, so nothing is serialized
 * that was not already.
 */
const transfer = (lockFirst: boolean) => `
      CREATE OR REPLACE FUNCTION app_private.ledger_transfer(p_from uuid, p_to uuid, p_amount numeric, p_kind text, p_reference text)
        RETURNS uuid LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
      DECLARE
        v_from public.wallets;
        v_to public.wallets;
        v_transfer uuid := gen_random_uuid();
        v_from_after numeric;
        v_to_after numeric;${lockFirst ? '\n        v_org uuid;' : ''}
      BEGIN
        IF p_amount IS NULL OR p_amount <= 0 OR p_amount <> round(p_amount, 8) THEN
          RAISE EXCEPTION 'the amount must be positive with at most 8 decimals' USING ERRCODE = 'CB400';
        END IF;
        IF p_from = p_to THEN
          RAISE EXCEPTION 'a transfer needs two different wallets' USING ERRCODE = 'CB400';
        END IF;${
          lockFirst
            ? `
        -- The organization's audit lock before any row lock (the order every write statement follows).
        SELECT w.org_id INTO v_org FROM public.wallets w WHERE w.id IN (p_from, p_to) ORDER BY w.id = p_from DESC LIMIT 1;
        IF v_org IS NOT NULL THEN
          PERFORM pg_catalog.pg_advisory_xact_lock(app_private.audit_lock_key(v_org));
        END IF;`
            : ''
        }
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
`;

export class LedgerLockOrder1763905200000 implements MigrationInterface {
  name = 'LedgerLockOrder1763905200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(transfer(true));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(transfer(false));
  }
}
