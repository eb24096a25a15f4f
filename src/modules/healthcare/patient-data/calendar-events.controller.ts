import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CreateCalendarEventDto } from './dto/create-calendar-event.dto';
import { CalendarEventQueryDto } from './dto/calendar-event-query.dto';
import { CalendarEventDto, CalendarEventPageDto } from './dto/calendar-event.response.dto';
import { UpdateCalendarEventDto } from './dto/update-calendar-event.dto';
import { CalendarEventsService } from './calendar-events.service';
import {
  OWN_MEMBER_DATA,
  CreateOperation,
  DeleteOperation,
  GetOperation,
  IdParam,
  ListOperation,
  UpdateOperation,
} from './resource-operations.decorator';

@ApiTags('companion')
@Controller('api/calendar-events')
export class CalendarEventsController {
  constructor(private readonly calendarEvents: CalendarEventsService) {}

  @Get()
  @ListOperation(OWN_MEMBER_DATA, 'calendar event', CalendarEventPageDto)
  list(@Query() q: CalendarEventQueryDto): Promise<CalendarEventPageDto> {
    return this.calendarEvents.list(q);
  }

  @Get(':id')
  @GetOperation(OWN_MEMBER_DATA, 'calendar event', CalendarEventDto)
  get(@IdParam() id: string): Promise<CalendarEventDto> {
    return this.calendarEvents.get(id);
  }

  @Post()
  @CreateOperation(OWN_MEMBER_DATA, 'calendar event', CalendarEventDto)
  create(@Body() dto: CreateCalendarEventDto): Promise<CalendarEventDto> {
    return this.calendarEvents.create(dto);
  }

  @Patch(':id')
  @UpdateOperation(OWN_MEMBER_DATA, 'calendar event', CalendarEventDto)
  update(@IdParam() id: string, @Body() dto: UpdateCalendarEventDto): Promise<CalendarEventDto> {
    return this.calendarEvents.update(id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @DeleteOperation(OWN_MEMBER_DATA, 'calendar event')
  remove(@IdParam() id: string): Promise<void> {
    return this.calendarEvents.remove(id);
  }
}
