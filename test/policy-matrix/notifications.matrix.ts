import { newNotification } from '../support/factories';
import type { TableCase } from './harness';

export const notificationsMatrix: TableCase[] = [
  {
    table: 'notifications',
    // An unread notification of org A's patient, created as the owner.
    seed: async (w) =>
      (await newNotification(w.db, w.users.patient, { type: 'system', title: 'Seed', message: 'Seed' })).id,
    // Nobody inserts directly: notifications are created through create_notification() only.
    insert: (w) => ({
      sql: `INSERT INTO public.notifications (org_id, user_id, type, title, message) VALUES ($1, $2, 'system', 'New', 'New')`,
      params: [w.orgA.id, w.users.patient.id],
    }),
    // The one change a recipient may make (status to read/archived); the job expires through a definer function.
    update: `UPDATE public.notifications SET status = 'read' WHERE id = $1`,
    // No delete for anyone, the service included (audit trail).
    allow: { patient: 'SU', service: 'S' },
  },
];
