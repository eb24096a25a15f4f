import type { BookingRow } from './bookings.queries';
import type { BookingDto } from './dto/booking.response.dto';

/** From the entity or from the create statement's RETURNING row (the same columns). */
export function toBookingDto(b: BookingRow): BookingDto {
  return {
    id: b.id,
    patientId: b.patientId,
    chamberId: b.chamberId,
    providerId: b.providerId,
    startsAt: b.startsAt,
    endsAt: b.endsAt,
    status: b.status,
    notes: b.notes,
    cancellationReason: b.cancellationReason,
    confirmedAt: b.confirmedAt,
    cancelledAt: b.cancelledAt,
    createdAt: b.createdAt,
    updatedAt: b.updatedAt,
  };
}
