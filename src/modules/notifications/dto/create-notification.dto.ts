import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayContains,
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsDate,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  MinDate,
} from 'class-validator';
import {
  NOTIFICATION_CHANNELS,
  NOTIFICATION_PRIORITIES,
  NOTIFICATION_TYPES,
  type NotificationChannel,
  type NotificationPriority,
  type NotificationType,
} from '../notification.enums';

/** App-relative paths ("/dashboard/leads", not "//host") or https URLs; the database checks the same. */
export const LINK_PATTERN = /^(\/($|[^/\\])|https:\/\/[^/])/;

export class CreateNotificationDto {
  @ApiProperty({ format: 'uuid', description: 'The recipient: a member of your organization.' })
  @IsUUID()
  userId!: string;

  @ApiProperty({ enum: NOTIFICATION_TYPES, enumName: 'NotificationType' })
  @IsIn(NOTIFICATION_TYPES)
  type!: NotificationType;

  @ApiProperty({ example: 'Hot Lead Alert', minLength: 1, maxLength: 200 })
  @IsString()
  @Length(1, 200)
  title!: string;

  @ApiProperty({ example: 'A new hot lead was detected', minLength: 1, maxLength: 4000 })
  @IsString()
  @Length(1, 4000)
  message!: string;

  @ApiPropertyOptional({
    example: '/dashboard/leads',
    description: 'An app path or an https URL.',
    maxLength: 2000,
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  @Matches(LINK_PATTERN, { message: 'link must be an app path ("/...") or an https URL' })
  link?: string;

  @ApiPropertyOptional({ enum: NOTIFICATION_PRIORITIES, enumName: 'NotificationPriority', default: 'normal' })
  @IsOptional()
  @IsIn(NOTIFICATION_PRIORITIES)
  priority?: NotificationPriority;

  @ApiPropertyOptional({
    enum: NOTIFICATION_CHANNELS,
    isArray: true,
    default: ['in_app'],
    example: ['in_app', 'email'],
    description: 'Always includes in_app (the notification itself); add email to mail the recipient too.',
  })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(NOTIFICATION_CHANNELS.length)
  @IsIn(NOTIFICATION_CHANNELS, { each: true })
  @ArrayContains(['in_app'], { message: 'channels must include in_app' })
  channels?: NotificationChannel[];

  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: 'At most 8 KiB of JSON.' })
  @IsOptional()
  @IsObject()
  metadata?: Record<string, unknown>;

  @ApiPropertyOptional({ description: 'When the notification expires (ISO 8601, in the future).' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  @MinDate(() => new Date(), { message: 'expiresAt must be in the future' })
  expiresAt?: Date;
}
