// Wallets and their ledger entries. Reads go through RLS (own wallets only); every balance change goes
// through the definer functions of the migration (open_wallet, credit_wallet), never an UPDATE from here.
import { Injectable } from '@nestjs/common';
import { currentTransaction } from '../../common/context/request-context';
import { notFound } from '../../common/errors/domain-error';
import { decodeCursor, type Page } from '../../common/pagination';
import type { CreateWalletDto, CreditResultDto, CreditWalletDto, WalletListDto } from './dto/wallets.dto';
import {
  creditWallet,
  ledgerEntries,
  openWallet,
  ownWallets,
  walletById,
  type LedgerEntryRow,
  type WalletRow,
} from './wallets.queries';

@Injectable()
export class WalletsService {
  async list(): Promise<WalletListDto> {
    const { claims } = currentTransaction();
    return { items: await ownWallets(claims.org_id, claims.sub) };
  }

  async get(id: string): Promise<WalletRow> {
    const wallet = await walletById(currentTransaction().claims.org_id, id);
    if (!wallet) throw notFound('wallet');
    return wallet;
  }

  async open(dto: CreateWalletDto): Promise<WalletRow> {
    return this.get(await openWallet(dto.kind, dto.currency));
  }

  async entries(walletId: string, limit: number, cursor?: string): Promise<Page<LedgerEntryRow>> {
    await this.get(walletId);
    return ledgerEntries(walletId, limit, decodeCursor(cursor));
  }

  /** Admin: funds a member's wallet from the organization's external account. */
  async credit(walletId: string, dto: CreditWalletDto): Promise<CreditResultDto> {
    const row = await creditWallet(walletId, dto.amount, dto.reference ?? null);
    return {
      transferId: row.transferId,
      walletId,
      amount: dto.amount,
      balance: row.balance,
      held: row.held,
      available: row.available,
    };
  }
}
