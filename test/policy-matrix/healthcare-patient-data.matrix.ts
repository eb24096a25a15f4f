// Policy matrix rows for the healthcare catalogs, the patient's own health data and the companion app's
// tables. The world's provider treats the world's patient through the scheduling fixtures (a confirmed
// booking), so "treating providers read" shows as S for the provider on the clinical tables.
import type { Caller, Statement, TableCase, World } from './harness';
import { schedulingFixtures } from './healthcare-scheduling.matrix';

const one = async (w: World, text: string, params: unknown[]) => (await w.db.owner.query(text, params)).rows[0].id as string;

/** Members insert into their own org (default org_id); the service and the other org's admin name org A. */
function insert(w: World, caller: Caller, table: string, cols: string[], values: unknown[]): Statement {
  const explicit = caller === 'service' || caller === 'other_org';
  const all = explicit ? ['org_id', ...cols] : cols;
  const params = explicit ? [w.orgA.id, ...values] : values;
  return { sql: `INSERT INTO public.${table} (${all.join(', ')}) VALUES (${all.map((_, i) => `$${i + 1}`).join(', ')})`, params };
}

const everyoneReads = { anon: 'S', patient: 'S', research_partner: 'S', developer: 'S', other_org: 'S' };

function catalog(table: string, cols: string[], values: unknown[], updateCol: string): TableCase {
  return {
    table,
    seed: (w) =>
      one(w, `INSERT INTO public.${table} (org_id, ${cols.join(', ')}) VALUES ($1, ${cols.map((_, i) => `$${i + 2}`).join(', ')}) RETURNING id`, [
        w.orgA.id,
        ...values,
      ]),
    insert: (w, caller) => insert(w, caller, table, cols, values),
    update: `UPDATE public.${table} SET ${updateCol} = ${updateCol} WHERE id = $1`,
    allow: { ...everyoneReads, provider: 'SIUD', admin: 'SIUD', service: 'SIUD' },
  };
}

/** A row owned by the world's patient (patient_id or user_id); every caller tries to write one for them. */
function own(table: string, ownerCol: 'patient_id' | 'user_id', cols: string[], values: (w: World) => unknown[], updateCol: string, treatingProviderReads: boolean): TableCase {
  return {
    table,
    seed: async (w) => {
      await schedulingFixtures(w);
      const vals = values(w);
      return one(
        w,
        `INSERT INTO public.${table} (org_id, ${ownerCol}, ${cols.join(', ')}) VALUES ($1, $2, ${cols.map((_, i) => `$${i + 3}`).join(', ')}) RETURNING id`,
        [w.orgA.id, w.users.patient.id, ...vals],
      );
    },
    insert: (w, caller) => insert(w, caller, table, [ownerCol, ...cols], [w.users.patient.id, ...values(w)]),
    update: `UPDATE public.${table} SET ${updateCol} = ${updateCol} WHERE id = $1`,
    allow: { patient: 'SIUD', service: 'SIUD', ...(treatingProviderReads ? { provider: 'S' } : {}) },
  };
}

/** Learning resources the progress rows point at (the catalog row under test stays deletable). */
const resources = new WeakMap<World, Promise<[string, string]>>();
let resourceIds: [string, string];
function learningFixtures(w: World): Promise<[string, string]> {
  let found = resources.get(w);
  if (!found) {
    found = Promise.all([
      one(w, `INSERT INTO public.learning_resources (org_id, title, resource_type) VALUES ($1, 'Seeded', 'article') RETURNING id`, [w.orgA.id]),
      one(w, `INSERT INTO public.learning_resources (org_id, title, resource_type) VALUES ($1, 'For inserts', 'video') RETURNING id`, [w.orgA.id]),
    ]).then((ids) => (resourceIds = ids as [string, string]));
    resources.set(w, found);
  }
  return found;
}

export const healthcarePatientDataMatrix: TableCase[] = [
  catalog('conditions', ['name', 'code'], ['Asthma', 'J45'], 'name'),
  catalog('treatments', ['name', 'manufacturer', 'regulatory_status'], ['Inhaler', 'Acme', 'approved'], 'manufacturer'),
  catalog('trials', ['title', 'status'], ['Asthma study', 'recruiting'], 'status'),
  catalog('learning_resources', ['title', 'resource_type'], ['Breathing 101', 'article'], 'title'),

  own('measurements', 'patient_id', ['measurement_type', 'value', 'unit'], () => ['weight', '72.5', 'kg'], 'value', true),
  own('patient_food_log', 'patient_id', ['food_name', 'calories'], () => ['Apple', 95], 'food_name', true),
  own('patient_activity_log', 'patient_id', ['activity_type', 'duration'], () => ['walking', 30], 'duration', true),
  own('patient_condition_events', 'patient_id', ['event_type', 'severity'], () => ['flare_up', 3], 'severity', true),
  own('patient_health_goals', 'patient_id', ['title', 'target_value', 'current_value'], () => ['Steps', '10000', '6500'], 'current_value', true),
  own('patient_data_import_sources', 'patient_id', ['source_name', 'source_type'], () => ['Fitbit', 'wearable'], 'status', false),
  {
    ...own('patient_learning_progress', 'patient_id', ['progress_percent'], () => [10], 'progress_percent', false),
    seed: async (w) => {
      const [seeded] = await learningFixtures(w);
      return one(
        w,
        `INSERT INTO public.patient_learning_progress (org_id, patient_id, resource_id, progress_percent) VALUES ($1, $2, $3, 10) RETURNING id`,
        [w.orgA.id, w.users.patient.id, seeded],
      );
    },
    insert: (w, caller) => insert(w, caller, 'patient_learning_progress', ['patient_id', 'resource_id'], [w.users.patient.id, resourceIds[1]]),
  },
  own('daily_moods', 'user_id', ['emotion', 'intensity'], () => ['calm', 4], 'emotion', false),
  own('journal_entries', 'user_id', ['title', 'content'], () => ['Day one', 'Private thoughts'], 'content', false),
  own('calendar_events', 'user_id', ['date', 'title'], () => ['2031-03-03', 'Check-up'], 'title', false),
];
