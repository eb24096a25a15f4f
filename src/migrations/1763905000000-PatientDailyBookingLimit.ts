import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One patient may not confirm every slot of a chamber's day (issue 15, finding 7). A patient's own confirmed
 * bookings of one chamber on one day (the facility's local day) are limited to the organization's setting
 * patient_daily_bookings_per_chamber, 2 when unset (a product decision: a session a day plus one spare);
 * staff booking for a patient are not limited. Checked in the definer booking-window trigger, which sees the
 * patient's bookings whoever they were booked by; the count is serialized per patient.
 */
const OLD = `
      CREATE OR REPLACE FUNCTION app_private.check_booking_window() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
      DECLARE
        c record;
        v_day date;
      BEGIN
        IF NEW.status NOT IN ('pending', 'confirmed') THEN
          RETURN NEW;
        END IF;
        IF TG_OP = 'UPDATE' AND NEW.status = OLD.status AND NEW.chamber_id = OLD.chamber_id
           AND NEW.starts_at = OLD.starts_at AND NEW.ends_at = OLD.ends_at THEN
          RETURN NEW;
        END IF;
        SELECT ch.opens_at, ch.closes_at, ch.open_days, ch.is_active, f.timezone INTO c
          FROM public.chambers ch JOIN public.facilities f ON f.org_id = ch.org_id AND f.id = ch.facility_id
          WHERE ch.org_id = NEW.org_id AND ch.id = NEW.chamber_id
          FOR KEY SHARE OF ch;
        IF NOT FOUND THEN
          RETURN NEW; -- the foreign key reports it
        END IF;
        IF NOT c.is_active THEN
          RAISE EXCEPTION 'The chamber is not available for booking.' USING ERRCODE = 'CB409';
        END IF;
        v_day := (NEW.starts_at AT TIME ZONE c.timezone)::date;
        IF NOT (extract(isodow FROM v_day)::smallint = ANY (c.open_days))
           OR NEW.starts_at < (v_day + c.opens_at) AT TIME ZONE c.timezone
           OR NEW.ends_at > (v_day + CASE WHEN c.closes_at = '00:00' THEN interval '24 hours' ELSE c.closes_at::interval END) AT TIME ZONE c.timezone THEN
          RAISE EXCEPTION 'The booking is outside the chamber''s opening hours.' USING ERRCODE = 'CB422';
        END IF;
        IF EXISTS (SELECT 1 FROM public.chamber_maintenance m
                   WHERE m.chamber_id = NEW.chamber_id
                     AND tstzrange(m.starts_at, m.ends_at) && tstzrange(NEW.starts_at, NEW.ends_at)) THEN
          RAISE EXCEPTION 'The chamber is not available at that time.' USING ERRCODE = 'CB409';
        END IF;
        RETURN NEW;
      END
      $$;
`;

const NEW = `
      CREATE OR REPLACE FUNCTION app_private.check_booking_window() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
      DECLARE
        c record;
        v_day date;
        v_limit integer;
      BEGIN
        IF NEW.status NOT IN ('pending', 'confirmed') THEN
          RETURN NEW;
        END IF;
        IF TG_OP = 'UPDATE' AND NEW.status = OLD.status AND NEW.chamber_id = OLD.chamber_id
           AND NEW.starts_at = OLD.starts_at AND NEW.ends_at = OLD.ends_at THEN
          RETURN NEW;
        END IF;
        SELECT ch.opens_at, ch.closes_at, ch.open_days, ch.is_active, f.timezone INTO c
          FROM public.chambers ch JOIN public.facilities f ON f.org_id = ch.org_id AND f.id = ch.facility_id
          WHERE ch.org_id = NEW.org_id AND ch.id = NEW.chamber_id
          FOR KEY SHARE OF ch;
        IF NOT FOUND THEN
          RETURN NEW; -- the foreign key reports it
        END IF;
        IF NOT c.is_active THEN
          RAISE EXCEPTION 'The chamber is not available for booking.' USING ERRCODE = 'CB409';
        END IF;
        v_day := (NEW.starts_at AT TIME ZONE c.timezone)::date;
        IF NOT (extract(isodow FROM v_day)::smallint = ANY (c.open_days))
           OR NEW.starts_at < (v_day + c.opens_at) AT TIME ZONE c.timezone
           OR NEW.ends_at > (v_day + CASE WHEN c.closes_at = '00:00' THEN interval '24 hours' ELSE c.closes_at::interval END) AT TIME ZONE c.timezone THEN
          RAISE EXCEPTION 'The booking is outside the chamber''s opening hours.' USING ERRCODE = 'CB422';
        END IF;
        IF EXISTS (SELECT 1 FROM public.chamber_maintenance m
                   WHERE m.chamber_id = NEW.chamber_id
                     AND tstzrange(m.starts_at, m.ends_at) && tstzrange(NEW.starts_at, NEW.ends_at)) THEN
          RAISE EXCEPTION 'The chamber is not available at that time.' USING ERRCODE = 'CB409';
        END IF;
        -- A patient's own confirmed bookings of one chamber on one (local) day are limited (issue 15,
        -- finding 7); staff may book beyond it. One patient's confirmations are serialized so that two at
        -- once cannot both pass the count.
        IF NEW.status = 'confirmed' AND auth.role() = 'authenticated' AND auth.app_role() = 'patient' THEN
          SELECT coalesce((o.settings ->> 'patient_daily_bookings_per_chamber')::integer, 2) INTO v_limit
            FROM public.organizations o WHERE o.id = NEW.org_id;
          PERFORM pg_advisory_xact_lock(hashtextextended('booking-day:' || NEW.patient_id::text, 0));
          IF (SELECT count(*) FROM public.bookings b
              WHERE b.org_id = NEW.org_id AND b.patient_id = NEW.patient_id AND b.chamber_id = NEW.chamber_id
                AND b.status = 'confirmed' AND b.id <> NEW.id
                AND b.starts_at >= v_day::timestamp AT TIME ZONE c.timezone
                AND b.starts_at < (v_day + 1)::timestamp AT TIME ZONE c.timezone) >= v_limit THEN
            RAISE EXCEPTION 'A patient may hold at most % confirmed bookings of a chamber per day.', v_limit
              USING ERRCODE = 'CB409';
          END IF;
        END IF;
        RETURN NEW;
      END
      $$;
`;

export class PatientDailyBookingLimit1763905000000 implements MigrationInterface {
  name = 'PatientDailyBookingLimit1763905000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(NEW);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(OLD);
  }
}
