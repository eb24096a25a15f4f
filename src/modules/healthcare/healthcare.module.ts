import { Module } from '@nestjs/common';
import { CareTeamModule } from './care-team/care-team.module';
import { PatientDataModule } from './patient-data/patient-data.module';
import * as Catalog from './scheduling/catalog.controllers';
import * as Clinic from './scheduling/clinic.controllers';
import { ClinicalAccessAudit } from './scheduling/clinical-access-audit';
import * as Crm from './scheduling/crm.controllers';
import { AppointmentsService, AvailabilityService, BookingsService } from './scheduling/scheduling.service';
import * as Stores from './scheduling/stores';

/** Healthcare: the clinic and scheduling resources here; patient data in its own module. */
@Module({
  imports: [PatientDataModule, CareTeamModule],
  controllers: [
    Catalog.FacilitiesController,
    Catalog.ChambersController,
    Catalog.MaintenanceController,
    Catalog.ChamberSchedulesController,
    Clinic.ProvidersController,
    Clinic.PatientsController,
    Clinic.MedicalRecordsController,
    Clinic.BookingsController,
    Clinic.AlertsController,
    Crm.ContactsController,
    Crm.AppointmentsController,
  ],
  providers: [
    Stores.FacilitiesStore,
    Stores.ChambersStore,
    Stores.MaintenanceStore,
    Stores.ChamberSchedulesStore,
    Stores.ProvidersStore,
    Stores.PatientsStore,
    Stores.ContactsStore,
    Stores.AlertsStore,
    Stores.MedicalRecordsStore,
    BookingsService,
    AppointmentsService,
    AvailabilityService,
    ClinicalAccessAudit,
  ],
})
export class HealthcareModule {}
