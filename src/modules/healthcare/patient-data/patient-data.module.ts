import { Module } from '@nestjs/common';
import { ClinicalReadAudit } from './clinical-read-audit';
import { ImportSourcesController } from './import-sources.controller';
import { PatientClinicalDataController } from './patient-clinical-data.controller';
import * as Crud from './patient-data.controllers';
import { ImportSourcesService, PatientDataService } from './patient-data.service';

@Module({
  controllers: [
    Crud.ConditionsController,
    Crud.TreatmentsController,
    Crud.TrialsController,
    Crud.LearningResourcesController,
    Crud.MeasurementsController,
    Crud.FoodLogsController,
    Crud.ActivityLogsController,
    Crud.ConditionEventsController,
    Crud.HealthGoalsController,
    Crud.LearningProgressController,
    Crud.DailyMoodsController,
    Crud.JournalEntriesController,
    Crud.CalendarEventsController,
    ImportSourcesController,
    PatientClinicalDataController,
  ],
  providers: [PatientDataService, ImportSourcesService, ClinicalReadAudit],
})
export class PatientDataModule {}
