// The resources of this module over ResourceStore, plus the two rules that are not plain CRUD: reads of
// clinical data leave an audit record, and a provider reads a patient's data only while treating them.
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { APP_CONFIG, type ResolvedConfig } from '../../../common/config/config';
import { currentTransaction } from '../../../common/context/request-context';
import { sql } from '../../../common/database/sql';
import { notFound } from '../../../common/errors/domain-error';
import { ClinicalReadAudit } from './clinical-read-audit';
import { ResourceStore, type ListOptions, type ResourceSpec, type Values } from './resource-store';
import { ACTIVITY_LOG, CONDITION_EVENTS, FOOD_LOG, HEALTH_GOALS, IMPORT_SOURCES, MEASUREMENTS } from './resources';
import { importTokenAad, SecretBox } from './secret-box';

/** Clinical data: own reads and treating providers' reads are audited. */
export const CLINICAL_SPECS: ReadonlySet<ResourceSpec> = new Set([
  MEASUREMENTS,
  FOOD_LOG,
  ACTIVITY_LOG,
  CONDITION_EVENTS,
  HEALTH_GOALS,
]);

@Injectable()
export class PatientDataService {
  private readonly stores = new Map<ResourceSpec, ResourceStore>();

  constructor(private readonly audit: ClinicalReadAudit) {}

  private store(spec: ResourceSpec): ResourceStore {
    let store = this.stores.get(spec);
    if (!store) this.stores.set(spec, (store = new ResourceStore(spec)));
    return store;
  }

  async list(spec: ResourceSpec, q: ListOptions) {
    const result = await this.store(spec).list(q);
    if (CLINICAL_SPECS.has(spec))
      await this.audit.record({ table: spec.table, patientId: currentTransaction().claims.sub!, rowIds: result.items.map((r) => r.id), via: 'own' });
    return result;
  }

  async get(spec: ResourceSpec, id: string) {
    const row = await this.store(spec).get(id);
    if (CLINICAL_SPECS.has(spec))
      await this.audit.record({ table: spec.table, patientId: row.patientId, rowIds: [row.id], via: 'own' });
    return row;
  }

  create(spec: ResourceSpec, values: Values) {
    return this.store(spec).create(values);
  }

  update(spec: ResourceSpec, id: string, values: Values) {
    return this.store(spec).update(id, values);
  }

  remove(spec: ResourceSpec, id: string) {
    return this.store(spec).remove(id);
  }

  /**
   * A treating provider's read of a patient's clinical data. Not treating (no booking, appointment or
   * medical record with the patient, or another org) answers 404, the same as a patient that does not exist.
   */
  async listForPatient(spec: ResourceSpec, patientId: string, q: ListOptions) {
    const treats = await sql().one<{ treats: boolean }>(`SELECT app_private.provider_treats($1) AS treats`, [patientId]);
    if (!treats?.treats) {
      this.audit.recordDenied(spec.table, patientId);
      throw notFound('patient');
    }
    const result = await this.store(spec).list(q, patientId);
    await this.audit.record({ table: spec.table, patientId, rowIds: result.items.map((r) => r.id), via: 'provider' });
    return result;
  }
}

/** Import sources: the auth token goes in encrypted, bound to its row, and never comes back out. */
@Injectable()
export class ImportSourcesService {
  private readonly store = new ResourceStore(IMPORT_SOURCES);
  private readonly box: SecretBox;

  constructor(@Inject(APP_CONFIG) config: ResolvedConfig) {
    this.box = new SecretBox(config.DATA_ENCRYPTION_KEY);
  }

  list(q: ListOptions) {
    return this.store.list(q);
  }

  get(id: string) {
    return this.store.get(id);
  }

  create(values: Values & { authToken?: string | null }) {
    const id = randomUUID();
    const extra: Record<string, unknown> = { id };
    if (values.authToken) extra.auth_token = this.box.seal(values.authToken, importTokenAad(id));
    return this.store.create(values, extra);
  }

  /** authToken: a string replaces the stored token, null removes it, absent keeps it. */
  update(id: string, values: Values & { authToken?: string | null }) {
    const extra: Record<string, unknown> = {};
    if (values.authToken === null) extra.auth_token = null;
    else if (values.authToken !== undefined) extra.auth_token = this.box.seal(values.authToken, importTokenAad(id));
    return this.store.update(id, values, extra);
  }

  remove(id: string) {
    return this.store.remove(id);
  }
}
