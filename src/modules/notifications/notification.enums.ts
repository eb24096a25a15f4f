// The notification enums, value for value as the migration creates them (public.notification_*).
export const NOTIFICATION_TYPES = [
  'hot_lead',
  'lead_assigned',
  'appointment_booked',
  'appointment_confirmed',
  'appointment_reminder',
  'appointment_rescheduled',
  'appointment_cancelled',
  'appointment_no_show',
  'payment_received',
  'payment_failed',
  'refund_issued',
  'withdrawal_status',
  'message',
  'record_shared',
  'security_alert',
  'system',
] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

export const NOTIFICATION_STATUSES = ['unread', 'read', 'archived', 'expired'] as const;
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];

export const NOTIFICATION_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type NotificationPriority = (typeof NOTIFICATION_PRIORITIES)[number];

/** The row is the in-app delivery; email goes through the Mailer after commit. */
export const NOTIFICATION_CHANNELS = ['in_app', 'email'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];
