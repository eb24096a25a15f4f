// Notifications as the owner writes them (the API creates them only through create_notification()).
import type { Notification } from '../../../src/modules/notifications/entities';
import type { TestDb } from '../db';
import { insertRow, type Overrides, type UserRef } from './rows';

/** An unread system notification for a member. */
export function newNotification(
  db: TestDb,
  user: UserRef,
  o: Overrides<Notification> = {},
): Promise<Notification> {
  return insertRow<Notification>(db, 'notifications', {
    orgId: user.orgId,
    userId: user.id,
    type: 'system',
    title: 'Notice',
    message: 'Something happened',
    ...o,
  });
}
