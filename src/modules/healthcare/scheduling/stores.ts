// The plain resources: one TableStore each (list, get, create, update, delete through RLS).
import { Injectable } from '@nestjs/common';
import { sql } from '../../../common/database/sql';
import { DomainError, notFound } from '../../../common/errors/domain-error';
import { ClinicalAccessAudit } from './clinical-access-audit';
import * as S from './specs';
import { TableStore, type ListQuery, type Values } from './table-store';

@Injectable()
export class FacilitiesStore extends TableStore {
  constructor() {
    super(S.FACILITIES);
  }
}

@Injectable()
export class ChambersStore extends TableStore {
  constructor() {
    super(S.CHAMBERS);
  }
}

@Injectable()
export class MaintenanceStore extends TableStore {
  constructor() {
    super(S.MAINTENANCE);
  }

  override create(dto: Values) {
    assertWindow(dto.startsAt as Date, dto.endsAt as Date);
    return super.create(dto);
  }
}

@Injectable()
export class ChamberSchedulesStore extends TableStore {
  constructor() {
    super(S.CHAMBER_SCHEDULES);
  }
}

@Injectable()
export class ProvidersStore extends TableStore {
  constructor() {
    super(S.PROVIDERS);
  }
}

@Injectable()
export class PatientsStore extends TableStore {
  constructor() {
    super(S.PATIENTS);
  }

  /** Clinical history is retained: a patient with bookings or medical records is not deleted (409). */
  override async remove(id: string): Promise<void> {
    const row = await sql().one<{ held: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM public.bookings b WHERE b.org_id = p.org_id AND b.patient_id = p.id)
           OR EXISTS (SELECT 1 FROM public.medical_records m WHERE m.org_id = p.org_id AND m.patient_id = p.id) AS held
       FROM public.patients p WHERE p.id = $1 AND p.org_id = $2`,
      [id, this.claims.org_id],
    );
    if (row?.held)
      throw new DomainError('conflict', 'The patient has bookings or medical records, which are retained; the patient cannot be deleted.');
    return super.remove(id);
  }
}

@Injectable()
export class ContactsStore extends TableStore {
  constructor() {
    super(S.CONTACTS);
  }
}

/** Alerts are the caller's own: listed by user, marked read, deleted. */
@Injectable()
export class AlertsStore extends TableStore {
  constructor() {
    super(S.ALERTS);
  }

  override list(query: ListQuery) {
    return super.list(query, { where: 'user_id = $?::uuid', params: [this.claims.sub] });
  }

  async markRead(id: string) {
    const count = await sql().exec(
      `UPDATE public.alerts SET read_at = coalesce(read_at, now()) WHERE id = $1 AND user_id = $2 AND org_id = $3`,
      [id, this.claims.sub, this.claims.org_id],
    );
    if (!count) throw notFound('alert');
    return this.get(id);
  }
}

/** Medical records: every read goes through the audit hook; a provider authors as themselves by default. */
@Injectable()
export class MedicalRecordsStore extends TableStore {
  constructor(private readonly audit: ClinicalAccessAudit) {
    super(S.MEDICAL_RECORDS);
  }

  override async list(query: ListQuery) {
    const page = await super.list(query);
    await this.audit.record({
      table: 'medical_records',
      action: 'read',
      rowIds: page.items.map((r) => r.id as string),
      patientIds: [...new Set(page.items.map((r) => r.patientId as string))],
    });
    return page;
  }

  override async get(id: string) {
    let row;
    try {
      row = await super.get(id);
    } catch (err) {
      if (err instanceof DomainError && err.code === 'not-found') this.audit.recordDenied('medical_records', id);
      throw err;
    }
    await this.audit.record({ table: 'medical_records', action: 'read', rowIds: [id], patientIds: [row.patientId as string] });
    return row;
  }

  override async create(dto: Values) {
    let providerId = dto.providerId as string | undefined;
    if (!providerId) {
      const me = await sql().one<{ id: string | null }>(`SELECT app_private.my_provider_id() AS id`);
      if (!me?.id) throw new DomainError('invalid-input', 'providerId is required.', [{ field: 'providerId', message: 'is required' }]);
      providerId = me.id;
    }
    return super.create({ ...dto, providerId });
  }
}

export function assertWindow(startsAt: Date, endsAt: Date, field = 'endsAt') {
  if (endsAt.getTime() <= startsAt.getTime())
    throw new DomainError('invalid-input', `${field} must be after the start.`, [{ field, message: 'must be after the start' }]);
}
