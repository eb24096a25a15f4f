import { Injectable } from '@nestjs/common';
import { notFound } from '../../../common/errors/domain-error';
import type { Page } from '../../../common/pagination';
import { toMaintenanceChanges, toMaintenanceDto, toMaintenanceValues } from './chamber-maintenance.mapper';
import { ChamberMaintenanceRepository } from './chamber-maintenance.repository';
import type { MaintenanceDto } from './dto/chamber-maintenance.response.dto';
import type { CreateMaintenanceDto } from './dto/create-chamber-maintenance.dto';
import type { MaintenanceQueryDto } from './dto/list-chamber-maintenance.query.dto';
import type { UpdateMaintenanceDto } from './dto/update-chamber-maintenance.dto';
import { assertWindow, callerOrgId, nothingToUpdate, type ResponseBody } from './scheduling.helpers';

type Body = ResponseBody<MaintenanceDto>;
const NOUN = 'maintenance window';

/** Maintenance windows (admins); a trigger refuses one laid over pending or confirmed bookings (409). */
@Injectable()
export class ChamberMaintenanceService {
  constructor(private readonly maintenance: ChamberMaintenanceRepository) {}

  async list(q: MaintenanceQueryDto): Promise<Page<Body>> {
    const page = await this.maintenance.list(callerOrgId(), q);
    return { items: page.items.map(toMaintenanceDto), nextCursor: page.nextCursor };
  }

  async get(id: string): Promise<Body> {
    const row = await this.maintenance.findById(id, callerOrgId());
    if (!row) throw notFound(NOUN);
    return toMaintenanceDto(row);
  }

  async create(dto: CreateMaintenanceDto): Promise<Body> {
    assertWindow(dto.startsAt, dto.endsAt);
    return this.get(await this.maintenance.insert(toMaintenanceValues(dto)));
  }

  async update(id: string, dto: UpdateMaintenanceDto): Promise<Body> {
    const values = toMaintenanceChanges(dto);
    if (!Object.keys(values).length) throw nothingToUpdate();
    if (!(await this.maintenance.update(id, callerOrgId(), values))) throw notFound(NOUN);
    return this.get(id);
  }

  async remove(id: string): Promise<void> {
    if (!(await this.maintenance.delete(id, callerOrgId()))) throw notFound(NOUN);
  }
}
