// Bookings: the domain actions (book, confirm, cancel, reschedule, complete). Overlaps are refused by the
// exclusion constraint (a generic 409 that names no other booking); maintenance windows and opening hours by
// the definer trigger; status rules and who may change the provider by the update trigger.
import { Injectable } from '@nestjs/common';
import { currentTransaction } from '../../../common/context/request-context';
import { DomainError, notFound } from '../../../common/errors/domain-error';
import type { Page } from '../../../common/pagination';
import { toBookingDto } from './bookings.mapper';
import type { NewBooking } from './bookings.queries';
import { BookingsRepository, type BookingChanges } from './bookings.repository';
import type { BookingDto } from './dto/booking.response.dto';
import type { CreateBookingDto } from './dto/create-booking.dto';
import type { BookingQueryDto } from './dto/list-bookings.query.dto';
import type { RescheduleBookingDto } from './dto/reschedule-booking.dto';
import type { UpdateBookingDto } from './dto/update-booking.dto';
import type { BookingStatus } from './scheduling.enums';
import {
  assertFuture,
  assertWindow,
  callerOrgId,
  nothingToUpdate,
  presentValues,
} from './scheduling.helpers';

@Injectable()
export class BookingsService {
  constructor(private readonly bookings: BookingsRepository) {}

  async list(q: BookingQueryDto): Promise<Page<BookingDto>> {
    const page = await this.bookings.list(callerOrgId(), q);
    return { items: page.items.map(toBookingDto), nextCursor: page.nextCursor };
  }

  async get(id: string): Promise<BookingDto> {
    const row = await this.bookings.findById(id, callerOrgId());
    if (!row) throw notFound('booking');
    return toBookingDto(row);
  }

  /** Confirmed at once (the slot is taken) unless tentative; a patient books for their own record. */
  async book(dto: CreateBookingDto): Promise<BookingDto> {
    assertWindow(dto.startsAt, dto.endsAt);
    assertFuture(dto.startsAt, 'startsAt');
    const { claims } = currentTransaction();
    const booking: NewBooking = {
      chamberId: dto.chamberId,
      providerId: dto.providerId ?? null,
      startsAt: dto.startsAt,
      endsAt: dto.endsAt,
      status: dto.tentative ? 'pending' : 'confirmed',
      notes: dto.notes ?? null,
    };
    if (claims.app_role === 'patient') {
      const row = await this.bookings.bookOwn(
        claims.org_id ?? null,
        claims.sub ?? null,
        dto.patientId || null,
        booking,
      );
      if (!row) throw notFound('patient');
      return toBookingDto(row);
    }
    if (!dto.patientId)
      throw new DomainError('invalid-input', 'patientId is required.', [
        { field: 'patientId', message: 'is required' },
      ]);
    return toBookingDto(await this.bookings.bookFor(dto.patientId, booking));
  }

  async update(id: string, dto: UpdateBookingDto): Promise<BookingDto> {
    if (dto.providerId !== undefined && currentTransaction().claims.app_role !== 'admin')
      throw new DomainError('forbidden', 'Only an admin may change the provider of a booking.');
    const values = presentValues<BookingChanges>({ notes: dto.notes, providerId: dto.providerId });
    if (!Object.keys(values).length) throw nothingToUpdate();
    if (!(await this.bookings.update(id, callerOrgId(), values))) throw notFound('booking');
    return this.get(id);
  }

  confirm(id: string): Promise<BookingDto> {
    return this.transition(id, { status: 'confirmed' }, ['pending']);
  }

  cancel(id: string, reason?: string): Promise<BookingDto> {
    return this.transition(id, { status: 'cancelled', cancellationReason: reason ?? null }, [
      'pending',
      'confirmed',
    ]);
  }

  complete(id: string): Promise<BookingDto> {
    return this.transition(id, { status: 'completed' }, ['confirmed']);
  }

  reschedule(id: string, dto: RescheduleBookingDto): Promise<BookingDto> {
    assertWindow(dto.startsAt, dto.endsAt);
    assertFuture(dto.startsAt, 'startsAt');
    const values: BookingChanges = { startsAt: dto.startsAt, endsAt: dto.endsAt };
    if (dto.chamberId) values.chamberId = dto.chamberId;
    return this.transition(id, values, ['pending', 'confirmed']);
  }

  async remove(id: string): Promise<void> {
    if (!(await this.bookings.delete(id, callerOrgId()))) throw notFound('booking');
  }

  /** 404 when the booking is invisible or not writable; 409 when its status does not allow the change. */
  private async transition(id: string, values: BookingChanges, from: BookingStatus[]): Promise<BookingDto> {
    if (!(await this.bookings.transition(id, callerOrgId(), values, from))) {
      const current = await this.get(id);
      throw new DomainError('conflict', `The booking is ${current.status}; this action does not apply.`);
    }
    return this.get(id);
  }
}
