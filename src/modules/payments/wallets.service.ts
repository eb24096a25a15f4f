// Wallets and their ledger entries. Reads go through RLS (own wallets only); every balance change goes
// through the definer functions of the migration (open_wallet, credit_wallet), never an UPDATE from here.
import { Injectable } from '@nestjs/common';
import { currentTransaction } from '../../common/context/request-context';
import { sql } from '../../common/database/sql';
import { notFound } from '../../common/errors/domain-error';
import { decodeCursor } from '../../common/pagination';
import { CURSOR_AT, keysetPage } from './paging';
import type { CreateWalletDto, CreditWalletDto } from './dto/wallets.dto';

// Amounts leave as canonical decimal strings (no trailing zeros): '1000' for minor units, '0.25' for crypto.
const WALLET_COLUMNS = `id, kind, currency, trim_scale(balance)::text AS balance, trim_scale(held)::text AS held,
  trim_scale(balance - held)::text AS available, created_at AS "createdAt", updated_at AS "updatedAt"`;

@Injectable()
export class WalletsService {
  async list() {
    const { claims } = currentTransaction();
    const items = await sql().rows(
      `SELECT ${WALLET_COLUMNS} FROM public.wallets WHERE org_id = $1 AND user_id = $2 ORDER BY created_at, id`,
      [claims.org_id, claims.sub],
    );
    return { items };
  }

  async get(id: string) {
    const { claims } = currentTransaction();
    const wallet = await sql().one(`SELECT ${WALLET_COLUMNS} FROM public.wallets WHERE id = $1 AND org_id = $2`, [
      id,
      claims.org_id,
    ]);
    if (!wallet) throw notFound('wallet');
    return wallet;
  }

  async open(dto: CreateWalletDto) {
    const row = await sql().returning<{ id: string }>(`SELECT app_private.open_wallet($1, $2, NULL) AS id`, [
      dto.kind,
      dto.currency,
    ]);
    return this.get(row.id);
  }

  async entries(walletId: string, limit: number, cursor?: string) {
    await this.get(walletId);
    const after = decodeCursor(cursor);
    const rows = await sql().rows<{ cursorAt: string; id: string }>(
      `SELECT id, transfer_id AS "transferId", kind, trim_scale(amount)::text AS amount, currency,
              trim_scale(balance_after)::text AS "balanceAfter", reference, created_at AS "createdAt", ${CURSOR_AT}
       FROM public.transactions
       WHERE wallet_id = $1 AND ($2::timestamptz IS NULL OR (created_at, id) < ($2::timestamptz, $3::uuid))
       ORDER BY created_at DESC, id DESC LIMIT $4`,
      [walletId, after?.createdAt ?? null, after?.id ?? null, limit + 1],
    );
    return keysetPage(rows, limit);
  }

  /** Admin: funds a member's wallet from the organization's external account. */
  async credit(walletId: string, dto: CreditWalletDto) {
    const row = await sql().returning<{ transferId: string; balance: string; held: string; available: string }>(
      `SELECT transfer_id AS "transferId", trim_scale(balance)::text AS balance, trim_scale(held)::text AS held,
              trim_scale(balance - held)::text AS available
       FROM app_private.credit_wallet($1, $2::numeric, $3)`,
      [walletId, dto.amount, dto.reference ?? null],
    );
    return { transferId: row.transferId, walletId, amount: dto.amount, balance: row.balance, held: row.held, available: row.available };
  }
}
