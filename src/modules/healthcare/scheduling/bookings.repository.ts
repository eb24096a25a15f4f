import { Injectable } from '@nestjs/common';
import { repo } from '../../../common/database/repository';
import { sql } from '../../../common/database/sql';
import { paginate, type Page } from '../../../common/pagination';
import { bookForQuery, bookOwnQuery, type BookingRow, type NewBooking } from './bookings.queries';
import type { BookingQueryDto } from './dto/list-bookings.query.dto';
import { Booking } from './entities';
import type { BookingStatus } from './scheduling.enums';
import { given } from './scheduling.helpers';

export type BookingChanges = Partial<
  Pick<
    Booking,
    'chamberId' | 'providerId' | 'startsAt' | 'endsAt' | 'status' | 'notes' | 'cancellationReason'
  >
>;

@Injectable()
export class BookingsRepository {
  list(orgId: string | null, q: BookingQueryDto): Promise<Page<Booking>> {
    const qb = repo(Booking).createQueryBuilder('b').where('b.orgId = :orgId', { orgId });
    if (given(q.patientId)) qb.andWhere('b.patientId = :patientId', { patientId: q.patientId });
    if (given(q.chamberId)) qb.andWhere('b.chamberId = :chamberId', { chamberId: q.chamberId });
    if (given(q.providerId)) qb.andWhere('b.providerId = :providerId', { providerId: q.providerId });
    if (given(q.status)) qb.andWhere('b.status = :status', { status: q.status });
    if (given(q.from)) qb.andWhere('b.endsAt > :from', { from: q.from });
    if (given(q.to)) qb.andWhere('b.startsAt < :to', { to: q.to });
    return paginate(qb, q);
  }

  findById(id: string, orgId: string | null): Promise<Booking | null> {
    return repo(Booking)
      .createQueryBuilder('b')
      .where('b.id = :id AND b.orgId = :orgId', { id, orgId })
      .getOne();
  }

  /** The calling patient books for their own record; undefined when they have none (or not that one). */
  async bookOwn(
    orgId: string | null,
    userId: string | null,
    patientId: string | null,
    b: NewBooking,
  ): Promise<BookingRow | undefined> {
    const { text, params } = bookOwnQuery(orgId, userId, patientId, b);
    return sql().one<BookingRow>(text, params);
  }

  async bookFor(patientId: string, b: NewBooking): Promise<BookingRow> {
    const { text, params } = bookForQuery(patientId, b);
    return sql().returning<BookingRow>(text, params);
  }

  async update(id: string, orgId: string | null, values: BookingChanges): Promise<boolean> {
    const { affected } = await repo(Booking)
      .createQueryBuilder()
      .update()
      .set(values)
      .where('id = :id AND org_id = :orgId', { id, orgId })
      .execute();
    return !!affected;
  }

  /** An update that applies only while the booking is in one of `from`; whether it did. */
  async transition(
    id: string,
    orgId: string | null,
    values: BookingChanges,
    from: BookingStatus[],
  ): Promise<boolean> {
    const { affected } = await repo(Booking)
      .createQueryBuilder()
      .update()
      .set(values)
      .where('id = :id AND org_id = :orgId AND status IN (:...from)', { id, orgId, from })
      .execute();
    return !!affected;
  }

  async delete(id: string, orgId: string | null): Promise<boolean> {
    const { affected } = await repo(Booking)
      .createQueryBuilder()
      .delete()
      .where('id = :id AND org_id = :orgId', { id, orgId })
      .execute();
    return !!affected;
  }
}
