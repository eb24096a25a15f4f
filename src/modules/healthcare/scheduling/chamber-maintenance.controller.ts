// Chamber maintenance windows: admins only.
import { Body, Controller, Delete, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ChamberMaintenanceService } from './chamber-maintenance.service';
import { MaintenanceDto, MaintenancePageDto } from './dto/chamber-maintenance.response.dto';
import { CreateMaintenanceDto } from './dto/create-chamber-maintenance.dto';
import { MaintenanceQueryDto } from './dto/list-chamber-maintenance.query.dto';
import { UpdateMaintenanceDto } from './dto/update-chamber-maintenance.dto';
import {
  AdminOnly,
  CreateDoc,
  DeleteDoc,
  GetDoc,
  IdParam,
  ListDoc,
  UpdateDoc,
} from './scheduling.decorators';

@ApiTags('chamber-maintenance')
@Controller('api/chamber-maintenance')
export class MaintenanceController {
  constructor(private readonly maintenance: ChamberMaintenanceService) {}

  @Get()
  @AdminOnly()
  @ListDoc('Maintenance windows, newest first', MaintenancePageDto)
  list(@Query() q: MaintenanceQueryDto) {
    return this.maintenance.list(q);
  }

  @Get(':id')
  @AdminOnly()
  @GetDoc('One maintenance window', MaintenanceDto)
  get(@IdParam() id: string) {
    return this.maintenance.get(id);
  }

  @Post()
  @AdminOnly()
  @CreateDoc('Block a chamber for maintenance (409 while bookings overlap the window)', MaintenanceDto)
  create(@Body() dto: CreateMaintenanceDto) {
    return this.maintenance.create(dto);
  }

  @Patch(':id')
  @AdminOnly()
  @UpdateDoc('Change a maintenance window', MaintenanceDto)
  update(@IdParam() id: string, @Body() dto: UpdateMaintenanceDto) {
    return this.maintenance.update(id, dto);
  }

  @Delete(':id')
  @AdminOnly()
  @DeleteDoc('Remove a maintenance window')
  remove(@IdParam() id: string) {
    return this.maintenance.remove(id);
  }
}
