// calendar_events: one typed query per method, on the request transaction (RLS as the caller).
import { Injectable } from '@nestjs/common';
import { repo } from '../../../common/database/repository';
import { paginate, type Page } from '../../../common/pagination';
import type { CalendarEventQueryDto } from './dto/calendar-event-query.dto';
import { CalendarEvent } from './entities';
import { containsText, inTimeRange } from './list-filters';
import { writable, type RowValues } from './row-values';

@Injectable()
export class CalendarEventsRepository {
  /** One page of a member's calendar events in an organization, newest first. */
  list(userId: string, orgId: string, q: CalendarEventQueryDto): Promise<Page<CalendarEvent>> {
    const qb = repo(CalendarEvent)
      .createQueryBuilder('c')
      .where('c.userId = :userId AND c.orgId = :orgId', { userId, orgId });
    if (q.emotion) qb.andWhere('c.emotion = :emotion', { emotion: q.emotion });
    inTimeRange(qb, 'c.date', q);
    containsText(qb, 'c.title', q.q);
    return paginate(qb, q);
  }

  findById(id: string): Promise<CalendarEvent | null> {
    return repo(CalendarEvent).findOneBy({ id });
  }

  /** Inserts the row and reads it back as stored (defaults, triggers). */
  async insert(values: RowValues<CalendarEvent>): Promise<CalendarEvent> {
    const { identifiers } = await repo(CalendarEvent).insert(writable(values));
    return repo(CalendarEvent).findOneByOrFail({ id: identifiers[0].id as string });
  }

  /** Updates the row and reads it back; null when no row with this id is visible and writable. */
  async update(id: string, values: RowValues<CalendarEvent>): Promise<CalendarEvent | null> {
    const { affected } = await repo(CalendarEvent).update({ id }, writable(values));
    return affected ? this.findById(id) : null;
  }

  /** false when no row with this id is visible and deletable. */
  async delete(id: string): Promise<boolean> {
    const { affected } = await repo(CalendarEvent).delete({ id });
    return !!affected;
  }
}
