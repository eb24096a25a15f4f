// Seed V's CRM: contacts (staff) and appointments (staff; the patient linked to the contact reads own).
import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../../../common/decorators/access.decorator';
import * as D from './dto/crm.dto';
import { ActionDoc, CreateDoc, DeleteDoc, GetDoc, ListDoc, UpdateDoc } from './docs';
import { AppointmentsService } from './scheduling.service';
import { ContactsStore } from './stores';
import type { Values } from './table-store';

const uuid = new ParseUUIDPipe({ version: '4' });
const STAFF = { roles: ['admin', 'provider'] as const };
const v = (dto: object) => dto as Values;

@ApiTags('contacts')
@Controller('api/contacts')
export class ContactsController {
  constructor(private readonly store: ContactsStore) {}

  @Get()
  @Authenticated(STAFF)
  @ListDoc('Contacts (leads), newest first', D.ContactPageDto)
  list(@Query() q: D.ContactQueryDto) {
    return this.store.list(v(q) as never);
  }

  @Get(':id')
  @Authenticated(STAFF)
  @GetDoc('One contact', D.ContactDto)
  get(@Param('id', uuid) id: string) {
    return this.store.get(id);
  }

  @Post()
  @Authenticated(STAFF)
  @CreateDoc('Add a contact (409 when the phone number is already a contact)', D.ContactDto)
  create(@Body() dto: D.CreateContactDto) {
    return this.store.create(v(dto));
  }

  @Patch(':id')
  @Authenticated(STAFF)
  @UpdateDoc('Change a contact (lead score, status, notes, ...)', D.ContactDto)
  update(@Param('id', uuid) id: string, @Body() dto: D.UpdateContactDto) {
    return this.store.update(id, v(dto));
  }

  @Delete(':id')
  @Authenticated(STAFF)
  @DeleteDoc('Delete a contact and its appointments')
  remove(@Param('id', uuid) id: string) {
    return this.store.remove(id);
  }
}

@ApiTags('appointments')
@Controller('api/appointments')
export class AppointmentsController {
  constructor(private readonly appointments: AppointmentsService) {}

  @Get()
  @Authenticated({ roles: ['admin', 'provider', 'patient'] })
  @ListDoc('Appointments (staff: all; a patient: their own), newest first', D.AppointmentPageDto)
  list(@Query() q: D.AppointmentQueryDto) {
    return this.appointments.list(v(q) as never);
  }

  @Get(':id')
  @Authenticated({ roles: ['admin', 'provider', 'patient'] })
  @GetDoc('One appointment', D.AppointmentDto)
  get(@Param('id', uuid) id: string) {
    return this.appointments.get(id);
  }

  @Post()
  @Authenticated(STAFF)
  @CreateDoc('Schedule an appointment (409 when the provider is already booked then)', D.AppointmentDto)
  create(@Body() dto: D.CreateAppointmentDto) {
    return this.appointments.schedule(dto);
  }

  @Patch(':id')
  @Authenticated(STAFF)
  @UpdateDoc('Change an appointment (provider, service, notes)', D.AppointmentDto)
  update(@Param('id', uuid) id: string, @Body() dto: D.UpdateAppointmentDto) {
    return this.appointments.update(id, v(dto));
  }

  @Post(':id/confirm')
  @Authenticated(STAFF)
  @ActionDoc('Confirm a pending appointment', D.AppointmentDto)
  confirm(@Param('id', uuid) id: string) {
    return this.appointments.confirm(id);
  }

  @Post(':id/cancel')
  @Authenticated(STAFF)
  @ActionDoc('Cancel an appointment (frees the provider)', D.AppointmentDto)
  cancel(@Param('id', uuid) id: string) {
    return this.appointments.cancel(id);
  }

  @Post(':id/reschedule')
  @Authenticated(STAFF)
  @ActionDoc('Move an appointment', D.AppointmentDto)
  reschedule(@Param('id', uuid) id: string, @Body() dto: D.RescheduleAppointmentDto) {
    return this.appointments.reschedule(id, dto);
  }

  @Post(':id/complete')
  @Authenticated(STAFF)
  @ActionDoc('Mark an appointment as completed', D.AppointmentDto)
  complete(@Param('id', uuid) id: string) {
    return this.appointments.complete(id);
  }

  @Post(':id/no-show')
  @Authenticated(STAFF)
  @ActionDoc('Mark an appointment as a no-show', D.AppointmentDto)
  noShow(@Param('id', uuid) id: string) {
    return this.appointments.noShow(id);
  }

  @Delete(':id')
  @Authenticated(STAFF)
  @DeleteDoc('Delete an appointment')
  remove(@Param('id', uuid) id: string) {
    return this.appointments.remove(id);
  }
}
