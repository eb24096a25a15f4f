import { Injectable } from '@nestjs/common';
import { repo } from '../../../common/database/repository';
import { paginate, type Page } from '../../../common/pagination';
import type { AppointmentQueryDto } from './dto/list-appointments.query.dto';
import { Appointment } from './entities';
import type { AppointmentStatus } from './scheduling.enums';
import { given } from './scheduling.helpers';

export type AppointmentValues = Partial<
  Pick<
    Appointment,
    | 'contactId'
    | 'providerId'
    | 'serviceType'
    | 'scheduledAt'
    | 'durationMinutes'
    | 'status'
    | 'confirmationSent'
    | 'notes'
  >
>;

@Injectable()
export class AppointmentsRepository {
  list(orgId: string | null, q: AppointmentQueryDto): Promise<Page<Appointment>> {
    const qb = repo(Appointment).createQueryBuilder('a').where('a.orgId = :orgId', { orgId });
    if (given(q.contactId)) qb.andWhere('a.contactId = :contactId', { contactId: q.contactId });
    if (given(q.providerId)) qb.andWhere('a.providerId = :providerId', { providerId: q.providerId });
    if (given(q.status)) qb.andWhere('a.status = :status', { status: q.status });
    if (given(q.from)) qb.andWhere('a.endsAt > :from', { from: q.from });
    if (given(q.to)) qb.andWhere('a.scheduledAt < :to', { to: q.to });
    return paginate(qb, q);
  }

  findById(id: string, orgId: string | null): Promise<Appointment | null> {
    return repo(Appointment)
      .createQueryBuilder('a')
      .where('a.id = :id AND a.orgId = :orgId', { id, orgId })
      .getOne();
  }

  async insert(values: AppointmentValues): Promise<string> {
    const { identifiers } = await repo(Appointment).insert(values);
    return identifiers[0].id as string;
  }

  async update(id: string, orgId: string | null, values: AppointmentValues): Promise<boolean> {
    const { affected } = await repo(Appointment)
      .createQueryBuilder()
      .update()
      .set(values)
      .where('id = :id AND org_id = :orgId', { id, orgId })
      .execute();
    return !!affected;
  }

  /** An update that applies only while the appointment is in one of `from`; whether it did. */
  async transition(
    id: string,
    orgId: string | null,
    values: AppointmentValues,
    from: AppointmentStatus[],
  ): Promise<boolean> {
    const { affected } = await repo(Appointment)
      .createQueryBuilder()
      .update()
      .set(values)
      .where('id = :id AND org_id = :orgId AND status IN (:...from)', { id, orgId, from })
      .execute();
    return !!affected;
  }

  async delete(id: string, orgId: string | null): Promise<boolean> {
    const { affected } = await repo(Appointment)
      .createQueryBuilder()
      .delete()
      .where('id = :id AND org_id = :orgId', { id, orgId })
      .execute();
    return !!affected;
  }
}
