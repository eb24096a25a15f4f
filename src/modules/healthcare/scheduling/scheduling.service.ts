// Bookings and appointments: the domain actions (book, confirm, cancel, reschedule, complete) and the free
// slots of a chamber or provider. Overlaps are refused by the exclusion constraints (a generic 409 that names
// no other booking); maintenance windows and opening hours by the definer trigger on bookings.
import { Injectable } from '@nestjs/common';
import { currentTransaction } from '../../../common/context/request-context';
import { sql } from '../../../common/database/sql';
import { DomainError, notFound } from '../../../common/errors/domain-error';
import type { CreateAppointmentDto, RescheduleAppointmentDto } from './dto/crm.dto';
import type { CreateBookingDto, RescheduleBookingDto } from './dto/clinic.dto';
import * as S from './specs';
import { assertWindow } from './stores';
import { TableStore, type Values } from './table-store';

type Sets = ReadonlyArray<readonly [string, unknown]>;

function assertFuture(at: Date, field: string) {
  if (at.getTime() <= Date.now())
    throw new DomainError('unprocessable', `${field} must be in the future.`, [{ field, message: 'must be in the future' }]);
}

/** Moves a row between statuses: 404 when invisible or not writable, 409 when its status does not allow it. */
async function transition(store: TableStore, id: string, sets: Sets, from: readonly string[], what: string) {
  const params = [...from];
  try {
    await store.updateWhere(id, sets, `status::text = ANY ($?::text[])`, [params]);
  } catch (err) {
    if (!(err instanceof DomainError) || err.code !== 'not-found') throw err;
    const row = await store.get(id); // 404 when invisible
    throw new DomainError('conflict', `The ${what} is ${String(row.status)}; this action does not apply.`);
  }
  return store.get(id);
}

@Injectable()
export class BookingsService extends TableStore {
  constructor() {
    super(S.BOOKINGS);
  }

  async book(dto: CreateBookingDto) {
    assertWindow(dto.startsAt, dto.endsAt);
    assertFuture(dto.startsAt, 'startsAt');
    const { claims } = currentTransaction();
    let patientId = dto.patientId;
    if (claims.app_role === 'patient') {
      const own = await sql().one<{ id: string }>(`SELECT id FROM public.patients WHERE org_id = $1 AND user_id = $2`, [
        claims.org_id,
        claims.sub,
      ]);
      if (!own || (patientId && patientId !== own.id)) throw notFound('patient');
      patientId = own.id;
    } else if (!patientId) {
      throw new DomainError('invalid-input', 'patientId is required.', [{ field: 'patientId', message: 'is required' }]);
    }
    const { tentative, ...fields } = dto;
    return this.create({ ...fields, patientId }, { status: tentative ? 'pending' : 'confirmed' });
  }

  confirm(id: string) {
    return transition(this, id, [['status', 'confirmed']], ['pending'], 'booking');
  }

  cancel(id: string, reason?: string) {
    return transition(this, id, [['status', 'cancelled'], ['cancellation_reason', reason ?? null]], ['pending', 'confirmed'], 'booking');
  }

  complete(id: string) {
    return transition(this, id, [['status', 'completed']], ['confirmed'], 'booking');
  }

  reschedule(id: string, dto: RescheduleBookingDto) {
    assertWindow(dto.startsAt, dto.endsAt);
    assertFuture(dto.startsAt, 'startsAt');
    const sets: Array<readonly [string, unknown]> = [
      ['starts_at', dto.startsAt],
      ['ends_at', dto.endsAt],
    ];
    if (dto.chamberId) sets.push(['chamber_id', dto.chamberId]);
    return transition(this, id, sets, ['pending', 'confirmed'], 'booking');
  }

  override update(id: string, dto: Values) {
    if (dto.providerId !== undefined && currentTransaction().claims.app_role !== 'admin')
      throw new DomainError('forbidden', 'Only an admin may change the provider of a booking.');
    return super.update(id, dto);
  }
}

@Injectable()
export class AppointmentsService extends TableStore {
  constructor() {
    super(S.APPOINTMENTS);
  }

  schedule(dto: CreateAppointmentDto) {
    assertFuture(dto.scheduledAt, 'scheduledAt');
    return this.create(dto as unknown as Values);
  }

  confirm(id: string) {
    return transition(this, id, [['status', 'confirmed']], ['pending'], 'appointment');
  }

  cancel(id: string) {
    return transition(this, id, [['status', 'cancelled']], ['pending', 'confirmed'], 'appointment');
  }

  complete(id: string) {
    return transition(this, id, [['status', 'completed']], ['pending', 'confirmed'], 'appointment');
  }

  noShow(id: string) {
    return transition(this, id, [['status', 'no_show']], ['pending', 'confirmed'], 'appointment');
  }

  reschedule(id: string, dto: RescheduleAppointmentDto) {
    assertFuture(dto.scheduledAt, 'scheduledAt');
    const sets: Array<readonly [string, unknown]> = [['scheduled_at', dto.scheduledAt]];
    if (dto.durationMinutes !== undefined) sets.push(['duration_minutes', dto.durationMinutes]);
    return transition(this, id, sets, ['pending', 'confirmed'], 'appointment');
  }
}

@Injectable()
export class AvailabilityService {
  async chamber(id: string, date: string, slotMinutes = 60) {
    return { id, date, slotMinutes, slots: await this.slots('chamber_free_slots', id, date, slotMinutes) };
  }

  async provider(id: string, date: string, slotMinutes = 30) {
    return { id, date, slotMinutes, slots: await this.slots('provider_free_slots', id, date, slotMinutes) };
  }

  private slots(fn: 'chamber_free_slots' | 'provider_free_slots', id: string, date: string, slotMinutes: number) {
    return sql().rows<{ startsAt: Date; endsAt: Date }>(
      `SELECT slot_start AS "startsAt", slot_end AS "endsAt" FROM app_private.${fn}($1, $2::date, $3)`,
      [id, date, slotMinutes],
    );
  }
}
