// Healthcare, patient data: the public catalogs (conditions, treatments, trials, learning resources), a
// patient's own health data (treating providers read the clinical part, audited) and the companion app's
// private tables. One controller, service, repository and mapper per resource.
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActivityLogsController } from './activity-logs.controller';
import { ActivityLogsRepository } from './activity-logs.repository';
import { ActivityLogsService } from './activity-logs.service';
import { CalendarEventsController } from './calendar-events.controller';
import { CalendarEventsRepository } from './calendar-events.repository';
import { CalendarEventsService } from './calendar-events.service';
import { ClinicalReadAudit } from './clinical-read-audit';
import { ConditionEventsController } from './condition-events.controller';
import { ConditionEventsRepository } from './condition-events.repository';
import { ConditionEventsService } from './condition-events.service';
import { ConditionsController } from './conditions.controller';
import { ConditionsRepository } from './conditions.repository';
import { ConditionsService } from './conditions.service';
import { DailyMoodsController } from './daily-moods.controller';
import { DailyMoodsRepository } from './daily-moods.repository';
import { DailyMoodsService } from './daily-moods.service';
import { PATIENT_DATA_ENTITIES } from './entities';
import { FoodLogsController } from './food-logs.controller';
import { FoodLogsRepository } from './food-logs.repository';
import { FoodLogsService } from './food-logs.service';
import { HealthGoalsController } from './health-goals.controller';
import { HealthGoalsRepository } from './health-goals.repository';
import { HealthGoalsService } from './health-goals.service';
import { ImportSourcesController } from './import-sources.controller';
import { ImportSourcesRepository } from './import-sources.repository';
import { ImportSourcesService } from './import-sources.service';
import { JournalEntriesController } from './journal-entries.controller';
import { JournalEntriesRepository } from './journal-entries.repository';
import { JournalEntriesService } from './journal-entries.service';
import { LearningProgressController } from './learning-progress.controller';
import { LearningProgressRepository } from './learning-progress.repository';
import { LearningProgressService } from './learning-progress.service';
import { LearningResourcesController } from './learning-resources.controller';
import { LearningResourcesRepository } from './learning-resources.repository';
import { LearningResourcesService } from './learning-resources.service';
import { MeasurementsController } from './measurements.controller';
import { MeasurementsRepository } from './measurements.repository';
import { MeasurementsService } from './measurements.service';
import { PatientClinicalDataController } from './patient-clinical-data.controller';
import { PatientClinicalDataService } from './patient-clinical-data.service';
import { TreatmentsController } from './treatments.controller';
import { TreatmentsRepository } from './treatments.repository';
import { TreatmentsService } from './treatments.service';
import { TrialsController } from './trials.controller';
import { TrialsRepository } from './trials.repository';
import { TrialsService } from './trials.service';
import { ModuleGate } from '../../../common/module-gate/module-gate.decorator';

@ModuleGate('healthcare')
@Module({
  imports: [TypeOrmModule.forFeature(PATIENT_DATA_ENTITIES)],
  // In this order in the OpenAPI document.
  controllers: [
    ConditionsController,
    TreatmentsController,
    TrialsController,
    LearningResourcesController,
    MeasurementsController,
    FoodLogsController,
    ActivityLogsController,
    ConditionEventsController,
    HealthGoalsController,
    LearningProgressController,
    DailyMoodsController,
    JournalEntriesController,
    CalendarEventsController,
    ImportSourcesController,
    PatientClinicalDataController,
  ],
  providers: [
    ClinicalReadAudit,
    ConditionsService,
    ConditionsRepository,
    TreatmentsService,
    TreatmentsRepository,
    TrialsService,
    TrialsRepository,
    LearningResourcesService,
    LearningResourcesRepository,
    MeasurementsService,
    MeasurementsRepository,
    FoodLogsService,
    FoodLogsRepository,
    ActivityLogsService,
    ActivityLogsRepository,
    ConditionEventsService,
    ConditionEventsRepository,
    HealthGoalsService,
    HealthGoalsRepository,
    LearningProgressService,
    LearningProgressRepository,
    DailyMoodsService,
    DailyMoodsRepository,
    JournalEntriesService,
    JournalEntriesRepository,
    CalendarEventsService,
    CalendarEventsRepository,
    ImportSourcesService,
    ImportSourcesRepository,
    PatientClinicalDataService,
  ],
})
export class PatientDataModule {}
