// The column maps of the clinic resources: what the API reads, creates, updates and filters on.
import type { TableSpec } from './table-store';

const audit = { createdAt: 'created_at', updatedAt: 'updated_at' };
const fromTo = (col: string) => ({ from: `${col} >= $?::timestamptz`, to: `${col} < $?::timestamptz` });

const FACILITY_FIELDS = {
  name: 'name',
  addressLine1: 'address_line1',
  addressLine2: 'address_line2',
  city: 'city',
  region: 'region',
  postalCode: 'postal_code',
  country: 'country',
  phone: 'phone',
  email: 'email',
  timezone: 'timezone',
  isActive: 'is_active',
};
export const FACILITIES: TableSpec = {
  table: 'facilities',
  noun: 'facility',
  publicCatalog: true,
  read: { id: 'id', organizationId: 'org_id', ...FACILITY_FIELDS, ...audit },
  insert: FACILITY_FIELDS,
  update: FACILITY_FIELDS,
  filters: { organizationId: 'org_id = $?::uuid', city: 'city = $?', isActive: 'is_active = $?::boolean' },
};

const CHAMBER_FIELDS = {
  facilityId: 'facility_id',
  name: 'name',
  kind: 'kind',
  capacity: 'capacity',
  maxPressureAta: 'max_pressure_ata',
  description: 'description',
  opensAt: 'opens_at',
  closesAt: 'closes_at',
  openDays: 'open_days',
  isActive: 'is_active',
};
export const CHAMBERS: TableSpec = {
  table: 'chambers',
  noun: 'chamber',
  publicCatalog: true,
  read: {
    id: 'id',
    organizationId: 'org_id',
    ...CHAMBER_FIELDS,
    maxPressureAta: 'max_pressure_ata::float8',
    opensAt: `to_char(opens_at, 'HH24:MI')`,
    closesAt: `to_char(closes_at, 'HH24:MI')`,
    ...audit,
  },
  insert: CHAMBER_FIELDS,
  update: CHAMBER_FIELDS,
  filters: {
    organizationId: 'org_id = $?::uuid',
    facilityId: 'facility_id = $?::uuid',
    kind: 'kind = $?',
    isActive: 'is_active = $?::boolean',
  },
};

const MAINTENANCE_FIELDS = { startsAt: 'starts_at', endsAt: 'ends_at', kind: 'kind', reason: 'reason' };
export const MAINTENANCE: TableSpec = {
  table: 'chamber_maintenance',
  noun: 'maintenance window',
  read: { id: 'id', chamberId: 'chamber_id', ...MAINTENANCE_FIELDS, createdBy: 'created_by', ...audit },
  insert: { chamberId: 'chamber_id', ...MAINTENANCE_FIELDS },
  update: MAINTENANCE_FIELDS,
  filters: { chamberId: 'chamber_id = $?::uuid', from: 'ends_at > $?::timestamptz', to: 'starts_at < $?::timestamptz' },
};

const PROVIDER_SELF = {
  displayName: 'display_name',
  specialty: 'specialty',
  bio: 'bio',
  phone: 'phone',
  email: 'email',
  timezone: 'timezone',
  worksFrom: 'works_from',
  worksUntil: 'works_until',
  workDays: 'work_days',
};
const PROVIDER_ADMIN = { ...PROVIDER_SELF, facilityId: 'facility_id', licenseNumber: 'license_number', isActive: 'is_active' };
export const PROVIDERS: TableSpec = {
  table: 'providers',
  noun: 'provider',
  read: {
    id: 'id',
    userId: 'user_id',
    ...PROVIDER_ADMIN,
    worksFrom: `to_char(works_from, 'HH24:MI')`,
    worksUntil: `to_char(works_until, 'HH24:MI')`,
    ...audit,
  },
  insert: { userId: 'user_id', ...PROVIDER_ADMIN },
  update: PROVIDER_ADMIN,
  filters: {
    specialty: 'specialty = $?',
    facilityId: 'facility_id = $?::uuid',
    isActive: 'is_active = $?::boolean',
    q: `display_name ILIKE '%' || $? || '%'`,
  },
};
/** What a provider may change on their own entry (the database enforces the same list). */
export const PROVIDER_SELF_FIELDS = Object.keys(PROVIDER_SELF);

const PATIENT_SELF = {
  phone: 'phone',
  email: 'email',
  emergencyContactName: 'emergency_contact_name',
  emergencyContactPhone: 'emergency_contact_phone',
};
const PATIENT_FIELDS = {
  userId: 'user_id',
  mrn: 'mrn',
  firstName: 'first_name',
  lastName: 'last_name',
  dateOfBirth: 'date_of_birth',
  sex: 'sex',
  ...PATIENT_SELF,
};
export const PATIENTS: TableSpec = {
  table: 'patients',
  noun: 'patient',
  read: { id: 'id', ...PATIENT_FIELDS, dateOfBirth: `to_char(date_of_birth, 'YYYY-MM-DD')`, ...audit },
  insert: PATIENT_FIELDS,
  update: PATIENT_FIELDS,
  filters: {
    userId: 'user_id = $?::uuid',
    mrn: 'mrn = $?',
    q: `(first_name || ' ' || last_name) ILIKE '%' || $? || '%'`,
  },
};
export const PATIENT_SELF_FIELDS = Object.keys(PATIENT_SELF);

