import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * chat_messages and user_memory: their policies filter on org_id (the caller's organization and own rows), and
 * no index held org_id (the catalog lint "columns that policies filter on are indexed").
 */
export class AiOrgIndexes1764200100000 implements MigrationInterface {
  name = 'AiOrgIndexes1764200100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE INDEX chat_messages_org_user_idx ON public.chat_messages (org_id, user_id);
      CREATE INDEX user_memory_org_user_idx ON public.user_memory (org_id, user_id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX public.user_memory_org_user_idx;
      DROP INDEX public.chat_messages_org_user_idx;
    `);
  }
}
