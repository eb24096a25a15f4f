import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The role that counts is the session's, not what the claims say: auth.role() reads the `role` setting that
 * the transaction switched into (set_config('role', ..., true)), which a definer function sees too, and no
 * longer prefers the claim. A session whose claims name service_role but whose role is authenticated is
 * authenticated. Large objects are not used by the app: the request roles may not create them.
 * (TEMP on the database is revoked at boot, see bootstrap.ts: a database-level privilege, not a schema object.)
 */
export class RoleFromSession1763904100000 implements MigrationInterface {
  name = 'RoleFromSession1763904100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION auth.role() RETURNS text LANGUAGE sql STABLE AS $$
        SELECT nullif(nullif(current_setting('role', true), ''), 'none')
      $$;
      REVOKE EXECUTE ON FUNCTION pg_catalog.lo_create(oid), pg_catalog.lo_creat(integer),
        pg_catalog.lo_from_bytea(oid, bytea), pg_catalog.lo_import(text), pg_catalog.lo_import(text, oid),
        pg_catalog.lo_open(oid, integer), pg_catalog.lo_put(oid, bigint, bytea) FROM PUBLIC;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION auth.role() RETURNS text LANGUAGE sql STABLE AS $$
        SELECT coalesce(nullif(auth.jwt() ->> 'role', ''), nullif(nullif(current_setting('role', true), ''), 'none'))
      $$;
      GRANT EXECUTE ON FUNCTION pg_catalog.lo_create(oid), pg_catalog.lo_creat(integer),
        pg_catalog.lo_from_bytea(oid, bytea), pg_catalog.lo_open(oid, integer),
        pg_catalog.lo_put(oid, bigint, bytea) TO PUBLIC;
    `);
  }
}
