import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Scheduling rules (issue 15, finding 7).
 *
 * - patients.user_id and providers.user_id name a member of the row's organization (users_roles), checked by
 *   a definer trigger that answers as a missing reference does (23503), so the answer for a user of another
 *   organization is the answer for no user at all. Existing rows are not rewritten; the rule holds for every
 *   insert and every change of user_id.
 * - A maintenance window is refused only over confirmed bookings: a tentative (pending) booking holds nothing
 *   (the no-overlap constraint and the free slots count confirmed bookings only), so it does not block an
 *   admin's window either; it can no longer be confirmed into the window (check_booking_window).
 */
const OLD_MAINTENANCE_CHECK = `
      CREATE OR REPLACE FUNCTION app_private.check_maintenance_window() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
      BEGIN
        PERFORM 1 FROM public.chambers ch WHERE ch.org_id = NEW.org_id AND ch.id = NEW.chamber_id FOR UPDATE;
        IF EXISTS (SELECT 1 FROM public.bookings b
                   WHERE b.chamber_id = NEW.chamber_id AND b.status IN ('pending', 'confirmed')
                     AND tstzrange(b.starts_at, b.ends_at) && tstzrange(NEW.starts_at, NEW.ends_at)) THEN
          RAISE EXCEPTION 'Bookings overlap this maintenance window; cancel or move them first.' USING ERRCODE = 'CB409';
        END IF;
        RETURN NEW;
      END
      $$;`;

export class SchedulingMembersAndMaintenance1763904900000 implements MigrationInterface {
  name = 'SchedulingMembersAndMaintenance1763904900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION app_private.check_member_user() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
      BEGIN
        IF NEW.user_id IS NOT NULL AND (TG_OP = 'INSERT' OR NEW.user_id IS DISTINCT FROM OLD.user_id)
           AND NOT EXISTS (SELECT 1 FROM public.users_roles m WHERE m.org_id = NEW.org_id AND m.user_id = NEW.user_id) THEN
          RAISE EXCEPTION 'user_id must name a member of the organization' USING ERRCODE = '23503';
        END IF;
        RETURN NEW;
      END
      $$;
      REVOKE ALL ON FUNCTION app_private.check_member_user() FROM PUBLIC;
      CREATE TRIGGER patients_check_member_user BEFORE INSERT OR UPDATE OF user_id ON public.patients
        FOR EACH ROW EXECUTE FUNCTION app_private.check_member_user();
      CREATE TRIGGER providers_check_member_user BEFORE INSERT OR UPDATE OF user_id ON public.providers
        FOR EACH ROW EXECUTE FUNCTION app_private.check_member_user();
      ${OLD_MAINTENANCE_CHECK.replace(`b.status IN ('pending', 'confirmed')`, `b.status = 'confirmed'`)}
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ${OLD_MAINTENANCE_CHECK}
      DROP TRIGGER providers_check_member_user ON public.providers;
      DROP TRIGGER patients_check_member_user ON public.patients;
      DROP FUNCTION app_private.check_member_user();
    `);
  }
}
