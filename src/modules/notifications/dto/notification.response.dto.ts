import { ApiProperty } from '@nestjs/swagger';
import { PageMetaDto } from '../../../common/dto/problem.dto';
import {
  NOTIFICATION_CHANNELS,
  NOTIFICATION_PRIORITIES,
  NOTIFICATION_STATUSES,
  NOTIFICATION_TYPES,
  type NotificationChannel,
  type NotificationPriority,
  type NotificationStatus,
  type NotificationType,
} from '../notification.enums';

export class NotificationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: NOTIFICATION_TYPES, enumName: 'NotificationType' }) type!: NotificationType;
  @ApiProperty() title!: string;
  @ApiProperty() message!: string;
  @ApiProperty({ enum: NOTIFICATION_STATUSES, enumName: 'NotificationStatus' }) status!: NotificationStatus;
  @ApiProperty({ description: 'True once read (or archived, which reads it).' }) read!: boolean;
  @ApiProperty({ enum: NOTIFICATION_PRIORITIES, enumName: 'NotificationPriority' })
  priority!: NotificationPriority;
  @ApiProperty({ enum: NOTIFICATION_CHANNELS, isArray: true }) channels!: NotificationChannel[];
  @ApiProperty({ nullable: true, type: String }) link!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) metadata!: Record<string, unknown>;
  @ApiProperty({ nullable: true, type: Date }) readAt!: Date | null;
  @ApiProperty({ nullable: true, type: Date }) expiresAt!: Date | null;
  @ApiProperty({
    nullable: true,
    format: 'uuid',
    type: String,
    description: 'The sender; null for the system.',
  })
  createdBy!: string | null;
  @ApiProperty() createdAt!: Date;
}

export class NotificationPageDto extends PageMetaDto {
  @ApiProperty({ type: [NotificationDto] }) items!: NotificationDto[];
}

export class UnreadCountDto {
  @ApiProperty({ example: 3 }) count!: number;
}

export class ReadAllResultDto {
  @ApiProperty({ example: 3, description: 'How many unread notifications were marked read.' })
  updated!: number;
}

export class CreatedNotificationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({
    description: 'True when an email was queued (email asked for and the address is verified).',
  })
  emailQueued!: boolean;
}
