// The clinic side: facilities, chambers, the provider directory, patients, bookings and what hangs off them,
// alerts, and the CRM's contacts and appointments. Default windows come from rows.ts, so default bookings,
// appointments and maintenance never collide with each other or with a default chamber's opening hours.
import { randomBytes } from 'node:crypto';
import type {
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
} from '../../../src/modules/healthcare/scheduling/entities';
import type { Claims } from '../../../src/common/context/claims';
import type { TestDb } from '../db';
import {
  insertRow,
  loadRow,
  nextAppointmentStart,
  nextBookingWindow,
  nextMaintenanceWindow,
  type OrgRef,
  type Overrides,
  type UserRef,
} from './rows';

const HOUR = 3_600_000;
const tag = () => randomBytes(3).toString('hex');
type With<T, K extends keyof T> = Overrides<T> & Required<Pick<T, K>>;

export function newFacility(db: TestDb, org: OrgRef, o: Overrides<Facility> = {}): Promise<Facility> {
  return insertRow<Facility>(db, 'facilities', { orgId: org.id, name: `Facility ${tag()}`, ...o });
}

/** A chamber with the default hours (08:00-18:00, Monday to Friday); a new facility unless one is named. */
export async function newChamber(db: TestDb, org: OrgRef, o: Overrides<Chamber> = {}): Promise<Chamber> {
  const facilityId = o.facilityId ?? (await newFacility(db, org)).id;
  return insertRow<Chamber>(db, 'chambers', { orgId: org.id, name: `Chamber ${tag()}`, ...o, facilityId });
}

/** The directory entry of a member (one per member and org). */
export function newProvider(db: TestDb, user: UserRef, o: Overrides<Provider> = {}): Promise<Provider> {
  return insertRow<Provider>(db, 'providers', {
    orgId: user.orgId,
    userId: user.id,
    displayName: `Dr ${tag()}`,
    ...o,
  });
}

/** A patient record; linked to a member's account only when `userId` is given. */
export function newPatient(db: TestDb, org: OrgRef, o: Overrides<Patient> = {}): Promise<Patient> {
  return insertRow<Patient>(db, 'patients', {
    orgId: org.id,
    firstName: 'Pat',
    lastName: `Ient ${tag()}`,
    ...o,
  });
}

/**
 * A booking of a patient in a chamber, pending unless `status` says otherwise. Without `startsAt`, the next
 * free default window; with `startsAt` alone, one hour from it.
 */
export function newBooking(
  db: TestDb,
  org: OrgRef,
  o: With<Booking, 'patientId' | 'chamberId'>,
): Promise<Booking> {
  const w = o.startsAt
    ? { startsAt: o.startsAt, endsAt: new Date(o.startsAt.getTime() + HOUR) }
    : nextBookingWindow();
  return insertRow<Booking>(db, 'bookings', {
    orgId: org.id,
    ...o,
    startsAt: w.startsAt,
    endsAt: o.endsAt ?? w.endsAt,
  });
}

export function newMedicalRecord(
  db: TestDb,
  org: OrgRef,
  o: With<MedicalRecord, 'patientId' | 'providerId'>,
): Promise<MedicalRecord> {
  return insertRow<MedicalRecord>(db, 'medical_records', {
    orgId: org.id,
    title: 'Visit',
    content: 'Notes',
    ...o,
  });
}

/**
 * An amendment of a record by its author, as the API makes it (the amendment trigger is the only writer of
 * versions): answers the version it replaced. `author` is the member whose directory entry wrote the record.
 */
export async function newMedicalRecordVersion(
  db: TestDb,
  author: UserRef & { claims: Claims },
  recordId: string,
  o: { content?: string; title?: string; reason?: string } = {},
): Promise<MedicalRecordVersion> {
  const id = await db.tx.run(author.claims, async (m) => {
    await m.query(`SELECT set_config('carebase.amendment_reason', $1, true)`, [
      o.reason ?? 'Corrected entry',
    ]);
    const [rows] = await m.query(
      `UPDATE public.medical_records SET content = $2, title = coalesce($3, title) WHERE id = $1 RETURNING version`,
      [recordId, o.content ?? `Amended ${tag()}`, o.title ?? null],
    );
    if (!rows?.length) throw new Error(`medical record ${recordId} not amendable by ${author.id}`);
    const [version] = await m.query(
      `SELECT id FROM public.medical_record_versions WHERE record_id = $1 AND version = $2`,
      [recordId, rows[0].version - 1],
    );
    return version.id as string;
  });
  return loadRow<MedicalRecordVersion>(db, 'medical_record_versions', id);
}

export function newChamberSchedule(
  db: TestDb,
  org: OrgRef,
  o: With<ChamberSchedule, 'bookingId'>,
): Promise<ChamberSchedule> {
  return insertRow<ChamberSchedule>(db, 'chamber_schedules', { orgId: org.id, durationMinutes: 60, ...o });
}

/** A maintenance window of a chamber: the next default one (a Saturday) unless `startsAt` is given. */
export function newChamberMaintenance(
  db: TestDb,
  org: OrgRef,
  o: With<ChamberMaintenance, 'chamberId'>,
): Promise<ChamberMaintenance> {
  const w = o.startsAt
    ? { startsAt: o.startsAt, endsAt: new Date(o.startsAt.getTime() + 2 * HOUR) }
    : nextMaintenanceWindow();
  return insertRow<ChamberMaintenance>(db, 'chamber_maintenance', {
    orgId: org.id,
    ...o,
    startsAt: w.startsAt,
    endsAt: o.endsAt ?? w.endsAt,
  });
}

/** An alert for a member, as the system writes them. */
export function newAlert(db: TestDb, user: UserRef, o: Overrides<Alert> = {}): Promise<Alert> {
  return insertRow<Alert>(db, 'alerts', {
    orgId: user.orgId,
    userId: user.id,
    kind: 'reminder',
    title: 'Reminder',
    message: 'Message',
    ...o,
  });
}

/** A CRM lead with a phone number of its own (phones are unique within an org). */
export function newContact(db: TestDb, org: OrgRef, o: Overrides<Contact> = {}): Promise<Contact> {
  const phone = `+1555${String(randomBytes(4).readUInt32BE(0) % 10_000_000).padStart(7, '0')}`;
  return insertRow<Contact>(db, 'contacts', { orgId: org.id, name: `Lead ${tag()}`, phone, ...o });
}

/** An appointment with a contact: 30 minutes at the next default start unless `scheduledAt` is given. */
export function newAppointment(
  db: TestDb,
  org: OrgRef,
  o: With<Appointment, 'contactId'>,
): Promise<Appointment> {
  return insertRow<Appointment>(db, 'appointments', {
    orgId: org.id,
    serviceType: 'consultation',
    scheduledAt: o.scheduledAt ?? nextAppointmentStart(),
    ...o,
  });
}
