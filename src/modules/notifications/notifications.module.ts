import { Module } from '@nestjs/common';
import { NotificationExpiryJob } from './notification-expiry.job';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';

@Module({
  controllers: [NotificationsController],
  providers: [NotificationsService, NotificationExpiryJob],
  exports: [NotificationsService],
})
export class NotificationsModule {}
