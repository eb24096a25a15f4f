import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What TypeORM's schema diff reads about generated columns. When it loads a table with a stored generated
 * column (notifications.read, patient_data_import_sources.has_token), TypeORM looks the expression up in its
 * metadata table, and fails when there is none. Instead of a table of copies kept by hand, this view answers
 * from the catalog: the expression as PostgreSQL prints it (pg_get_expr), so an entity's `asExpression` is
 * written in that form and the diff compares it with what the database really computes. For the owner only
 * (drift test, migration drafts); the data source names it (data-source.ts).
 */
export class TypeormMetadata1763904200000 implements MigrationInterface {
  name = 'TypeormMetadata1763904200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE VIEW app_private.typeorm_metadata WITH (security_invoker = true) AS
        SELECT 'GENERATED_COLUMN'::text AS type, current_database()::text AS database, n.nspname::text AS schema,
               c.relname::text AS "table", a.attname::text AS name, pg_catalog.pg_get_expr(d.adbin, d.adrelid) AS value
        FROM pg_catalog.pg_attribute a
        JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
        JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
        JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
        WHERE a.attgenerated = 's' AND NOT a.attisdropped;
      REVOKE ALL ON app_private.typeorm_metadata FROM PUBLIC;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW IF EXISTS app_private.typeorm_metadata;`);
  }
}
