// The provider directory, patients, medical records, bookings and alerts.
import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../../../common/decorators/access.decorator';
import { AvailabilityQueryDto, AvailabilityDto } from './dto/catalog.dto';
import * as D from './dto/clinic.dto';
import { ActionDoc, CreateDoc, DeleteDoc, GetDoc, ListDoc, UpdateDoc } from './docs';
import { AvailabilityService, BookingsService } from './scheduling.service';
import { AlertsStore, MedicalRecordsStore, PatientsStore, ProvidersStore } from './stores';
import type { Values } from './table-store';

const uuid = new ParseUUIDPipe({ version: '4' });
const ADMIN = { roles: ['admin'] as const, apiKeys: false };
const CLINICAL = { roles: ['admin', 'provider', 'patient'] as const, apiKeys: false };
const v = (dto: object) => dto as Values;

@ApiTags('providers')
@Controller('api/providers')
export class ProvidersController {
  constructor(
    private readonly store: ProvidersStore,
    private readonly availability: AvailabilityService,
  ) {}

  @Get()
  @Authenticated()
  @ListDoc("The organization's provider directory, newest first", D.ProviderPageDto)
  list(@Query() q: D.ProviderQueryDto) {
    return this.store.list(v(q) as never);
  }

  @Get(':id')
  @Authenticated()
  @GetDoc('One provider', D.ProviderDto)
  get(@Param('id', uuid) id: string) {
    return this.store.get(id);
  }

  @Get(':id/availability')
  @Authenticated()
  @GetDoc("A provider's free slots on a day (working hours less appointments and confirmed bookings)", AvailabilityDto)
  free(@Param('id', uuid) id: string, @Query() q: AvailabilityQueryDto) {
    return this.availability.provider(id, q.date, q.slotMinutes);
  }

  @Post()
  @Authenticated(ADMIN)
  @CreateDoc('Add a member to the provider directory', D.ProviderDto)
  create(@Body() dto: D.CreateProviderDto) {
    return this.store.create(v(dto));
  }

  @Patch(':id')
  @Authenticated({ roles: ['admin', 'provider'], apiKeys: false })
  @UpdateDoc(
    'Change a directory entry (a provider changes their own display data and hours; licence, facility and status are for admins)',
    D.ProviderDto,
  )
  update(@Param('id', uuid) id: string, @Body() dto: D.UpdateProviderDto) {
    return this.store.update(id, v(dto));
  }

  @Delete(':id')
  @Authenticated(ADMIN)
  @DeleteDoc('Remove a directory entry (409 while medical records name the provider)')
  remove(@Param('id', uuid) id: string) {
    return this.store.remove(id);
  }
}

@ApiTags('patients')
@Controller('api/patients')
export class PatientsController {
  constructor(private readonly store: PatientsStore) {}

  @Get()
  @Authenticated(CLINICAL)
  @ListDoc('Patients the caller may see: admins all, providers those they treat, a patient their own record', D.PatientPageDto)
  list(@Query() q: D.PatientQueryDto) {
    return this.store.list(v(q) as never);
  }

  @Get(':id')
  @Authenticated(CLINICAL)
  @GetDoc('One patient', D.PatientDto)
  get(@Param('id', uuid) id: string) {
    return this.store.get(id);
  }

  @Post()
  @Authenticated(ADMIN)
  @CreateDoc('Register a patient', D.PatientDto)
  create(@Body() dto: D.CreatePatientDto) {
    return this.store.create(v(dto));
  }

  @Patch(':id')
  @Authenticated({ roles: ['admin', 'patient'], apiKeys: false })
  @UpdateDoc('Change a patient (a patient changes only their own contact details)', D.PatientDto)
  update(@Param('id', uuid) id: string, @Body() dto: D.UpdatePatientDto) {
    return this.store.update(id, v(dto));
  }

  @Delete(':id')
  @Authenticated(ADMIN)
  @DeleteDoc('Delete a patient without clinical history (409 while bookings or medical records name them; those are retained)')
  remove(@Param('id', uuid) id: string) {
    return this.store.remove(id);
  }
}

@ApiTags('medical-records')
@Controller('api/medical-records')
export class MedicalRecordsController {
  constructor(private readonly store: MedicalRecordsStore) {}

  @Get()
  @Authenticated(CLINICAL)
  @ListDoc('Medical records the caller may see (audited), newest first', D.MedicalRecordPageDto)
  list(@Query() q: D.MedicalRecordQueryDto) {
    return this.store.list(v(q) as never);
  }

  @Get(':id')
  @Authenticated(CLINICAL)
  @GetDoc('One medical record (audited)', D.MedicalRecordDto)
  get(@Param('id', uuid) id: string) {
    return this.store.get(id);
  }

