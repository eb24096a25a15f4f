// Crypto withdrawals (seeds 000/001). The hold, the available-balance check under the wallet's row lock,
// the status transitions and the settlement through the ledger are all in the database (triggers of the
// migration); this service only asks.
import { Injectable } from '@nestjs/common';
import { currentTransaction } from '../../common/context/request-context';
import { sql } from '../../common/database/sql';
import { notFound } from '../../common/errors/domain-error';
import { decodeCursor } from '../../common/pagination';
import { CURSOR_AT, keysetPage } from './paging';
import type { CreateWithdrawalDto, WithdrawalQueryDto, WithdrawalStatus } from './dto/withdrawals.dto';

const COLUMNS = `id, user_id AS "userId", wallet_id AS "walletId", trim_scale(amount)::text AS amount, currency,
  destination_address AS "destinationAddress", network, status, reviewed_by AS "reviewedBy", reviewed_at AS "reviewedAt",
  completed_at AS "completedAt", tx_hash AS "txHash", transfer_id AS "transferId", created_at AS "createdAt", updated_at AS "updatedAt"`;

@Injectable()
export class WithdrawalsService {
  /** Own withdrawals; an admin sees the organization's (RLS decides). */
  async list(q: WithdrawalQueryDto) {
    const { claims } = currentTransaction();
    const after = decodeCursor(q.cursor);
    const rows = await sql().rows<{ cursorAt: string; id: string }>(
      `SELECT ${COLUMNS}, ${CURSOR_AT} FROM public.crypto_withdrawals
       WHERE org_id = $1 AND ($2::public.withdrawal_status IS NULL OR status = $2)
         AND ($3::timestamptz IS NULL OR (created_at, id) < ($3::timestamptz, $4::uuid))
       ORDER BY created_at DESC, id DESC LIMIT $5`,
      [claims.org_id, q.status ?? null, after?.createdAt ?? null, after?.id ?? null, q.limit + 1],
    );
    return keysetPage(rows, q.limit);
  }

  async get(id: string) {
    const { claims } = currentTransaction();
    const row = await sql().one(`SELECT ${COLUMNS} FROM public.crypto_withdrawals WHERE id = $1 AND org_id = $2`, [
      id,
      claims.org_id,
    ]);
    if (!row) throw notFound('withdrawal');
    return row;
  }

  async request(dto: CreateWithdrawalDto) {
    const { claims } = currentTransaction();
    const db = sql();
    const wallet = await db.one(`SELECT id FROM public.wallets WHERE id = $1 AND org_id = $2 AND user_id = $3`, [
      dto.walletId,
      claims.org_id,
      claims.sub,
    ]);
    if (!wallet) throw notFound('wallet');
    return db.returning(
      `INSERT INTO public.crypto_withdrawals (wallet_id, amount, destination_address, network)
       VALUES ($1, $2::numeric, $3, $4) RETURNING ${COLUMNS}`,
      [dto.walletId, dto.amount, dto.destinationAddress, dto.network ?? null],
    );
  }

  /** Admin: moves the status; the database refuses transitions that are not allowed (409). */
  async transition(id: string, status: Exclude<WithdrawalStatus, 'PENDING'>, txHash?: string) {
    const { claims } = currentTransaction();
    const row = await sql().one(
      `UPDATE public.crypto_withdrawals SET status = $3, tx_hash = coalesce($4, tx_hash)
       WHERE id = $1 AND org_id = $2 RETURNING ${COLUMNS}`,
      [id, claims.org_id, status, txHash ?? null],
    );
    if (!row) throw notFound('withdrawal');
    return row;
  }
}
