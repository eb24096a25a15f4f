// The table-driven controllers of this module: public catalogs, the patient's own clinical data, and the
// companion app's private tables.
import { crudController } from './crud-controller';
import * as C from './dto/catalog.dto';
import * as P from './dto/patient-data.dto';
import * as R from './resources';

export const ConditionsController = crudController({
  name: 'ConditionsController',
  path: 'conditions',
  tag: 'catalogs',
  spec: R.CONDITIONS,
  access: { kind: 'catalog' },
  dtos: { create: C.CreateConditionDto, update: C.UpdateConditionDto, item: C.ConditionDto, page: C.ConditionPageDto, query: C.ConditionQueryDto },
});
export const TreatmentsController = crudController({
  name: 'TreatmentsController',
  path: 'treatments',
  tag: 'catalogs',
  spec: R.TREATMENTS,
  access: { kind: 'catalog' },
  dtos: { create: C.CreateTreatmentDto, update: C.UpdateTreatmentDto, item: C.TreatmentDto, page: C.TreatmentPageDto, query: C.TreatmentQueryDto },
});
export const TrialsController = crudController({
  name: 'TrialsController',
  path: 'trials',
  tag: 'catalogs',
  spec: R.TRIALS,
  access: { kind: 'catalog' },
  dtos: { create: C.CreateTrialDto, update: C.UpdateTrialDto, item: C.TrialDto, page: C.TrialPageDto, query: C.TrialQueryDto },
});
export const LearningResourcesController = crudController({
  name: 'LearningResourcesController',
  path: 'learning-resources',
  tag: 'catalogs',
  spec: R.LEARNING_RESOURCES,
  access: { kind: 'catalog' },
  dtos: {
    create: C.CreateLearningResourceDto,
    update: C.UpdateLearningResourceDto,
    item: C.LearningResourceDto,
    page: C.LearningResourcePageDto,
    query: C.LearningResourceQueryDto,
  },
});

const patient = { kind: 'own', roles: ['patient'] } as const;
export const MeasurementsController = crudController({
  name: 'MeasurementsController',
  path: 'measurements',
  tag: 'patient data',
  spec: R.MEASUREMENTS,
  access: { kind: 'own', roles: [...patient.roles] },
  dtos: { create: P.CreateMeasurementDto, update: P.UpdateMeasurementDto, item: P.MeasurementDto, page: P.MeasurementPageDto, query: P.MeasurementQueryDto },
});
export const FoodLogsController = crudController({
  name: 'FoodLogsController',
  path: 'food-logs',
  tag: 'patient data',
  spec: R.FOOD_LOG,
  access: { kind: 'own', roles: [...patient.roles] },
  dtos: { create: P.CreateFoodLogDto, update: P.UpdateFoodLogDto, item: P.FoodLogDto, page: P.FoodLogPageDto, query: P.FoodLogQueryDto },
});
export const ActivityLogsController = crudController({
  name: 'ActivityLogsController',
  path: 'activity-logs',
  tag: 'patient data',
  spec: R.ACTIVITY_LOG,
  access: { kind: 'own', roles: [...patient.roles] },
  dtos: { create: P.CreateActivityLogDto, update: P.UpdateActivityLogDto, item: P.ActivityLogDto, page: P.ActivityLogPageDto, query: P.ActivityLogQueryDto },
});
export const ConditionEventsController = crudController({
  name: 'ConditionEventsController',
  path: 'condition-events',
  tag: 'patient data',
  spec: R.CONDITION_EVENTS,
  access: { kind: 'own', roles: [...patient.roles] },
  dtos: {
    create: P.CreateConditionEventDto,
    update: P.UpdateConditionEventDto,
    item: P.ConditionEventDto,
    page: P.ConditionEventPageDto,
    query: P.ConditionEventQueryDto,
  },
});
export const HealthGoalsController = crudController({
  name: 'HealthGoalsController',
  path: 'health-goals',
  tag: 'patient data',
  spec: R.HEALTH_GOALS,
  access: { kind: 'own', roles: [...patient.roles] },
  dtos: { create: P.CreateHealthGoalDto, update: P.UpdateHealthGoalDto, item: P.HealthGoalDto, page: P.HealthGoalPageDto, query: P.HealthGoalQueryDto },
});
export const LearningProgressController = crudController({
  name: 'LearningProgressController',
  path: 'learning-progress',
  tag: 'patient data',
  spec: R.LEARNING_PROGRESS,
  access: { kind: 'own', roles: [...patient.roles] },
  dtos: {
    create: P.CreateLearningProgressDto,
    update: P.UpdateLearningProgressDto,
    item: P.LearningProgressDto,
    page: P.LearningProgressPageDto,
    query: P.LearningProgressQueryDto,
  },
});

// Companion app: any member keeps their own moods, journal and calendar; nobody else reads them.
export const DailyMoodsController = crudController({
  name: 'DailyMoodsController',
  path: 'daily-moods',
  tag: 'companion',
  spec: R.DAILY_MOODS,
  access: { kind: 'own' },
  dtos: { create: P.CreateDailyMoodDto, update: P.UpdateDailyMoodDto, item: P.DailyMoodDto, page: P.DailyMoodPageDto, query: P.DailyMoodQueryDto },
});
export const JournalEntriesController = crudController({
  name: 'JournalEntriesController',
  path: 'journal-entries',
  tag: 'companion',
  spec: R.JOURNAL_ENTRIES,
  access: { kind: 'own' },
  dtos: {
    create: P.CreateJournalEntryDto,
    update: P.UpdateJournalEntryDto,
    item: P.JournalEntryDto,
    page: P.JournalEntryPageDto,
    query: P.JournalEntryQueryDto,
  },
});
export const CalendarEventsController = crudController({
  name: 'CalendarEventsController',
  path: 'calendar-events',
  tag: 'companion',
  spec: R.CALENDAR_EVENTS,
  access: { kind: 'own' },
  dtos: {
    create: P.CreateCalendarEventDto,
    update: P.UpdateCalendarEventDto,
    item: P.CalendarEventDto,
    page: P.CalendarEventPageDto,
    query: P.CalendarEventQueryDto,
  },
});
