// Policy matrix rows for the clinic and scheduling tables. One set of fixtures per world: a facility and a
// chamber open around the clock, the provider's directory entry, the patient's record with the provider on
// its care team (what makes the provider treating), a confirmed booking with the provider, and a CRM contact
// linked to the patient. Rows a probe may delete are separate from the fixtures other rows depend on.
import { randomBytes } from 'node:crypto';
import {
  newAlert,
  newCareTeamMember,
  newAppointment,
  newBooking,
  newChamber,
  newChamberMaintenance,
  newChamberSchedule,
  newContact,
  newFacility,
  newMedicalRecord,
  newMedicalRecordVersion,
  newPatient,
  newProvider,
  newUser,
} from '../support/factories';
import type { Caller, Statement, TableCase, World } from './harness';

export interface SchedulingFixtures {
  facilityId: string;
  chamberId: string;
  providerId: string;
  otherProviderId: string;
  patientId: string;
  careTeamMemberId: string;
  bookingId: string;
  contactId: string;
}

const cache = new WeakMap<World, Promise<SchedulingFixtures>>();

/** A day well in the future, so fixtures never collide with "now". */
export const DAY = '2031-03-03';
const at = (hhmm: string) => new Date(`${DAY}T${hhmm}:00Z`);

export function schedulingFixtures(w: World): Promise<SchedulingFixtures> {
  let found = cache.get(w);
  if (!found) {
    found = build(w);
    cache.set(w, found);
  }
  return found;
}

async function build(w: World): Promise<SchedulingFixtures> {
  const { db, orgA: org } = w;
  const facility = await newFacility(db, org, { name: 'Main site' });
  const chamber = await newChamber(db, org, {
    facilityId: facility.id,
    name: 'Chamber 1',
    opensAt: '00:00',
    closesAt: '00:00',
    openDays: [1, 2, 3, 4, 5, 6, 7],
  });
  const provider = await newProvider(db, w.users.provider, { displayName: 'Dr Matrix' });
  const otherProvider = await newProvider(db, await newUser(db, org, 'provider'), {
    displayName: 'Dr Other',
  });
  const patient = await newPatient(db, org, {
    userId: w.users.patient.id,
    firstName: 'Pat',
    lastName: 'Ient',
  });
  const careTeamMember = await newCareTeamMember(db, org, {
    patientId: patient.id,
    providerId: provider.id,
    reason: 'Attending physician',
  });
  const booking = await newBooking(db, org, {
    patientId: patient.id,
    chamberId: chamber.id,
    providerId: provider.id,
    startsAt: at('09:00'),
    endsAt: at('10:00'),
    status: 'confirmed',
  });
  const contact = await newContact(db, org, {
    name: 'Pat Ient',
    phone: '+15550000001',
    patientId: patient.id,
  });
  return {
    facilityId: facility.id,
    chamberId: chamber.id,
    providerId: provider.id,
    otherProviderId: otherProvider.id,
    patientId: patient.id,
    careTeamMemberId: careTeamMember.id,
    bookingId: booking.id,
    contactId: contact.id,
  };
}

/** Rows the matrix needs synchronously in insert(): filled in by the first seed. */
let fx: SchedulingFixtures;
const useFixtures = async (w: World) => (fx = await schedulingFixtures(w));

/** The record and author behind the seeded version (for the insert attempts). */
let amended: { recordId: string; providerId: string };

/** Members insert into their own org (default org_id); the other org's admin and the service name org A. */
function tenantInsert(w: World, caller: Caller, table: string, cols: string[], values: unknown[]): Statement {
  const explicit = caller === 'service' || caller === 'other_org';
  const all = explicit ? ['org_id', ...cols] : cols;
  const params = explicit ? [w.orgA.id, ...values] : values;
  return {
    sql: `INSERT INTO public.${table} (${all.join(', ')}) VALUES (${all.map((_, i) => `$${i + 1}`).join(', ')})`,
    params,
  };
}

const everyoneReads = {
  anon: 'S',
  patient: 'S',
  provider: 'S',
  research_partner: 'S',
  developer: 'S',
  other_org: 'S',
};

