// The value lists of the scheduling and CRM tables, value for value as the migration defines them (enum types
// public.booking_status, lead_score_type, lead_status_type, appointment_status; CHECK lists for the rest).
export const CHAMBER_KINDS = ['monoplace', 'multiplace', 'room'] as const;
export type ChamberKind = (typeof CHAMBER_KINDS)[number];

export const MAINTENANCE_KINDS = ['scheduled', 'repair', 'inspection', 'cleaning'] as const;
export type MaintenanceKind = (typeof MAINTENANCE_KINDS)[number];

export const SCHEDULE_STATUSES = ['planned', 'in_progress', 'completed', 'aborted'] as const;
export type ScheduleStatus = (typeof SCHEDULE_STATUSES)[number];

export const PATIENT_SEXES = ['female', 'male', 'other', 'unknown'] as const;
export type PatientSex = (typeof PATIENT_SEXES)[number];

export const RECORD_TYPES = [
  'note',
  'diagnosis',
  'prescription',
  'lab_result',
  'treatment',
  'imaging',
  'other',
] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

export const BOOKING_STATUSES = ['pending', 'confirmed', 'cancelled', 'completed'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

export const ALERT_SEVERITIES = ['info', 'warning', 'critical'] as const;
export type AlertSeverity = (typeof ALERT_SEVERITIES)[number];

export const LEAD_SCORES = ['hot', 'warm', 'cold'] as const;
export type LeadScore = (typeof LEAD_SCORES)[number];

export const LEAD_STATUSES = ['new', 'contacted', 'qualified', 'booked', 'converted', 'lost'] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];

export const APPOINTMENT_STATUSES = ['pending', 'confirmed', 'completed', 'cancelled', 'no_show'] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];
