// Companion app: a member's calendar, theirs alone.
import { Injectable } from '@nestjs/common';
import { notFound } from '../../../common/errors/domain-error';
import { caller } from './caller';
import type { CreateCalendarEventDto } from './dto/create-calendar-event.dto';
import type { CalendarEventQueryDto } from './dto/calendar-event-query.dto';
import type { CalendarEventDto, CalendarEventPageDto } from './dto/calendar-event.response.dto';
import type { UpdateCalendarEventDto } from './dto/update-calendar-event.dto';
import { calendarEventValues, toCalendarEventDto } from './calendar-events.mapper';
import { CalendarEventsRepository } from './calendar-events.repository';

@Injectable()
export class CalendarEventsService {
  constructor(private readonly calendarEvents: CalendarEventsRepository) {}

  async list(q: CalendarEventQueryDto): Promise<CalendarEventPageDto> {
    const { userId, orgId } = caller();
    const page = await this.calendarEvents.list(userId, orgId, q);
    return { items: page.items.map(toCalendarEventDto), nextCursor: page.nextCursor };
  }

  async get(id: string): Promise<CalendarEventDto> {
    const row = await this.calendarEvents.findById(id);
    if (!row) throw notFound('calendar event');
    return toCalendarEventDto(row);
  }

  async create(dto: CreateCalendarEventDto): Promise<CalendarEventDto> {
    return toCalendarEventDto(
      await this.calendarEvents.insert({ ...calendarEventValues(dto), userId: caller().userId }),
    );
  }

  async update(id: string, dto: UpdateCalendarEventDto): Promise<CalendarEventDto> {
    const values = calendarEventValues(dto);
    // An empty patch changes nothing: the row as it is (404 when it is not visible).
    const row = Object.keys(values).length
      ? await this.calendarEvents.update(id, values)
      : await this.calendarEvents.findById(id);
    if (!row) throw notFound('calendar event');
    return toCalendarEventDto(row);
  }

  async remove(id: string): Promise<void> {
    if (!(await this.calendarEvents.delete(id))) throw notFound('calendar event');
  }
}
