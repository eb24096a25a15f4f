// calendar_events rows as the API answers them, and a body's fields as row values.
import type { CreateCalendarEventDto } from './dto/create-calendar-event.dto';
import type { CalendarEventDto } from './dto/calendar-event.response.dto';
import type { CalendarEvent } from './entities';
import { defined, type RowValues } from './row-values';

/** 'HH:MM:SS' -> 'HH:MM' (the API's times of day have no seconds). */
const hoursMinutes = (time: string) => time.slice(0, 5);

export function toCalendarEventDto(row: CalendarEvent): CalendarEventDto {
  return {
    id: row.id,
    orgId: row.orgId,
    userId: row.userId,
    date: row.date,
    startTime: row.startTime === null ? null : hoursMinutes(row.startTime),
    endTime: row.endTime === null ? null : hoursMinutes(row.endTime),
    title: row.title,
    description: row.description,
    locationName: row.locationName,
    locationAddress: row.locationAddress,
    locationLat: row.locationLat,
    locationLng: row.locationLng,
    emotion: row.emotion,
    intensity: row.intensity,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** The fields the body names; absent ones stay out. */
export function calendarEventValues(dto: Partial<CreateCalendarEventDto>): RowValues<CalendarEvent> {
  return defined({
    date: dto.date,
    startTime: dto.startTime,
    endTime: dto.endTime,
    title: dto.title,
    description: dto.description,
    locationName: dto.locationName,
    locationAddress: dto.locationAddress,
    locationLat: dto.locationLat,
    locationLng: dto.locationLng,
    emotion: dto.emotion,
    intensity: dto.intensity,
  });
}