const RECORD_FIELDS = { recordType: 'record_type', title: 'title', content: 'content', recordedAt: 'recorded_at', bookingId: 'booking_id' };
export const MEDICAL_RECORDS: TableSpec = {
  table: 'medical_records',
  noun: 'medical record',
  read: { id: 'id', patientId: 'patient_id', providerId: 'provider_id', ...RECORD_FIELDS, ...audit },
  insert: { patientId: 'patient_id', providerId: 'provider_id', ...RECORD_FIELDS },
  update: RECORD_FIELDS,
  filters: {
    patientId: 'patient_id = $?::uuid',
    providerId: 'provider_id = $?::uuid',
    recordType: 'record_type = $?',
    ...fromTo('recorded_at'),
  },
};

export const BOOKINGS: TableSpec = {
  table: 'bookings',
  noun: 'booking',
  read: {
    id: 'id',
    patientId: 'patient_id',
    chamberId: 'chamber_id',
    providerId: 'provider_id',
    startsAt: 'starts_at',
    endsAt: 'ends_at',
    status: 'status',
    notes: 'notes',
    cancellationReason: 'cancellation_reason',
    confirmedAt: 'confirmed_at',
    cancelledAt: 'cancelled_at',
    ...audit,
  },
  insert: {
    patientId: 'patient_id',
    chamberId: 'chamber_id',
    providerId: 'provider_id',
    startsAt: 'starts_at',
    endsAt: 'ends_at',
    notes: 'notes',
  },
  update: { notes: 'notes', providerId: 'provider_id' },
  filters: {
    patientId: 'patient_id = $?::uuid',
    chamberId: 'chamber_id = $?::uuid',
    providerId: 'provider_id = $?::uuid',
    status: 'status = $?::public.booking_status',
    from: 'ends_at > $?::timestamptz',
    to: 'starts_at < $?::timestamptz',
  },
};

const SCHEDULE_FIELDS = {
  sequence: 'sequence',
  pressureAta: 'pressure_ata',
  durationMinutes: 'duration_minutes',
  operatorProviderId: 'operator_provider_id',
  status: 'status',
  startedAt: 'started_at',
  endedAt: 'ended_at',
  notes: 'notes',
};
export const CHAMBER_SCHEDULES: TableSpec = {
  table: 'chamber_schedules',
  noun: 'chamber schedule',
  read: { id: 'id', bookingId: 'booking_id', ...SCHEDULE_FIELDS, pressureAta: 'pressure_ata::float8', ...audit },
  insert: { bookingId: 'booking_id', ...SCHEDULE_FIELDS },
  update: SCHEDULE_FIELDS,
  filters: { bookingId: 'booking_id = $?::uuid', status: 'status = $?' },
};

export const ALERTS: TableSpec = {
  table: 'alerts',
  noun: 'alert',
  read: {
    id: 'id',
    kind: 'kind',
    severity: 'severity',
    title: 'title',
    message: 'message',
    data: 'data',
    readAt: 'read_at',
    createdAt: 'created_at',
  },
  insert: {},
  update: {},
  filters: { unread: `(read_at IS NULL) = $?::boolean`, kind: 'kind = $?' },
};

const CONTACT_FIELDS = {
  name: 'name',
  phone: 'phone',
  email: 'email',
  serviceInterests: 'service_interests',
  leadScore: 'lead_score',
  leadStatus: 'lead_status',
  lastContactAt: 'last_contact_at',
  notes: 'notes',
  patientId: 'patient_id',
};
export const CONTACTS: TableSpec = {
  table: 'contacts',
  noun: 'contact',
  read: { id: 'id', ...CONTACT_FIELDS, ...audit },
  insert: CONTACT_FIELDS,
  update: CONTACT_FIELDS,
  filters: {
    leadStatus: 'lead_status = $?::public.lead_status_type',
    leadScore: 'lead_score = $?::public.lead_score_type',
    serviceInterest: 'service_interests @> ARRAY[$?::text]',
    phone: 'phone = $?',
    patientId: 'patient_id = $?::uuid',
    q: `name ILIKE '%' || $? || '%'`,
  },
};

export const APPOINTMENTS: TableSpec = {
  table: 'appointments',
  noun: 'appointment',
  read: {
    id: 'id',
    contactId: 'contact_id',
    providerId: 'provider_id',
    serviceType: 'service_type',
    scheduledAt: 'scheduled_at',
    durationMinutes: 'duration_minutes',
    endsAt: 'ends_at',
    status: 'status',
    confirmationSent: 'confirmation_sent',
    notes: 'notes',
    cancelledAt: 'cancelled_at',
    ...audit,
  },
  insert: {
    contactId: 'contact_id',
    providerId: 'provider_id',
    serviceType: 'service_type',
    scheduledAt: 'scheduled_at',
    durationMinutes: 'duration_minutes',
    notes: 'notes',
  },
  update: { providerId: 'provider_id', serviceType: 'service_type', notes: 'notes', confirmationSent: 'confirmation_sent' },
  filters: {
    contactId: 'contact_id = $?::uuid',
    providerId: 'provider_id = $?::uuid',
    status: 'status = $?::public.appointment_status',
    from: 'ends_at > $?::timestamptz',
    to: 'scheduled_at < $?::timestamptz',
  },
};
