import { Module } from '@nestjs/common';
import { CareTeamModule } from './care-team/care-team.module';
import { PatientDataModule } from './patient-data/patient-data.module';
import { SchedulingModule } from './scheduling/scheduling.module';

/** Healthcare: the clinic, its scheduling and the CRM (SchedulingModule); patient data (PatientDataModule). */
@Module({
  // SchedulingModule first: module order is the order of routes in the OpenAPI document.
  imports: [SchedulingModule, PatientDataModule, CareTeamModule],
})
export class HealthcareModule {}
