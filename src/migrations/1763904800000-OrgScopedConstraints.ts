import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * No cross-organization occupancy oracle (issue 15, finding 4). The no-overlap exclusion constraints of
 * bookings (per chamber) and appointments (per provider) and the unique plan step per booking were global, and
 * a constraint answers while the row is inserted, before the foreign key (an AFTER trigger) does: naming another
 * organization's chamber, provider or booking answered "conflicts with an existing record" when the slot was
 * busy and "refers to a record that does not exist" when it was free. Scoped by org_id they hold the same rows
 * (a chamber, provider or booking belongs to one organization, the composite foreign keys tie org_id to it) and
 * never compare a row with another organization's, so the foreign key is the only answer an outsider gets.
 */
export class OrgScopedConstraints1763904800000 implements MigrationInterface {
  name = 'OrgScopedConstraints1763904800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE public.bookings DROP CONSTRAINT bookings_no_overlap,
        ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist
          (org_id WITH =, chamber_id WITH =, tstzrange(starts_at, ends_at) WITH &&) WHERE (status = 'confirmed');
      ALTER TABLE public.appointments DROP CONSTRAINT appointments_provider_no_overlap,
        ADD CONSTRAINT appointments_provider_no_overlap EXCLUDE USING gist
          (org_id WITH =, provider_id WITH =, tstzrange(scheduled_at, ends_at) WITH &&)
          WHERE (status <> 'cancelled' AND provider_id IS NOT NULL);
      ALTER TABLE public.chamber_schedules DROP CONSTRAINT chamber_schedules_booking_sequence_key,
        ADD CONSTRAINT chamber_schedules_booking_sequence_key UNIQUE (org_id, booking_id, sequence);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE public.chamber_schedules DROP CONSTRAINT chamber_schedules_booking_sequence_key,
        ADD CONSTRAINT chamber_schedules_booking_sequence_key UNIQUE (booking_id, sequence);
      ALTER TABLE public.appointments DROP CONSTRAINT appointments_provider_no_overlap,
        ADD CONSTRAINT appointments_provider_no_overlap EXCLUDE USING gist
          (provider_id WITH =, tstzrange(scheduled_at, ends_at) WITH &&)
          WHERE (status <> 'cancelled' AND provider_id IS NOT NULL);
      ALTER TABLE public.bookings DROP CONSTRAINT bookings_no_overlap,
        ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist
          (chamber_id WITH =, tstzrange(starts_at, ends_at) WITH &&) WHERE (status = 'confirmed');
    `);
  }
}
