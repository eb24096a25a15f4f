// CRM appointments: staff (API keys included) schedule and manage; the patient linked to the contact reads
// their own.
import { Body, Controller, Delete, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../../../common/decorators/access.decorator';
import { AppointmentsService } from './appointments.service';
import { AppointmentDto, AppointmentPageDto } from './dto/appointment.response.dto';
import { CreateAppointmentDto } from './dto/create-appointment.dto';
import { AppointmentQueryDto } from './dto/list-appointments.query.dto';
import { RescheduleAppointmentDto } from './dto/reschedule-appointment.dto';
import { UpdateAppointmentDto } from './dto/update-appointment.dto';
import {
  ActionDoc,
  CreateDoc,
  CrmStaff,
  DeleteDoc,
  GetDoc,
  IdParam,
  ListDoc,
  UpdateDoc,
} from './scheduling.decorators';

@ApiTags('appointments')
@Controller('api/appointments')
export class AppointmentsController {
  constructor(private readonly appointments: AppointmentsService) {}

  @Get()
  @Authenticated({ roles: ['admin', 'provider', 'patient'] })
  @ListDoc('Appointments (staff: all; a patient: their own), newest first', AppointmentPageDto)
  list(@Query() q: AppointmentQueryDto) {
    return this.appointments.list(q);
  }

  @Get(':id')
  @Authenticated({ roles: ['admin', 'provider', 'patient'] })
  @GetDoc('One appointment', AppointmentDto)
  get(@IdParam() id: string) {
    return this.appointments.get(id);
  }

  @Post()
  @CrmStaff()
  @CreateDoc('Schedule an appointment (409 when the provider is already booked then)', AppointmentDto)
  create(@Body() dto: CreateAppointmentDto) {
    return this.appointments.schedule(dto);
  }

  @Patch(':id')
  @CrmStaff()
  @UpdateDoc('Change an appointment (provider, service, notes)', AppointmentDto)
  update(@IdParam() id: string, @Body() dto: UpdateAppointmentDto) {
    return this.appointments.update(id, dto);
  }

  @Post(':id/confirm')
  @CrmStaff()
  @ActionDoc('Confirm a pending appointment', AppointmentDto)
  confirm(@IdParam() id: string) {
    return this.appointments.confirm(id);
  }

  @Post(':id/cancel')
  @CrmStaff()
  @ActionDoc('Cancel an appointment (frees the provider)', AppointmentDto)
  cancel(@IdParam() id: string) {
    return this.appointments.cancel(id);
  }

  @Post(':id/reschedule')
  @CrmStaff()
  @ActionDoc('Move an appointment', AppointmentDto)
  reschedule(@IdParam() id: string, @Body() dto: RescheduleAppointmentDto) {
    return this.appointments.reschedule(id, dto);
  }

  @Post(':id/complete')
  @CrmStaff()
  @ActionDoc('Mark an appointment as completed', AppointmentDto)
  complete(@IdParam() id: string) {
    return this.appointments.complete(id);
  }

  @Post(':id/no-show')
  @CrmStaff()
  @ActionDoc('Mark an appointment as a no-show', AppointmentDto)
  noShow(@IdParam() id: string) {
    return this.appointments.noShow(id);
  }

  @Delete(':id')
  @CrmStaff()
  @DeleteDoc('Delete an appointment')
  remove(@IdParam() id: string) {
    return this.appointments.remove(id);
  }
}
