// The healthcare catalogs (conditions, treatments, trials, learning resources: public, written by their
// organization) and a patient's own health data. Health rows name the patient's profile (patient_id, which
// is the user's id) or the user (user_id); the member passed is that patient.
import type {
  ActivityLogEntry,
  CalendarEvent,
  Condition,
  ConditionEvent,
  DailyMood,
  FoodLogEntry,
  HealthGoal,
  ImportSource,
  JournalEntry,
  LearningProgress,
  LearningResource,
  Measurement,
  Treatment,
  Trial,
} from '../../../src/modules/healthcare/patient-data/entities';
import type { TestDb } from '../db';
import { insertRow, type OrgRef, type Overrides, type UserRef } from './rows';

type With<T, K extends keyof T> = Overrides<T> & Required<Pick<T, K>>;

export function newCondition(db: TestDb, org: OrgRef, o: Overrides<Condition> = {}): Promise<Condition> {
  return insertRow<Condition>(db, 'conditions', { orgId: org.id, name: 'Asthma', ...o });
}

export function newTreatment(db: TestDb, org: OrgRef, o: Overrides<Treatment> = {}): Promise<Treatment> {
  return insertRow<Treatment>(db, 'treatments', { orgId: org.id, name: 'Inhaler', ...o });
}

export function newTrial(db: TestDb, org: OrgRef, o: Overrides<Trial> = {}): Promise<Trial> {
  return insertRow<Trial>(db, 'trials', { orgId: org.id, title: 'Asthma study', ...o });
}

export function newLearningResource(
  db: TestDb,
  org: OrgRef,
  o: Overrides<LearningResource> = {},
): Promise<LearningResource> {
  return insertRow<LearningResource>(db, 'learning_resources', {
    orgId: org.id,
    title: 'Breathing 101',
    resourceType: 'article',
    ...o,
  });
}

const ofPatient = (patient: UserRef) => ({ orgId: patient.orgId, patientId: patient.id });
const ofUser = (user: UserRef) => ({ orgId: user.orgId, userId: user.id });

export function newMeasurement(
  db: TestDb,
  patient: UserRef,
  o: Overrides<Measurement> = {},
): Promise<Measurement> {
  return insertRow<Measurement>(db, 'measurements', {
    ...ofPatient(patient),
    measurementType: 'weight',
    value: '70',
    ...o,
  });
}

export function newFoodLogEntry(
  db: TestDb,
  patient: UserRef,
  o: Overrides<FoodLogEntry> = {},
): Promise<FoodLogEntry> {
  return insertRow<FoodLogEntry>(db, 'patient_food_log', { ...ofPatient(patient), foodName: 'Apple', ...o });
}

export function newActivityLogEntry(
  db: TestDb,
  patient: UserRef,
  o: Overrides<ActivityLogEntry> = {},
): Promise<ActivityLogEntry> {
  return insertRow<ActivityLogEntry>(db, 'patient_activity_log', {
    ...ofPatient(patient),
    activityType: 'walking',
    ...o,
  });
}

export function newConditionEvent(
  db: TestDb,
  patient: UserRef,
  o: Overrides<ConditionEvent> = {},
): Promise<ConditionEvent> {
  return insertRow<ConditionEvent>(db, 'patient_condition_events', {
    ...ofPatient(patient),
    eventType: 'diagnosed',
    ...o,
  });
}

export function newHealthGoal(
  db: TestDb,
  patient: UserRef,
  o: Overrides<HealthGoal> = {},
): Promise<HealthGoal> {
  return insertRow<HealthGoal>(db, 'patient_health_goals', { ...ofPatient(patient), title: 'Steps', ...o });
}

export function newImportSource(
  db: TestDb,
  patient: UserRef,
  o: Overrides<ImportSource> = {},
): Promise<ImportSource> {
  return insertRow<ImportSource>(db, 'patient_data_import_sources', {
    ...ofPatient(patient),
    sourceName: 'Scale',
    sourceType: 'device',
    ...o,
  });
}

/** A patient's progress on a learning resource (one row per patient and resource). */
export function newLearningProgress(
  db: TestDb,
  patient: UserRef,
  o: With<LearningProgress, 'resourceId'>,
): Promise<LearningProgress> {
  return insertRow<LearningProgress>(db, 'patient_learning_progress', { ...ofPatient(patient), ...o });
}

export function newDailyMood(db: TestDb, user: UserRef, o: Overrides<DailyMood> = {}): Promise<DailyMood> {
  return insertRow<DailyMood>(db, 'daily_moods', { ...ofUser(user), emotion: 'calm', ...o });
}

export function newJournalEntry(
  db: TestDb,
  user: UserRef,
  o: Overrides<JournalEntry> = {},
): Promise<JournalEntry> {
  return insertRow<JournalEntry>(db, 'journal_entries', { ...ofUser(user), content: 'Dear diary', ...o });
}

export function newCalendarEvent(
  db: TestDb,
  user: UserRef,
  o: Overrides<CalendarEvent> = {},
): Promise<CalendarEvent> {
  return insertRow<CalendarEvent>(db, 'calendar_events', {
    ...ofUser(user),
    date: '2031-01-01',
    title: 'Check-up',
    ...o,
  });
}
