// CRM appointments: staff schedule a contact with a provider; the patient linked to the contact reads their own.
// ends_at follows the duration (trigger); a provider's overlapping appointments are refused by the exclusion
// constraint (409); cancelled and completed appointments are closed (trigger).
import { Injectable } from '@nestjs/common';
import { DomainError, notFound } from '../../../common/errors/domain-error';
import type { Page } from '../../../common/pagination';
import { toAppointmentChanges, toAppointmentDto, toAppointmentValues } from './appointments.mapper';
import { AppointmentsRepository, type AppointmentValues } from './appointments.repository';
import type { AppointmentDto } from './dto/appointment.response.dto';
import type { CreateAppointmentDto } from './dto/create-appointment.dto';
import type { AppointmentQueryDto } from './dto/list-appointments.query.dto';
import type { RescheduleAppointmentDto } from './dto/reschedule-appointment.dto';
import type { UpdateAppointmentDto } from './dto/update-appointment.dto';
import type { AppointmentStatus } from './scheduling.enums';
import { assertFuture, callerOrgId, nothingToUpdate } from './scheduling.helpers';

const OPEN: AppointmentStatus[] = ['pending', 'confirmed'];

@Injectable()
export class AppointmentsService {
  constructor(private readonly appointments: AppointmentsRepository) {}

  async list(q: AppointmentQueryDto): Promise<Page<AppointmentDto>> {
    const page = await this.appointments.list(callerOrgId(), q);
    return { items: page.items.map(toAppointmentDto), nextCursor: page.nextCursor };
  }

  async get(id: string): Promise<AppointmentDto> {
    const row = await this.appointments.findById(id, callerOrgId());
    if (!row) throw notFound('appointment');
    return toAppointmentDto(row);
  }

  async schedule(dto: CreateAppointmentDto): Promise<AppointmentDto> {
    assertFuture(dto.scheduledAt, 'scheduledAt');
    return this.get(await this.appointments.insert(toAppointmentValues(dto)));
  }

  async update(id: string, dto: UpdateAppointmentDto): Promise<AppointmentDto> {
    const values = toAppointmentChanges(dto);
    if (!Object.keys(values).length) throw nothingToUpdate();
    if (!(await this.appointments.update(id, callerOrgId(), values))) throw notFound('appointment');
    return this.get(id);
  }

  confirm(id: string): Promise<AppointmentDto> {
    return this.transition(id, { status: 'confirmed' }, ['pending']);
  }

  cancel(id: string): Promise<AppointmentDto> {
    return this.transition(id, { status: 'cancelled' }, OPEN);
  }

  complete(id: string): Promise<AppointmentDto> {
    return this.transition(id, { status: 'completed' }, OPEN);
  }

  noShow(id: string): Promise<AppointmentDto> {
    return this.transition(id, { status: 'no_show' }, OPEN);
  }

  reschedule(id: string, dto: RescheduleAppointmentDto): Promise<AppointmentDto> {
    assertFuture(dto.scheduledAt, 'scheduledAt');
    const values: AppointmentValues = { scheduledAt: dto.scheduledAt };
    if (dto.durationMinutes !== undefined) values.durationMinutes = dto.durationMinutes;
    return this.transition(id, values, OPEN);
  }

  async remove(id: string): Promise<void> {
    if (!(await this.appointments.delete(id, callerOrgId()))) throw notFound('appointment');
  }

  /** 404 when the appointment is invisible or not writable; 409 when its status does not allow the change. */
  private async transition(
    id: string,
    values: AppointmentValues,
    from: AppointmentStatus[],
  ): Promise<AppointmentDto> {
    if (!(await this.appointments.transition(id, callerOrgId(), values, from))) {
      const current = await this.get(id);
      throw new DomainError('conflict', `The appointment is ${current.status}; this action does not apply.`);
    }
    return this.get(id);
  }
}
