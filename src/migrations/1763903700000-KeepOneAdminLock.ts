import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * keep_one_admin (Foundation) checked for another admin in its statement's snapshot, so two admins demoting
 * or removing each other at once both passed and left the organization without one. The trigger now locks
 * the organization row first: the second change waits for the first to commit, then sees it.
 */
export class KeepOneAdminLock1763903700000 implements MigrationInterface {
  name = 'KeepOneAdminLock1763903700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION app_private.keep_one_admin() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
      BEGIN
        IF OLD.role = 'admin' AND (TG_OP = 'DELETE' OR NEW.role <> 'admin') THEN
          -- Serializes admin removals per organization; absent when the organization itself is being deleted.
          PERFORM 1 FROM public.organizations o WHERE o.id = OLD.org_id FOR NO KEY UPDATE;
          IF FOUND AND NOT EXISTS (SELECT 1 FROM public.users_roles m
                                   WHERE m.org_id = OLD.org_id AND m.role = 'admin' AND m.id <> OLD.id) THEN
            RAISE EXCEPTION 'an organization must keep at least one admin' USING ERRCODE = 'CB409';
          END IF;
        END IF;
        RETURN COALESCE(NEW, OLD);
      END
      $$;
      REVOKE ALL ON FUNCTION app_private.keep_one_admin() FROM PUBLIC;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION app_private.keep_one_admin() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
      BEGIN
        IF OLD.role = 'admin' AND (TG_OP = 'DELETE' OR NEW.role <> 'admin')
           AND EXISTS (SELECT 1 FROM public.organizations o WHERE o.id = OLD.org_id)
           AND NOT EXISTS (SELECT 1 FROM public.users_roles m
                           WHERE m.org_id = OLD.org_id AND m.role = 'admin' AND m.id <> OLD.id) THEN
          RAISE EXCEPTION 'an organization must keep at least one admin' USING ERRCODE = 'CB409';
        END IF;
        RETURN COALESCE(NEW, OLD);
      END
      $$;
      REVOKE ALL ON FUNCTION app_private.keep_one_admin() FROM PUBLIC;
    `);
  }
}
