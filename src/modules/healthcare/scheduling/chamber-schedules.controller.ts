// Chamber schedules (a booked session's plan): read through the booking; admins write.
import { Body, Controller, Delete, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ChamberSchedulesService } from './chamber-schedules.service';
import { ChamberScheduleDto, ChamberSchedulePageDto } from './dto/chamber-schedule.response.dto';
import { CreateChamberScheduleDto } from './dto/create-chamber-schedule.dto';
import { ChamberScheduleQueryDto } from './dto/list-chamber-schedules.query.dto';
import { UpdateChamberScheduleDto } from './dto/update-chamber-schedule.dto';
import {
  AdminOnly,
  ClinicalMembers,
  CreateDoc,
  DeleteDoc,
  GetDoc,
  IdParam,
  ListDoc,
  UpdateDoc,
} from './scheduling.decorators';

@ApiTags('chamber-schedules')
@Controller('api/chamber-schedules')
export class ChamberSchedulesController {
  constructor(private readonly schedules: ChamberSchedulesService) {}

  @Get()
  @ClinicalMembers()
  @ListDoc('Session plans of the bookings the caller may see, newest first', ChamberSchedulePageDto)
  list(@Query() q: ChamberScheduleQueryDto) {
    return this.schedules.list(q);
  }

  @Get(':id')
  @ClinicalMembers()
  @GetDoc('One session plan', ChamberScheduleDto)
  get(@IdParam() id: string) {
    return this.schedules.get(id);
  }

  @Post()
  @AdminOnly()
  @CreateDoc('Plan a session step for a booking', ChamberScheduleDto)
  create(@Body() dto: CreateChamberScheduleDto) {
    return this.schedules.create(dto);
  }

  @Patch(':id')
  @AdminOnly()
  @UpdateDoc('Change a session plan', ChamberScheduleDto)
  update(@IdParam() id: string, @Body() dto: UpdateChamberScheduleDto) {
    return this.schedules.update(id, dto);
  }

  @Delete(':id')
  @AdminOnly()
  @DeleteDoc('Remove a session plan')
  remove(@IdParam() id: string) {
    return this.schedules.remove(id);
  }
}
