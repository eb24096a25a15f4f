import { Body, Controller, Get, Header, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Authenticated } from '../../common/decorators/access.decorator';
import { ProblemDto } from '../../common/dto/problem.dto';
import { SingleRead } from '../../common/http/request-transaction';
import { CreateNotificationDto } from './dto/create-notification.dto';
import { ListNotificationsQueryDto } from './dto/list-notifications.query.dto';
import {
  CreatedNotificationDto,
  NotificationDto,
  NotificationPageDto,
  ReadAllResultDto,
  UnreadCountDto,
} from './dto/notification.response.dto';
import { NotificationsService } from './notifications.service';

const uuid = new ParseUUIDPipe({ version: '4' });

// The inbox routes need a user (API keys have none); sending is open to staff API keys too.
@ApiTags('notifications')
@Controller('api/notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @Authenticated({ apiKeys: false })
  @ApiOperation({ summary: 'Own notifications in the active organization, newest first' })
  @ApiOkResponse({ type: NotificationPageDto })
  @Header('content-type', 'application/json; charset=utf-8')
  @SingleRead()
  list(@Query() q: ListNotificationsQueryDto): Promise<string> {
    // NotificationPageDto, already serialized (see NotificationsService.list).
    return this.notifications.list(q);
  }

  @Get('unread-count')
  @Authenticated({ apiKeys: false })
  @ApiOperation({ summary: 'How many own notifications are unread' })
  @ApiOkResponse({ type: UnreadCountDto })
  @SingleRead()
  unreadCount(): Promise<UnreadCountDto> {
    return this.notifications.unreadCount();
  }

  @Post('read-all')
  @Authenticated({ apiKeys: false })
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark every unread own notification read' })
  @ApiOkResponse({ type: ReadAllResultDto })
  readAll(): Promise<ReadAllResultDto> {
    return this.notifications.readAll();
  }

  @Get(':id')
  @Authenticated({ apiKeys: false })
  @ApiOperation({ summary: 'One own notification' })
  @ApiOkResponse({ type: NotificationDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  get(@Param('id', uuid) id: string): Promise<NotificationDto> {
    return this.notifications.get(id);
  }

  @Post(':id/read')
  @Authenticated({ apiKeys: false })
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark an own notification read (no change when already read or archived)' })
  @ApiOkResponse({ type: NotificationDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  @ApiConflictResponse({ description: 'The notification has expired', type: ProblemDto })
  markRead(@Param('id', uuid) id: string): Promise<NotificationDto> {
    return this.notifications.markRead(id);
  }

  @Post(':id/archive')
  @Authenticated({ apiKeys: false })
  @HttpCode(200)
  @ApiOperation({ summary: 'Archive an own notification (it counts as read)' })
  @ApiOkResponse({ type: NotificationDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  @ApiConflictResponse({ description: 'The notification has expired', type: ProblemDto })
  archive(@Param('id', uuid) id: string): Promise<NotificationDto> {
    return this.notifications.archive(id);
  }

  @Post()
  @Authenticated({ roles: ['admin', 'provider'] })
  @ApiOperation({
    summary: 'Send a notification to a member of your organization (email too when asked, after commit)',
  })
  @ApiCreatedResponse({ type: CreatedNotificationDto })
  @ApiNotFoundResponse({ description: 'No such member of your organization', type: ProblemDto })
  send(@Body() dto: CreateNotificationDto): Promise<CreatedNotificationDto> {
    return this.notifications.send(dto);
  }
}