export const healthcareSchedulingMatrix: TableCase[] = [
  {
    table: 'facilities',
    seed: async (w) => {
      await useFixtures(w);
      return (await newFacility(w.db, w.orgA, { name: 'Annex' })).id;
    },
    insert: (w, caller) => tenantInsert(w, caller, 'facilities', ['name'], ['New site']),
    update: `UPDATE public.facilities SET name = name WHERE id = $1`,
    allow: { ...everyoneReads, admin: 'SIUD', service: 'SIUD' },
  },
  {
    table: 'chambers',
    seed: async (w) => {
      const f = await useFixtures(w);
      return (await newChamber(w.db, w.orgA, { facilityId: f.facilityId, name: 'Chamber 2' })).id;
    },
    insert: (w, caller) =>
      tenantInsert(w, caller, 'chambers', ['facility_id', 'name'], [fx.facilityId, 'Chamber 3']),
    update: `UPDATE public.chambers SET name = name WHERE id = $1`,
    allow: { ...everyoneReads, admin: 'SIUD', service: 'SIUD' },
  },
  {
    table: 'providers',
    seed: async (w) => (await useFixtures(w)).providerId,
    insert: (w, caller) =>
      tenantInsert(
        w,
        caller,
        'providers',
        ['user_id', 'display_name'],
        [w.users.developer.id, 'New provider'],
      ),
    update: `UPDATE public.providers SET display_name = display_name WHERE id = $1`,
    // The directory is readable by every member of the org; a provider edits their own entry.
    allow: {
      patient: 'S',
      provider: 'SU',
      admin: 'SIUD',
      research_partner: 'S',
      developer: 'S',
      service: 'SIUD',
    },
  },
  {
    table: 'patients',
    seed: async (w) => (await useFixtures(w)).patientId,
    insert: (w, caller) =>
      tenantInsert(w, caller, 'patients', ['first_name', 'last_name'], ['New', 'Patient']),
    update: `UPDATE public.patients SET phone = phone WHERE id = $1`,
    // The provider reads through the fixture care-team entry. The fixture patient has a booking, so nobody
    // deletes it: clinical history is retained (a patient without any can be deleted).
    allow: { patient: 'SU', provider: 'S', admin: 'SIU', service: 'SIU' },
  },
  {
    table: 'medical_records',
    // Written by another provider: the world's provider reads it as the treating provider but writes only
    // records they authored; nobody deletes a record (retention), and content changes are amendments by the
    // author (medical_record_versions).
    seed: async (w) => {
      const f = await useFixtures(w);
      const record = await newMedicalRecord(w.db, w.orgA, {
        patientId: f.patientId,
        providerId: f.otherProviderId,
        title: 'Intake',
        content: 'History',
      });
      return record.id;
    },
    insert: (w, caller) =>
      tenantInsert(
        w,
        caller,
        'medical_records',
        ['patient_id', 'provider_id', 'title', 'content'],
        [fx.patientId, fx.providerId, 'Note', 'Text'],
      ),
    update: `UPDATE public.medical_records SET content = content WHERE id = $1`,
    allow: { patient: 'S', provider: 'SI', admin: 'SIU', service: 'SIU' },
  },
  {
    table: 'medical_record_versions',
    // A version left by an amendment of a record another provider wrote: read by exactly those who read the
    // record; written by the amendment trigger only, never changed or removed.
    seed: async (w) => {
      const f = await useFixtures(w);
      const author = await newUser(w.db, w.orgA, 'provider');
      const providerId = (await newProvider(w.db, author, { displayName: 'Dr Amender' })).id;
      const record = await newMedicalRecord(w.db, w.orgA, {
        patientId: f.patientId,
        providerId,
        title: 'Plan',
      });
      amended = { recordId: record.id, providerId };
      return (await newMedicalRecordVersion(w.db, author, record.id, { reason: 'Dose corrected' })).id;
    },
    insert: (w, caller) =>
      tenantInsert(
        w,
        caller,
        'medical_record_versions',
        [
          'record_id',
          'version',
          'provider_id',
          'record_type',
          'title',
          'content',
          'recorded_at',
          'reason',
          'written_at',
        ],
        [amended.recordId, 9, amended.providerId, 'note', 'Forged', 'Text', new Date(), 'Forged', new Date()],
      ),
    update: `UPDATE public.medical_record_versions SET content = content WHERE id = $1`,
    allow: { patient: 'S', provider: 'S', admin: 'S', service: 'S' },
  },
  {
    table: 'bookings',
    seed: async (w) => (await useFixtures(w)).bookingId,
    insert: (w, caller) =>
      tenantInsert(
        w,
        caller,
        'bookings',
        ['patient_id', 'chamber_id', 'starts_at', 'ends_at', 'status'],
        [fx.patientId, fx.chamberId, at('11:00'), at('12:00'), 'pending'],
      ),
    update: `UPDATE public.bookings SET notes = notes WHERE id = $1`,
    allow: { patient: 'SIU', provider: 'SU', admin: 'SIUD', service: 'SIUD' },
  },
  {
    table: 'chamber_schedules',
    seed: async (w) => {
      const f = await useFixtures(w);
      return (
        await newChamberSchedule(w.db, w.orgA, {
          bookingId: f.bookingId,
          durationMinutes: 60,
          pressureAta: '2.0',
        })
      ).id;
    },
    insert: (w, caller) =>
      tenantInsert(
        w,
        caller,
        'chamber_schedules',
        ['booking_id', 'sequence', 'duration_minutes'],
        [fx.bookingId, 2, 30],
      ),
    update: `UPDATE public.chamber_schedules SET notes = notes WHERE id = $1`,
    // Read through the booking: its patient and its provider.
    allow: { patient: 'S', provider: 'S', admin: 'SIUD', service: 'SIUD' },
  },
  {
    table: 'chamber_maintenance',
    seed: async (w) => {
      const f = await useFixtures(w);
      const window = { startsAt: at('20:00'), endsAt: at('22:00') };
      return (
        await newChamberMaintenance(w.db, w.orgA, {
          chamberId: f.chamberId,
          ...window,
          reason: 'Valve check',
        })
      ).id;
    },
    insert: (w, caller) =>
      tenantInsert(
        w,
        caller,
        'chamber_maintenance',
        ['chamber_id', 'starts_at', 'ends_at'],
        [fx.chamberId, at('14:00'), at('15:00')],
      ),
    update: `UPDATE public.chamber_maintenance SET reason = reason WHERE id = $1`,
    allow: { admin: 'SIUD', service: 'SIUD' },
  },
  {
    table: 'alerts',
    seed: async (w) =>
      (
        await newAlert(w.db, w.users.patient, {
          kind: 'reminder',
          title: 'Tomorrow',
          message: 'Session at 9',
        })
      ).id,
    insert: (w, caller) =>
      tenantInsert(
        w,
        caller,
        'alerts',
        ['user_id', 'kind', 'title', 'message'],
        [w.users.patient.id, 'reminder', 'T', 'M'],
      ),
    update: `UPDATE public.alerts SET read_at = now() WHERE id = $1`,
    // Alerts are written by the system (definer triggers, service jobs); their owner reads, marks, deletes.
    allow: { patient: 'SUD', service: 'SIUD' },
  },
  {
    table: 'contacts',
    seed: async (w) => (await useFixtures(w)).contactId,
    insert: (w, caller) =>
      tenantInsert(
        w,
        caller,
        'contacts',
        ['name', 'phone'],
        ['Lead', `+1555${randomBytes(3).readUIntBE(0, 3)}`],
      ),
    update: `UPDATE public.contacts SET notes = notes WHERE id = $1`,
    allow: { provider: 'SIUD', admin: 'SIUD', service: 'SIUD' },
  },
  {
    table: 'appointments',
    seed: async (w) => {
      const f = await useFixtures(w);
      const appointment = await newAppointment(w.db, w.orgA, {
        contactId: f.contactId,
        providerId: f.otherProviderId,
        serviceType: 'consultation',
        scheduledAt: at('13:00'),
      });
      return appointment.id;
    },
    insert: (w, caller) =>
      tenantInsert(
        w,
        caller,
        'appointments',
        ['contact_id', 'service_type', 'scheduled_at'],
        [fx.contactId, 'follow-up', at('15:00')],
      ),
    update: `UPDATE public.appointments SET notes = notes WHERE id = $1`,
    // Staff; the patient linked to the contact reads their own.
    allow: { patient: 'S', provider: 'SIUD', admin: 'SIUD', service: 'SIUD' },
  },
];
