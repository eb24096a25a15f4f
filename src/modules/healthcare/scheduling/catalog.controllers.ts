// Facilities and chambers (public catalogs: anyone reads, admins of the owning org write), maintenance
// windows (admin) and chamber schedules (read through the booking; admin writes).
import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Authenticated, Public } from '../../../common/decorators/access.decorator';
import * as D from './dto/catalog.dto';
import { CreateDoc, DeleteDoc, GetDoc, ListDoc, UpdateDoc } from './docs';
import { AvailabilityService } from './scheduling.service';
import { ChamberSchedulesStore, ChambersStore, FacilitiesStore, MaintenanceStore } from './stores';
import type { Values } from './table-store';

const uuid = new ParseUUIDPipe({ version: '4' });
const ADMIN = { roles: ['admin'] as const, apiKeys: false };
const v = (dto: object) => dto as Values;

@ApiTags('facilities')
@Controller('api/facilities')
export class FacilitiesController {
  constructor(private readonly store: FacilitiesStore) {}

  @Get()
  @Public()
  @ListDoc('Facilities of every organization (filter by organizationId), newest first', D.FacilityPageDto)
  list(@Query() q: D.FacilityQueryDto) {
    return this.store.list(v(q) as never);
  }

  @Get(':id')
  @Public()
  @GetDoc('One facility', D.FacilityDto)
  get(@Param('id', uuid) id: string) {
    return this.store.get(id);
  }

  @Post()
  @Authenticated(ADMIN)
  @CreateDoc('Add a facility', D.FacilityDto)
  create(@Body() dto: D.CreateFacilityDto) {
    return this.store.create(v(dto));
  }

  @Patch(':id')
  @Authenticated(ADMIN)
  @UpdateDoc('Change a facility', D.FacilityDto)
  update(@Param('id', uuid) id: string, @Body() dto: D.UpdateFacilityDto) {
    return this.store.update(id, v(dto));
  }

  @Delete(':id')
  @Authenticated(ADMIN)
  @DeleteDoc('Remove a facility (409 while chambers belong to it)')
  remove(@Param('id', uuid) id: string) {
    return this.store.remove(id);
  }
}

@ApiTags('chambers')
@Controller('api/chambers')
export class ChambersController {
  constructor(
    private readonly store: ChambersStore,
    private readonly availability: AvailabilityService,
  ) {}

  @Get()
  @Public()
  @ListDoc('Chambers of every organization (filter by organizationId or facilityId), newest first', D.ChamberPageDto)
  list(@Query() q: D.ChamberQueryDto) {
    return this.store.list(v(q) as never);
  }

  @Get(':id')
  @Public()
  @GetDoc('One chamber, with its opening hours', D.ChamberDto)
  get(@Param('id', uuid) id: string) {
    return this.store.get(id);
  }

  @Get(':id/availability')
  @Authenticated()
  @GetDoc(
    "Free slots of a chamber on a day (opening hours less confirmed bookings and maintenance); members of the chamber's organization",
    D.AvailabilityDto,
  )
  free(@Param('id', uuid) id: string, @Query() q: D.AvailabilityQueryDto) {
    return this.availability.chamber(id, q.date, q.slotMinutes);
  }

  @Post()
  @Authenticated(ADMIN)
  @CreateDoc('Add a chamber to a facility of the organization', D.ChamberDto)
  create(@Body() dto: D.CreateChamberDto) {
    return this.store.create(v(dto));
  }

  @Patch(':id')
  @Authenticated(ADMIN)
  @UpdateDoc('Change a chamber', D.ChamberDto)
  update(@Param('id', uuid) id: string, @Body() dto: D.UpdateChamberDto) {
    return this.store.update(id, v(dto));
  }

  @Delete(':id')
  @Authenticated(ADMIN)
  @DeleteDoc('Remove a chamber (409 while bookings refer to it)')
  remove(@Param('id', uuid) id: string) {
    return this.store.remove(id);
  }
}

@ApiTags('chamber-maintenance')
@Controller('api/chamber-maintenance')
export class MaintenanceController {
  constructor(private readonly store: MaintenanceStore) {}

  @Get()
  @Authenticated(ADMIN)
  @ListDoc('Maintenance windows, newest first', D.MaintenancePageDto)
  list(@Query() q: D.MaintenanceQueryDto) {
    return this.store.list(v(q) as never);
  }

  @Get(':id')
  @Authenticated(ADMIN)
  @GetDoc('One maintenance window', D.MaintenanceDto)
  get(@Param('id', uuid) id: string) {
    return this.store.get(id);
  }

  @Post()
  @Authenticated(ADMIN)
  @CreateDoc('Block a chamber for maintenance (409 while bookings overlap the window)', D.MaintenanceDto)
  create(@Body() dto: D.CreateMaintenanceDto) {
    return this.store.create(v(dto));
  }

  @Patch(':id')
  @Authenticated(ADMIN)
  @UpdateDoc('Change a maintenance window', D.MaintenanceDto)
  update(@Param('id', uuid) id: string, @Body() dto: D.UpdateMaintenanceDto) {
    return this.store.update(id, v(dto));
  }

  @Delete(':id')
  @Authenticated(ADMIN)
  @DeleteDoc('Remove a maintenance window')
  remove(@Param('id', uuid) id: string) {
    return this.store.remove(id);
  }
}

@ApiTags('chamber-schedules')
@Controller('api/chamber-schedules')
export class ChamberSchedulesController {
  constructor(private readonly store: ChamberSchedulesStore) {}

  @Get()
  @Authenticated({ roles: ['admin', 'provider', 'patient'], apiKeys: false })
  @ListDoc('Session plans of the bookings the caller may see, newest first', D.ChamberSchedulePageDto)
  list(@Query() q: D.ChamberScheduleQueryDto) {
    return this.store.list(v(q) as never);
  }

  @Get(':id')
  @Authenticated({ roles: ['admin', 'provider', 'patient'], apiKeys: false })
  @GetDoc('One session plan', D.ChamberScheduleDto)
  get(@Param('id', uuid) id: string) {
    return this.store.get(id);
  }

  @Post()
  @Authenticated(ADMIN)
  @CreateDoc('Plan a session step for a booking', D.ChamberScheduleDto)
  create(@Body() dto: D.CreateChamberScheduleDto) {
    return this.store.create(v(dto));
  }

  @Patch(':id')
  @Authenticated(ADMIN)
  @UpdateDoc('Change a session plan', D.ChamberScheduleDto)
  update(@Param('id', uuid) id: string, @Body() dto: D.UpdateChamberScheduleDto) {
    return this.store.update(id, v(dto));
  }

  @Delete(':id')
  @Authenticated(ADMIN)
  @DeleteDoc('Remove a session plan')
  remove(@Param('id', uuid) id: string) {
    return this.store.remove(id);
  }
}

