import type { AppointmentValues } from './appointments.repository';
import type { AppointmentDto } from './dto/appointment.response.dto';
import type { CreateAppointmentDto } from './dto/create-appointment.dto';
import type { UpdateAppointmentDto } from './dto/update-appointment.dto';
import type { Appointment } from './entities';
import { presentValues } from './scheduling.helpers';

export function toAppointmentDto(a: Appointment): AppointmentDto {
  return {
    id: a.id,
    contactId: a.contactId,
    providerId: a.providerId,
    serviceType: a.serviceType,
    scheduledAt: a.scheduledAt,
    durationMinutes: a.durationMinutes,
    endsAt: a.endsAt,
    status: a.status,
    confirmationSent: a.confirmationSent,
    notes: a.notes,
    cancelledAt: a.cancelledAt,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
  };
}

export function toAppointmentValues(dto: CreateAppointmentDto): AppointmentValues {
  return presentValues<AppointmentValues>({
    contactId: dto.contactId,
    providerId: dto.providerId,
    serviceType: dto.serviceType,
    scheduledAt: dto.scheduledAt,
    durationMinutes: dto.durationMinutes,
    notes: dto.notes,
  });
}

/** Status and times move only through the actions (confirm, cancel, reschedule, ...). */
export function toAppointmentChanges(dto: UpdateAppointmentDto): AppointmentValues {
  return presentValues<AppointmentValues>({
    providerId: dto.providerId,
    serviceType: dto.serviceType,
    notes: dto.notes,
    confirmationSent: dto.confirmationSent,
  });
}
