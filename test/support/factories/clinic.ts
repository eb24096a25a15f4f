// A clinic as the scheduling e2e tests start from: an organization with an admin, a provider member with
// their directory entry and a patient member with their patient record, one facility in UTC with one chamber
// at the default hours (08:00-18:00, Monday to Friday), and an admin of another organization.
import type {
  Chamber,
  Facility,
  Patient,
  Provider,
} from '../../../src/modules/healthcare/scheduling/entities';
import type { TestDb } from '../db';
import { newOrg, newUser, type TestOrg, type TestUser } from './identity';
import { newChamber, newFacility, newPatient, newProvider } from './scheduling';

export interface TestClinic {
  org: TestOrg;
  admin: TestUser;
  /** The provider member; `providerEntry` is their directory entry. */
  provider: TestUser;
  /** The patient member; `patientEntry` is their patient record. */
  patient: TestUser;
  /** An admin of another organization. */
  otherAdmin: TestUser;
  facility: Facility;
  chamber: Chamber;
  providerEntry: Provider;
  patientEntry: Patient;
}

/** A Tuesday well in the future, inside the chamber's opening days. */
export const CLINIC_DAY = '2031-03-04';

/** An instant of CLINIC_DAY in UTC, as the API writes it: clinicAt('09:00') = '2031-03-04T09:00:00.000Z'. */
export const clinicAt = (hhmm: string): string => `${CLINIC_DAY}T${hhmm}:00.000Z`;

export async function newClinic(db: TestDb, name = 'Clinic A'): Promise<TestClinic> {
  const org = await newOrg(db, name);
  const admin = await newUser(db, org, 'admin');
  const provider = await newUser(db, org, 'provider');
  const patient = await newUser(db, org, 'patient');
  const otherAdmin = await newUser(db, await newOrg(db, 'Clinic B'), 'admin');
  const facility = await newFacility(db, org, { name: 'Main site', timezone: 'UTC' });
  const chamber = await newChamber(db, org, { facilityId: facility.id, name: 'Chamber 1' });
  const providerEntry = await newProvider(db, provider, { displayName: 'Dr Who', specialty: 'HBOT' });
  const patientEntry = await newPatient(db, org, {
    userId: patient.id,
    firstName: 'Pat',
    lastName: 'Ient',
    mrn: 'MRN-1',
  });
  return { org, admin, provider, patient, otherAdmin, facility, chamber, providerEntry, patientEntry };
}
