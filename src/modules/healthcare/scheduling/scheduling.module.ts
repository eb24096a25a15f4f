import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AlertsController } from './alerts.controller';
import { AlertsRepository } from './alerts.repository';
import { AlertsService } from './alerts.service';
import { AppointmentsController } from './appointments.controller';
import { AppointmentsRepository } from './appointments.repository';
import { AppointmentsService } from './appointments.service';
import { BookingsController } from './bookings.controller';
import { BookingsRepository } from './bookings.repository';
import { BookingsService } from './bookings.service';
import { MaintenanceController } from './chamber-maintenance.controller';
import { ChamberMaintenanceRepository } from './chamber-maintenance.repository';
import { ChamberMaintenanceService } from './chamber-maintenance.service';
import { ChamberSchedulesController } from './chamber-schedules.controller';
import { ChamberSchedulesRepository } from './chamber-schedules.repository';
import { ChamberSchedulesService } from './chamber-schedules.service';
import { ChambersController } from './chambers.controller';
import { ChambersRepository } from './chambers.repository';
import { ChambersService } from './chambers.service';
import { ClinicalAccessAudit } from './clinical-access-audit';
import { ContactsController } from './contacts.controller';
import { ContactsRepository } from './contacts.repository';
import { ContactsService } from './contacts.service';
import { SCHEDULING_ENTITIES } from './entities';
import { FacilitiesController } from './facilities.controller';
import { FacilitiesRepository } from './facilities.repository';
import { FacilitiesService } from './facilities.service';
import { MedicalRecordsController } from './medical-records.controller';
import { MedicalRecordsRepository } from './medical-records.repository';
import { MedicalRecordsService } from './medical-records.service';
import { PatientsController } from './patients.controller';
import { PatientsRepository } from './patients.repository';
import { PatientsService } from './patients.service';
import { ProvidersController } from './providers.controller';
import { ProvidersRepository } from './providers.repository';
import { ProvidersService } from './providers.service';
import { ModuleGate } from '../../../common/module-gate/module-gate.decorator';

/**
 * The clinic and its scheduling (facilities, chambers, maintenance, session plans, the provider directory,
 * patients, medical records, bookings, alerts) and the CRM (contacts, appointments), which shares its
 * provider-patient relationship: an appointment ties a provider to the contact's patient.
 */
@ModuleGate('healthcare')
@Module({
  imports: [TypeOrmModule.forFeature(SCHEDULING_ENTITIES)],
  // The order is the OpenAPI document's.
  controllers: [
    FacilitiesController,
    ChambersController,
    MaintenanceController,
    ChamberSchedulesController,
    ProvidersController,
    PatientsController,
    MedicalRecordsController,
    BookingsController,
    AlertsController,
    ContactsController,
    AppointmentsController,
  ],
  providers: [
    FacilitiesRepository,
    FacilitiesService,
    ChambersRepository,
    ChambersService,
    ChamberMaintenanceRepository,
    ChamberMaintenanceService,
    ChamberSchedulesRepository,
    ChamberSchedulesService,
    ProvidersRepository,
    ProvidersService,
    PatientsRepository,
    PatientsService,
    MedicalRecordsRepository,
    MedicalRecordsService,
    BookingsRepository,
    BookingsService,
    AlertsRepository,
    AlertsService,
    ContactsRepository,
    ContactsService,
    AppointmentsRepository,
    AppointmentsService,
    ClinicalAccessAudit,
  ],
})
export class SchedulingModule {}
