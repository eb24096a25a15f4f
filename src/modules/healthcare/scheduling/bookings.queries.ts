// Booking create, a benchmarked hot path: one statement per request (the caller's patient record is looked up
// inside the INSERT, and RETURNING answers the row), sent as a prepared statement through sql(). The plan
// test (test/healthcare/booking-create-plan.test.ts) keeps the lookup an index scan on patients.user_id.
// Overlaps are refused by the exclusion constraint, opening hours and maintenance by the definer trigger.
import type { Booking } from './entities';
import type { BookingStatus } from './scheduling.enums';

/** A booking as the API answers it (the columns RETURNING names). */
export type BookingRow = Pick<
  Booking,
  | 'id'
  | 'patientId'
  | 'chamberId'
  | 'providerId'
  | 'startsAt'
  | 'endsAt'
  | 'status'
  | 'notes'
  | 'cancellationReason'
  | 'confirmedAt'
  | 'cancelledAt'
  | 'createdAt'
  | 'updatedAt'
>;

export interface NewBooking {
  chamberId: string;
  providerId: string | null;
  startsAt: Date;
  endsAt: Date;
  status: Extract<BookingStatus, 'pending' | 'confirmed'>;
  notes: string | null;
}

const RETURNING = `RETURNING b.id, b.patient_id AS "patientId", b.chamber_id AS "chamberId",
  b.provider_id AS "providerId", b.starts_at AS "startsAt", b.ends_at AS "endsAt", b.status, b.notes,
  b.cancellation_reason AS "cancellationReason", b.confirmed_at AS "confirmedAt",
  b.cancelled_at AS "cancelledAt", b.created_at AS "createdAt", b.updated_at AS "updatedAt"`;

const COLUMNS = `(patient_id, chamber_id, provider_id, starts_at, ends_at, status, notes)`;

/**
 * A patient books for their own record, found by (org_id, user_id) in the same statement; with `patientId`
 * it must be that record. No row back: the caller has no such record (404).
 */
export function bookOwnQuery(
  orgId: string | null,
  userId: string | null,
  patientId: string | null,
  b: NewBooking,
): { text: string; params: unknown[] } {
  return {
    text: `INSERT INTO public.bookings AS b ${COLUMNS}
      SELECT p.id, $4::uuid, $5::uuid, $6::timestamptz, $7::timestamptz, $8::public.booking_status, $9::text
      FROM public.patients p
      WHERE p.org_id = $1 AND p.user_id = $2 AND ($3::uuid IS NULL OR p.id = $3::uuid)
      ${RETURNING}`,
    params: [orgId, userId, patientId, b.chamberId, b.providerId, b.startsAt, b.endsAt, b.status, b.notes],
  };
}

/** Staff book for a named patient of their organization. */
export function bookForQuery(patientId: string, b: NewBooking): { text: string; params: unknown[] } {
  return {
    text: `INSERT INTO public.bookings AS b ${COLUMNS}
      VALUES ($1, $2, $3, $4, $5, $6, $7)
      ${RETURNING}`,
    params: [patientId, b.chamberId, b.providerId, b.startsAt, b.endsAt, b.status, b.notes],
  };
}