  @Post()
  @Authenticated({ roles: ['admin', 'provider'], apiKeys: false })
  @CreateDoc('Write a medical record (a provider, for a patient they treat, as themselves)', D.MedicalRecordDto)
  create(@Body() dto: D.CreateMedicalRecordDto) {
    return this.store.create(v(dto));
  }

  @Patch(':id')
  @Authenticated({ roles: ['admin', 'provider'], apiKeys: false })
  @UpdateDoc('Amend a medical record (its author or a treating provider)', D.MedicalRecordDto)
  update(@Param('id', uuid) id: string, @Body() dto: D.UpdateMedicalRecordDto) {
    return this.store.update(id, v(dto));
  }

  @Delete(':id')
  @Authenticated({ roles: ['admin', 'provider'], apiKeys: false })
  @DeleteDoc('Delete a medical record (its author or an admin)')
  remove(@Param('id', uuid) id: string) {
    return this.store.remove(id);
  }
}

@ApiTags('bookings')
@Controller('api/bookings')
export class BookingsController {
  constructor(private readonly bookings: BookingsService) {}

  @Get()
  @Authenticated(CLINICAL)
  @ListDoc('Bookings the caller may see (own, as the booked provider, or all for admins), newest first', D.BookingPageDto)
  list(@Query() q: D.BookingQueryDto) {
    return this.bookings.list(v(q) as never);
  }

  @Get(':id')
  @Authenticated(CLINICAL)
  @GetDoc('One booking', D.BookingDto)
  get(@Param('id', uuid) id: string) {
    return this.bookings.get(id);
  }

  @Post()
  @Authenticated({ roles: ['admin', 'patient'], apiKeys: false })
  @CreateDoc(
    'Book a chamber slot (confirmed at once unless tentative); 409 when the slot is taken or under maintenance',
    D.BookingDto,
  )
  book(@Body() dto: D.CreateBookingDto) {
    return this.bookings.book(dto);
  }

  @Patch(':id')
  @Authenticated(CLINICAL)
  @UpdateDoc('Change notes (and, for admins, the provider)', D.BookingDto)
  update(@Param('id', uuid) id: string, @Body() dto: D.UpdateBookingDto) {
    return this.bookings.update(id, v(dto));
  }

  @Post(':id/confirm')
  @Authenticated(CLINICAL)
  @ActionDoc('Confirm a pending booking (takes the slot; 409 when it is no longer free)', D.BookingDto)
  confirm(@Param('id', uuid) id: string) {
    return this.bookings.confirm(id);
  }

  @Post(':id/cancel')
  @Authenticated(CLINICAL)
  @ActionDoc('Cancel a booking (frees the slot)', D.BookingDto)
  cancel(@Param('id', uuid) id: string, @Body() dto: D.CancelDto) {
    return this.bookings.cancel(id, dto.reason);
  }

  @Post(':id/reschedule')
  @Authenticated(CLINICAL)
  @ActionDoc('Move a booking to another time (or chamber)', D.BookingDto)
  reschedule(@Param('id', uuid) id: string, @Body() dto: D.RescheduleBookingDto) {
    return this.bookings.reschedule(id, dto);
  }

  @Post(':id/complete')
  @Authenticated({ roles: ['admin', 'provider'], apiKeys: false })
  @ActionDoc('Mark a confirmed booking as completed', D.BookingDto)
  complete(@Param('id', uuid) id: string) {
    return this.bookings.complete(id);
  }

  @Delete(':id')
  @Authenticated(ADMIN)
  @DeleteDoc('Delete a booking (admins; others cancel)')
  remove(@Param('id', uuid) id: string) {
    return this.bookings.remove(id);
  }
}

@ApiTags('alerts')
@Controller('api/alerts')
export class AlertsController {
  constructor(private readonly store: AlertsStore) {}

  @Get()
  @Authenticated({ apiKeys: false })
  @ListDoc('Own alerts, newest first', D.AlertPageDto)
  list(@Query() q: D.AlertQueryDto) {
    return this.store.list(v(q) as never);
  }

  @Get(':id')
  @Authenticated({ apiKeys: false })
  @GetDoc('One own alert', D.AlertDto)
  get(@Param('id', uuid) id: string) {
    return this.store.get(id);
  }

  @Post(':id/read')
  @Authenticated({ apiKeys: false })
  @ActionDoc('Mark an own alert as read', D.AlertDto)
  read(@Param('id', uuid) id: string) {
    return this.store.markRead(id);
  }

  @Delete(':id')
  @Authenticated({ apiKeys: false })
  @DeleteDoc('Delete an own alert')
  remove(@Param('id', uuid) id: string) {
    return this.store.remove(id);
  }
}
