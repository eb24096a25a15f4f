// patient_data_import_sources: one typed query per method, on the request transaction (RLS as the caller).
import { Injectable } from '@nestjs/common';
import { repo } from '../../../common/database/repository';
import { paginate, type Page } from '../../../common/pagination';
import type { ImportSourceQueryDto } from './dto/import-source-query.dto';
import { ImportSource } from './entities';
import { writable, type RowValues } from './row-values';

@Injectable()
export class ImportSourcesRepository {
  /** One page of a patient's import sources in an organization, newest first. */
  list(patientId: string, orgId: string, q: ImportSourceQueryDto): Promise<Page<ImportSource>> {
    const qb = repo(ImportSource)
      .createQueryBuilder('s')
      .where('s.patientId = :patientId AND s.orgId = :orgId', { patientId, orgId });
    if (q.sourceType) qb.andWhere('s.sourceType = :sourceType', { sourceType: q.sourceType });
    if (q.status) qb.andWhere('s.status = :status', { status: q.status });
    return paginate(qb, q);
  }

  findById(id: string): Promise<ImportSource | null> {
    return repo(ImportSource).findOneBy({ id });
  }

  /** Inserts the row and reads it back as stored (defaults, triggers). */
  async insert(values: RowValues<ImportSource>): Promise<ImportSource> {
    const { identifiers } = await repo(ImportSource).insert(writable(values));
    return repo(ImportSource).findOneByOrFail({ id: identifiers[0].id as string });
  }

  /** Updates the row and reads it back; null when no row with this id is visible and writable. */
  async update(id: string, values: RowValues<ImportSource>): Promise<ImportSource | null> {
    const { affected } = await repo(ImportSource).update({ id }, writable(values));
    return affected ? this.findById(id) : null;
  }

  /** false when no row with this id is visible and deletable. */
  async delete(id: string): Promise<boolean> {
    const { affected } = await repo(ImportSource).delete({ id });
    return !!affected;
  }
}
