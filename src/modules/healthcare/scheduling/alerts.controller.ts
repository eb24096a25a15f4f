// Alerts: the signed-in member's own (no API keys).
import { Controller, Delete, Get, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../../../common/decorators/access.decorator';
import { AlertsService } from './alerts.service';
import { AlertDto, AlertPageDto } from './dto/alert.response.dto';
import { AlertQueryDto } from './dto/list-alerts.query.dto';
import { ActionDoc, DeleteDoc, GetDoc, IdParam, ListDoc } from './scheduling.decorators';

@ApiTags('alerts')
@Controller('api/alerts')
export class AlertsController {
  constructor(private readonly alerts: AlertsService) {}

  @Get()
  @Authenticated({ apiKeys: false })
  @ListDoc('Own alerts, newest first', AlertPageDto)
  list(@Query() q: AlertQueryDto) {
    return this.alerts.list(q);
  }

  @Get(':id')
  @Authenticated({ apiKeys: false })
  @GetDoc('One own alert', AlertDto)
  get(@IdParam() id: string) {
    return this.alerts.get(id);
  }

  @Post(':id/read')
  @Authenticated({ apiKeys: false })
  @ActionDoc('Mark an own alert as read', AlertDto)
  read(@IdParam() id: string) {
    return this.alerts.markRead(id);
  }

  @Delete(':id')
  @Authenticated({ apiKeys: false })
  @DeleteDoc('Delete an own alert')
  remove(@IdParam() id: string) {
    return this.alerts.remove(id);
  }
}
