import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { pageQueryFastPath, registerFastQuery } from '../../../common/http/fast-validation.pipe';
import { PageQueryDto } from '../../../common/pagination';
import {
  NOTIFICATION_STATUSES,
  NOTIFICATION_TYPES,
  type NotificationStatus,
  type NotificationType,
} from '../notification.enums';

export class ListNotificationsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: NOTIFICATION_STATUSES, enumName: 'NotificationStatus' })
  @IsOptional()
  @IsIn(NOTIFICATION_STATUSES)
  status?: NotificationStatus;

  @ApiPropertyOptional({ enum: NOTIFICATION_TYPES, enumName: 'NotificationType' })
  @IsOptional()
  @IsIn(NOTIFICATION_TYPES)
  type?: NotificationType;
}

// The hottest list route: its usual queries skip class-transformer and class-validator (same result).
registerFastQuery(
  ListNotificationsQueryDto,
  pageQueryFastPath(ListNotificationsQueryDto, { status: NOTIFICATION_STATUSES, type: NOTIFICATION_TYPES }),
);
