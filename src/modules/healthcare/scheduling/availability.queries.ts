// Free slots of a chamber or a provider on a day: definer functions (a patient learns which slots are free
// without seeing whose bookings fill the others), called in the request transaction as the caller.

/** One free slot. */
export interface SlotRow {
  startsAt: Date;
  endsAt: Date;
}

export const CHAMBER_FREE_SLOTS_SQL = `SELECT slot_start AS "startsAt", slot_end AS "endsAt"
  FROM app_private.chamber_free_slots($1, $2::date, $3)`;

export const PROVIDER_FREE_SLOTS_SQL = `SELECT slot_start AS "startsAt", slot_end AS "endsAt"
  FROM app_private.provider_free_slots($1, $2::date, $3)`;
