// Policy matrix rows for the healthcare catalogs, the patient's own health data and the companion app's
// tables. The world's provider treats the world's patient through the scheduling fixtures (a care-team
// entry), so "treating providers read" shows as S for the provider on the clinical tables.
import type { TestDb } from '../support/db';
import {
  newActivityLogEntry,
  newCalendarEvent,
  newCondition,
  newConditionEvent,
  newDailyMood,
  newFoodLogEntry,
  newHealthGoal,
  newImportSource,
  newJournalEntry,
  newLearningProgress,
  newLearningResource,
  newMeasurement,
  newTreatment,
  newTrial,
  toColumn,
  type OrgRef,
  type UserRef,
} from '../support/factories';
import type { Caller, Statement, TableCase, World } from './harness';
import { schedulingFixtures } from './healthcare-scheduling.matrix';

/** Members insert into their own org (default org_id); the service and the other org's admin name org A. */
function insert(w: World, caller: Caller, table: string, cols: string[], values: unknown[]): Statement {
  const explicit = caller === 'service' || caller === 'other_org';
  const all = explicit ? ['org_id', ...cols] : cols;
  const params = explicit ? [w.orgA.id, ...values] : values;
  return {
    sql: `INSERT INTO public.${table} (${all.join(', ')}) VALUES (${all.map((_, i) => `$${i + 1}`).join(', ')})`,
    params,
  };
}

const everyoneReads = { anon: 'S', patient: 'S', research_partner: 'S', developer: 'S', other_org: 'S' };

type Factory<Owner, O> = (db: TestDb, owner: Owner, o: O) => Promise<{ id: string }>;

/** A catalog row of org A; every caller tries to insert one with the same fields. */
function catalog<O extends object>(
  table: string,
  create: Factory<OrgRef, O>,
  fields: NoInfer<O>,
  updateCol: string,
): TableCase {
  return {
    table,
    seed: async (w) => (await create(w.db, w.orgA, fields)).id,
    insert: (w, caller) => insert(w, caller, table, Object.keys(fields).map(toColumn), Object.values(fields)),
    update: `UPDATE public.${table} SET ${updateCol} = ${updateCol} WHERE id = $1`,
    allow: { ...everyoneReads, provider: 'SIUD', admin: 'SIUD', service: 'SIUD' },
  };
}

/** A row owned by the world's patient (patient_id or user_id); every caller tries to write one for them. */
function own<O extends object>(
  table: string,
  create: Factory<UserRef, O>,
  ownerCol: 'patient_id' | 'user_id',
  fields: NoInfer<O>,
  updateCol: string,
  treatingProviderReads: boolean,
): TableCase {
  return {
    table,
    seed: async (w) => {
      await schedulingFixtures(w);
      return (await create(w.db, w.users.patient, fields)).id;
    },
    insert: (w, caller) =>
      insert(
        w,
        caller,
        table,
        [ownerCol, ...Object.keys(fields).map(toColumn)],
        [w.users.patient.id, ...Object.values(fields)],
      ),
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
      newLearningResource(w.db, w.orgA, { title: 'Seeded', resourceType: 'article' }),
      newLearningResource(w.db, w.orgA, { title: 'For inserts', resourceType: 'video' }),
    ]).then(([seeded, forInserts]) => (resourceIds = [seeded.id, forInserts.id]));
    resources.set(w, found);
  }
  return found;
}

export const healthcarePatientDataMatrix: TableCase[] = [
  catalog('conditions', newCondition, { name: 'Asthma', code: 'J45' }, 'name'),
  catalog(
    'treatments',
    newTreatment,
    { name: 'Inhaler', manufacturer: 'Acme', regulatoryStatus: 'approved' },
    'manufacturer',
  ),
  catalog('trials', newTrial, { title: 'Asthma study', status: 'recruiting' }, 'status'),
  catalog(
    'learning_resources',
    newLearningResource,
    { title: 'Breathing 101', resourceType: 'article' },
    'title',
  ),

  own(
    'measurements',
    newMeasurement,
    'patient_id',
    { measurementType: 'weight', value: '72.5', unit: 'kg' },
    'value',
    true,
  ),
  own(
    'patient_food_log',
    newFoodLogEntry,
    'patient_id',
    { foodName: 'Apple', calories: 95 },
    'food_name',
    true,
  ),
  own(
    'patient_activity_log',
    newActivityLogEntry,
    'patient_id',
    { activityType: 'walking', duration: 30 },
    'duration',
    true,
  ),
  own(
    'patient_condition_events',
    newConditionEvent,
    'patient_id',
    { eventType: 'flare_up', severity: 3 },
    'severity',
    true,
  ),
  own(
    'patient_health_goals',
    newHealthGoal,
    'patient_id',
    { title: 'Steps', targetValue: '10000', currentValue: '6500' },
    'current_value',
    true,
  ),
  own(
    'patient_data_import_sources',
    newImportSource,
    'patient_id',
    { sourceName: 'Fitbit', sourceType: 'wearable' },
    'status',
    false,
  ),
  {
    table: 'patient_learning_progress',
    seed: async (w) => {
      const [seeded] = await learningFixtures(w);
      return (await newLearningProgress(w.db, w.users.patient, { resourceId: seeded, progressPercent: 10 }))
        .id;
    },
    insert: (w, caller) =>
      insert(
        w,
        caller,
        'patient_learning_progress',
        ['patient_id', 'resource_id'],
        [w.users.patient.id, resourceIds[1]],
      ),
    update: `UPDATE public.patient_learning_progress SET progress_percent = progress_percent WHERE id = $1`,
    allow: { patient: 'SIUD', service: 'SIUD' },
  },
  own('daily_moods', newDailyMood, 'user_id', { emotion: 'calm', intensity: 4 }, 'emotion', false),
  own(
    'journal_entries',
    newJournalEntry,
    'user_id',
    { title: 'Day one', content: 'Private thoughts' },
    'content',
    false,
  ),
  own(
    'calendar_events',
    newCalendarEvent,
    'user_id',
    { date: '2031-03-03', title: 'Check-up' },
    'title',
    false,
  ),
];
