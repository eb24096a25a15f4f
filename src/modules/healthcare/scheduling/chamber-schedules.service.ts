import { Injectable } from '@nestjs/common';
import { notFound } from '../../../common/errors/domain-error';
import type { Page } from '../../../common/pagination';
import {
  toChamberScheduleChanges,
  toChamberScheduleDto,
  toChamberScheduleValues,
} from './chamber-schedules.mapper';
import { ChamberSchedulesRepository } from './chamber-schedules.repository';
import type { ChamberScheduleDto } from './dto/chamber-schedule.response.dto';
import type { CreateChamberScheduleDto } from './dto/create-chamber-schedule.dto';
import type { ChamberScheduleQueryDto } from './dto/list-chamber-schedules.query.dto';
import type { UpdateChamberScheduleDto } from './dto/update-chamber-schedule.dto';
import { callerOrgId, nothingToUpdate, type ResponseBody } from './scheduling.helpers';

type Body = ResponseBody<ChamberScheduleDto>;
const NOUN = 'chamber schedule';

/** Session plans: read by whoever may read the booking; admins write. */
@Injectable()
export class ChamberSchedulesService {
  constructor(private readonly schedules: ChamberSchedulesRepository) {}

  async list(q: ChamberScheduleQueryDto): Promise<Page<Body>> {
    const page = await this.schedules.list(callerOrgId(), q);
    return { items: page.items.map(toChamberScheduleDto), nextCursor: page.nextCursor };
  }

  async get(id: string): Promise<Body> {
    const row = await this.schedules.findById(id, callerOrgId());
    if (!row) throw notFound(NOUN);
    return toChamberScheduleDto(row);
  }

  async create(dto: CreateChamberScheduleDto): Promise<Body> {
    return this.get(await this.schedules.insert(toChamberScheduleValues(dto)));
  }

  async update(id: string, dto: UpdateChamberScheduleDto): Promise<Body> {
    const values = toChamberScheduleChanges(dto);
    if (!Object.keys(values).length) throw nothingToUpdate();
    if (!(await this.schedules.update(id, callerOrgId(), values))) throw notFound(NOUN);
    return this.get(id);
  }

  async remove(id: string): Promise<void> {
    if (!(await this.schedules.delete(id, callerOrgId()))) throw notFound(NOUN);
  }
}
