// The ledger, in SQL: wallet balances are read as PostgreSQL computes them (exact numeric, trim_scale, balance -
// held) and every balance change goes through the definer functions of the Payments migration (open_wallet,
// credit_wallet, which lock the wallet rows and write balanced entries). Nothing here writes a wallet or an
// entry directly. Amounts leave as canonical decimal strings: '1000' for minor units, '0.25' for crypto.
import { sql } from '../../common/database/sql';
import { cursorColumn, page, type Cursor, type Page } from '../../common/pagination';
import type { WalletKind } from './entities/wallet.entity';
import type { LedgerKind } from './entities/transaction.entity';

export interface WalletRow {
  id: string;
  kind: WalletKind;
  currency: string;
  balance: string;
  held: string;
  /** balance - held */
  available: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface LedgerEntryRow {
  id: string;
  transferId: string;
  kind: LedgerKind;
  /** Signed. */
  amount: string;
  currency: string;
  balanceAfter: string;
  reference: string | null;
  createdAt: Date;
}

export interface CreditRow {
  transferId: string;
  balance: string;
  held: string;
  available: string;
}

const WALLET_COLUMNS = `id, kind, currency, trim_scale(balance)::text AS balance, trim_scale(held)::text AS held,
  trim_scale(balance - held)::text AS available, created_at AS "createdAt", updated_at AS "updatedAt"`;

/** The member's own wallets, oldest first. */
export function ownWallets(
  orgId: string | null | undefined,
  userId: string | null | undefined,
): Promise<WalletRow[]> {
  return sql().rows<WalletRow>(
    `SELECT ${WALLET_COLUMNS} FROM public.wallets WHERE org_id = $1 AND user_id = $2 ORDER BY created_at, id`,
    [orgId ?? null, userId ?? null],
  );
}

/** One wallet (RLS: only the member's own). */
export function walletById(orgId: string | null | undefined, id: string): Promise<WalletRow | undefined> {
  return sql().one<WalletRow>(`SELECT ${WALLET_COLUMNS} FROM public.wallets WHERE id = $1 AND org_id = $2`, [
    id,
    orgId ?? null,
  ]);
}

/** Opens a wallet for the caller through app_private.open_wallet (409 when one in the currency exists). */
export async function openWallet(kind: WalletKind, currency: string): Promise<string> {
  const row = await sql().returning<{ id: string }>(`SELECT app_private.open_wallet($1, $2, NULL) AS id`, [
    kind,
    currency,
  ]);
  return row.id;
}

/** Admin: a ledger transfer from the organization's external account into the wallet (credit_wallet). */
export function creditWallet(walletId: string, amount: string, reference: string | null): Promise<CreditRow> {
  return sql().returning<CreditRow>(
    `SELECT transfer_id AS "transferId", trim_scale(balance)::text AS balance, trim_scale(held)::text AS held,
            trim_scale(balance - held)::text AS available
     FROM app_private.credit_wallet($1, $2::numeric, $3)`,
    [walletId, amount, reference],
  );
}

/**
 * A wallet's ledger entries, newest first over (created_at, id): an index-ordered scan of
 * transactions_wallet_created_idx. The keyset condition is added only with a cursor, so it is an index
 * condition rather than a filter behind `$x IS NULL OR ...`.
 */
export function ledgerEntriesQuery(
  walletId: string,
  take: number,
  after?: Cursor,
): { text: string; params: unknown[] } {
  const params: unknown[] = [walletId];
  let keyset = '';
  if (after) {
    params.push(after.createdAt, after.id);
    keyset = `AND (t.created_at, t.id) < ($2::timestamptz, $3::uuid)`;
  }
  params.push(take);
  return {
    text: `SELECT t.id, t.transfer_id AS "transferId", t.kind, trim_scale(t.amount)::text AS amount, t.currency,
                  trim_scale(t.balance_after)::text AS "balanceAfter", t.reference, t.created_at AS "createdAt",
                  ${cursorColumn('t.created_at')}
           FROM public.transactions t WHERE t.wallet_id = $1 ${keyset}
           ORDER BY t.created_at DESC, t.id DESC LIMIT $${params.length}`,
    params,
  };
}

export async function ledgerEntries(
  walletId: string,
  limit: number,
  after?: Cursor,
): Promise<Page<LedgerEntryRow>> {
  const { text, params } = ledgerEntriesQuery(walletId, limit + 1, after);
  return page(await sql().rows<LedgerEntryRow & { cursorAt: string }>(text, params), limit);
}
