import { Injectable } from '@nestjs/common';
import { notFound } from '../../../common/errors/domain-error';
import type { Page } from '../../../common/pagination';
import type { AvailabilityDto } from './dto/availability.response.dto';
import type { ChamberDto } from './dto/chamber.response.dto';
import type { CreateChamberDto } from './dto/create-chamber.dto';
import type { ChamberQueryDto } from './dto/list-chambers.query.dto';
import type { UpdateChamberDto } from './dto/update-chamber.dto';
import { toChamberDto, toChamberValues } from './chambers.mapper';
import { ChambersRepository } from './chambers.repository';
import { callerOrgId, nothingToUpdate, type ResponseBody } from './scheduling.helpers';

type Body = ResponseBody<ChamberDto>;

@Injectable()
export class ChambersService {
  constructor(private readonly chambers: ChambersRepository) {}

  async list(q: ChamberQueryDto): Promise<Page<Body>> {
    const page = await this.chambers.list(q);
    return { items: page.items.map(toChamberDto), nextCursor: page.nextCursor };
  }

  async get(id: string): Promise<Body> {
    const row = await this.chambers.findById(id);
    if (!row) throw notFound('chamber');
    return toChamberDto(row);
  }

  async create(dto: CreateChamberDto): Promise<Body> {
    return this.get(await this.chambers.insert(toChamberValues(dto)));
  }

  async update(id: string, dto: UpdateChamberDto): Promise<Body> {
    const values = toChamberValues(dto);
    if (!Object.keys(values).length) throw nothingToUpdate();
    if (!(await this.chambers.update(id, callerOrgId(), values))) throw notFound('chamber');
    return this.get(id);
  }

  async remove(id: string): Promise<void> {
    if (!(await this.chambers.delete(id, callerOrgId()))) throw notFound('chamber');
  }

  /** Free slots of a day, for members of the chamber's organization. */
  async availability(id: string, date: string, slotMinutes = 60): Promise<AvailabilityDto> {
    return { id, date, slotMinutes, slots: await this.chambers.freeSlots(id, date, slotMinutes) };
  }
}
