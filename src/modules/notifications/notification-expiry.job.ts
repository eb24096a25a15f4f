// Notifications past their expires_at are marked expired (the notifications migration's expire_old_notifications()).
import { Injectable } from '@nestjs/common';
import {
  callMaintenanceFunction,
  ScheduledJob,
  type JobContext,
  type JobResult,
  type ScheduledJobHandler,
} from '../jobs';

@Injectable()
@ScheduledJob({
  name: 'expire-notifications',
  cron: '15 * * * *',
  description: 'Marks notifications past their expiry as expired (expire_old_notifications).',
  timeoutSeconds: 10 * 60,
})
export class NotificationExpiryJob implements ScheduledJobHandler {
  async run({ sql }: JobContext): Promise<JobResult> {
    return { rows: await callMaintenanceFunction(sql, 'expire_old_notifications') };
  }
}
