import { Injectable } from '@nestjs/common';
import { repo } from '../../../common/database/repository';
import { sql } from '../../../common/database/sql';
import { paginate, type Page, type PageQueryDto } from '../../../common/pagination';
import type { MedicalRecordQueryDto } from './dto/list-medical-records.query.dto';
import { MedicalRecord, MedicalRecordVersion } from './entities';
import { SET_AMENDMENT_REASON_SQL } from './medical-records.queries';
import { given } from './scheduling.helpers';

export type MedicalRecordValues = Partial<
  Omit<
    MedicalRecord,
    | 'id'
    | 'orgId'
    | 'org'
    | 'patient'
    | 'provider'
    | 'booking'
    | 'version'
    | 'amendedAt'
    | 'amendmentReason'
    | 'createdAt'
    | 'updatedAt'
  >
>;

/** The clinical content of a record: what an amendment replaces and a version keeps. */
export type MedicalRecordContent = Partial<
  Pick<MedicalRecord, 'recordType' | 'title' | 'content' | 'recordedAt'>
>;

@Injectable()
export class MedicalRecordsRepository {
  list(orgId: string | null, q: MedicalRecordQueryDto): Promise<Page<MedicalRecord>> {
    const qb = repo(MedicalRecord).createQueryBuilder('r').where('r.orgId = :orgId', { orgId });
    if (given(q.patientId)) qb.andWhere('r.patientId = :patientId', { patientId: q.patientId });
    if (given(q.providerId)) qb.andWhere('r.providerId = :providerId', { providerId: q.providerId });
    if (given(q.recordType)) qb.andWhere('r.recordType = :recordType', { recordType: q.recordType });
    if (given(q.from)) qb.andWhere('r.recordedAt >= :from', { from: q.from });
    if (given(q.to)) qb.andWhere('r.recordedAt < :to', { to: q.to });
    return paginate(qb, q);
  }

  findById(id: string, orgId: string | null): Promise<MedicalRecord | null> {
    return repo(MedicalRecord)
      .createQueryBuilder('r')
      .where('r.id = :id AND r.orgId = :orgId', { id, orgId })
      .getOne();
  }

  async insert(values: MedicalRecordValues): Promise<string> {
    const { identifiers } = await repo(MedicalRecord).insert(values);
    return identifiers[0].id as string;
  }

  /** Changes that are not clinical content (the booking); content changes are amendments. */
  async update(
    id: string,
    orgId: string | null,
    values: Pick<MedicalRecordValues, 'bookingId'>,
  ): Promise<boolean> {
    const { affected } = await repo(MedicalRecord)
      .createQueryBuilder()
      .update()
      .set(values)
      .where('id = :id AND org_id = :orgId', { id, orgId })
      .execute();
    return !!affected;
  }

  /** An amendment: the trigger keeps the replaced version and counts this one. False when no row was changed. */
  async amend(
    id: string,
    orgId: string | null,
    content: MedicalRecordContent,
    reason: string,
  ): Promise<boolean> {
    await sql().one(SET_AMENDMENT_REASON_SQL, [reason]);
    const { affected } = await repo(MedicalRecord)
      .createQueryBuilder()
      .update()
      .set(content)
      .where('id = :id AND org_id = :orgId', { id, orgId })
      .execute();
    return !!affected;
  }

  /** The versions a record had before its amendments, newest first. */
  versions(recordId: string, orgId: string | null, q: PageQueryDto): Promise<Page<MedicalRecordVersion>> {
    const qb = repo(MedicalRecordVersion)
      .createQueryBuilder('v')
      .where('v.orgId = :orgId AND v.recordId = :recordId', { orgId, recordId });
    return paginate(qb, q);
  }
}
