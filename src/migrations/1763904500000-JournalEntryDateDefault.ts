import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * journal_entries.date defaults to today written as ('now'::text)::date instead of current_date: the same value
 * (the transaction's date in the session time zone), in the form TypeORM reads back, so the entity's schema
 * diff stays empty (PostgreSQL prints current_date as CURRENT_DATE, which TypeORM never matches).
 */
export class JournalEntryDateDefault1763904500000 implements MigrationInterface {
  name = 'JournalEntryDateDefault1763904500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE public.journal_entries ALTER COLUMN date SET DEFAULT ('now'::text)::date;`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE public.journal_entries ALTER COLUMN date SET DEFAULT current_date;`);
  }
}
