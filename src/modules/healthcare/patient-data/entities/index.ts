// The entities this module owns, registered with TypeOrmModule.forFeature in its module and listed in
// src/entities.ts for the CLI, the drift test and the schema diagram.
import { ActivityLogEntry } from './activity-log-entry.entity';
import { CalendarEvent } from './calendar-event.entity';
import { Condition } from './condition.entity';
import { ConditionEvent } from './condition-event.entity';
import { DailyMood } from './daily-mood.entity';
import { FoodLogEntry } from './food-log-entry.entity';
import { HealthGoal } from './health-goal.entity';
import { ImportSource } from './import-source.entity';
import { JournalEntry } from './journal-entry.entity';
import { LearningProgress } from './learning-progress.entity';
import { LearningResource } from './learning-resource.entity';
import { Measurement } from './measurement.entity';
import { Treatment } from './treatment.entity';
import { Trial } from './trial.entity';

export {
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
};
export const PATIENT_DATA_ENTITIES: Function[] = [
  Condition,
  Treatment,
  Trial,
  LearningResource,
  Measurement,
  FoodLogEntry,
  ActivityLogEntry,
  ConditionEvent,
  HealthGoal,
  ImportSource,
  LearningProgress,
  DailyMood,
  JournalEntry,
  CalendarEvent,
];
