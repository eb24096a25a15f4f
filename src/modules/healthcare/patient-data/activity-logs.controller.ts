import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CreateActivityLogDto } from './dto/create-activity-log.dto';
import { ActivityLogQueryDto } from './dto/activity-log-query.dto';
import { ActivityLogDto, ActivityLogPageDto } from './dto/activity-log.response.dto';
import { UpdateActivityLogDto } from './dto/update-activity-log.dto';
import { ActivityLogsService } from './activity-logs.service';
import {
  OWN_PATIENT_DATA,
  CreateOperation,
  DeleteOperation,
  GetOperation,
  IdParam,
  ListOperation,
  UpdateOperation,
} from './resource-operations.decorator';

@ApiTags('patient data')
@Controller('api/activity-logs')
export class ActivityLogsController {
  constructor(private readonly activityLogs: ActivityLogsService) {}

  @Get()
  @ListOperation(OWN_PATIENT_DATA, 'activity log entry', ActivityLogPageDto)
  list(@Query() q: ActivityLogQueryDto): Promise<ActivityLogPageDto> {
    return this.activityLogs.list(q);
  }

  @Get(':id')
  @GetOperation(OWN_PATIENT_DATA, 'activity log entry', ActivityLogDto)
  get(@IdParam() id: string): Promise<ActivityLogDto> {
    return this.activityLogs.get(id);
  }

  @Post()
  @CreateOperation(OWN_PATIENT_DATA, 'activity log entry', ActivityLogDto)
  create(@Body() dto: CreateActivityLogDto): Promise<ActivityLogDto> {
    return this.activityLogs.create(dto);
  }

  @Patch(':id')
  @UpdateOperation(OWN_PATIENT_DATA, 'activity log entry', ActivityLogDto)
  update(@IdParam() id: string, @Body() dto: UpdateActivityLogDto): Promise<ActivityLogDto> {
    return this.activityLogs.update(id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @DeleteOperation(OWN_PATIENT_DATA, 'activity log entry')
  remove(@IdParam() id: string): Promise<void> {
    return this.activityLogs.remove(id);
  }
}
