// measurements: one typed query per method, on the request transaction (RLS as the caller).
import { Injectable } from '@nestjs/common';
import { repo } from '../../../common/database/repository';
import { paginate, type Page } from '../../../common/pagination';
import type { MeasurementQueryDto } from './dto/measurement-query.dto';
import { Measurement } from './entities';
import { inTimeRange } from './list-filters';
import { writable, type RowValues } from './row-values';

@Injectable()
export class MeasurementsRepository {
  /** One page of a patient's measurements in an organization, newest first. */
  list(patientId: string, orgId: string, q: MeasurementQueryDto): Promise<Page<Measurement>> {
    const qb = repo(Measurement)
      .createQueryBuilder('m')
      .where('m.patientId = :patientId AND m.orgId = :orgId', { patientId, orgId });
    if (q.measurementType)
      qb.andWhere('m.measurementType = :measurementType', { measurementType: q.measurementType });
    if (q.source) qb.andWhere('m.source = :source', { source: q.source });
    inTimeRange(qb, 'm.measuredAt', q);
    return paginate(qb, q);
  }

  findById(id: string): Promise<Measurement | null> {
    return repo(Measurement).findOneBy({ id });
  }

  /** Inserts the row and reads it back as stored (defaults, triggers). */
  async insert(values: RowValues<Measurement>): Promise<Measurement> {
    const { identifiers } = await repo(Measurement).insert(writable(values));
    return repo(Measurement).findOneByOrFail({ id: identifiers[0].id as string });
  }

  /** Updates the row and reads it back; null when no row with this id is visible and writable. */
  async update(id: string, values: RowValues<Measurement>): Promise<Measurement | null> {
    const { affected } = await repo(Measurement).update({ id }, writable(values));
    return affected ? this.findById(id) : null;
  }

  /** false when no row with this id is visible and deletable. */
  async delete(id: string): Promise<boolean> {
    const { affected } = await repo(Measurement).delete({ id });
    return !!affected;
  }
}
