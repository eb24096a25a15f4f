// The entities this module owns, registered with TypeOrmModule.forFeature in its module and listed in
// src/entities.ts for the CLI, the drift test and the schema diagram.
import { Alert } from './alert.entity';
import { Appointment } from './appointment.entity';
import { Booking } from './booking.entity';
import { Chamber } from './chamber.entity';
import { ChamberMaintenance } from './chamber-maintenance.entity';
import { ChamberSchedule } from './chamber-schedule.entity';
import { Contact } from './contact.entity';
import { Facility } from './facility.entity';
import { MedicalRecord } from './medical-record.entity';
import { MedicalRecordVersion } from './medical-record-version.entity';
import { Patient } from './patient.entity';
import { Provider } from './provider.entity';

export {
  Alert,
  Appointment,
  Booking,
  Chamber,
  ChamberMaintenance,
  ChamberSchedule,
  Contact,
  Facility,
  MedicalRecord,
  MedicalRecordVersion,
  Patient,
  Provider,
};
export const SCHEDULING_ENTITIES: Function[] = [
  Facility,
  Chamber,
  Provider,
  Patient,
  ChamberMaintenance,
  Booking,
  MedicalRecord,
  MedicalRecordVersion,
  ChamberSchedule,
  Alert,
  Contact,
  Appointment,
];
