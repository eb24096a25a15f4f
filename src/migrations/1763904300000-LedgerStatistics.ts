import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A wallet belongs to one user, so transactions.wallet_id determines user_id. Without telling the planner, a
 * one-off (custom) plan of the ledger page treats the list's wallet_id filter and the policy's user_id filter as
 * independent, combines both indexes and sorts the wallet's whole history; with the dependency it walks
 * transactions_wallet_created_idx in order (test/payments/ledger-plan.test.ts).
 */
export class LedgerStatistics1763904300000 implements MigrationInterface {
  name = 'LedgerStatistics1763904300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE STATISTICS public.transactions_wallet_user_stats (dependencies) ON wallet_id, user_id FROM public.transactions;
      ANALYZE public.transactions;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP STATISTICS IF EXISTS public.transactions_wallet_user_stats;`);
  }
}
