import { Injectable } from '@nestjs/common';
import { notFound } from '../../../common/errors/domain-error';
import type { Page } from '../../../common/pagination';
import type { AvailabilityDto } from './dto/availability.response.dto';
import type { CreateProviderDto } from './dto/create-provider.dto';
import type { ProviderQueryDto } from './dto/list-providers.query.dto';
import type { ProviderDto } from './dto/provider.response.dto';
import type { UpdateProviderDto } from './dto/update-provider.dto';
import { toProviderChanges, toProviderDto, toProviderValues } from './providers.mapper';
import { ProvidersRepository } from './providers.repository';
import { callerOrgId, nothingToUpdate, type ResponseBody } from './scheduling.helpers';

type Body = ResponseBody<ProviderDto>;

/** The organization's provider directory. */
@Injectable()
export class ProvidersService {
  constructor(private readonly providers: ProvidersRepository) {}

  async list(q: ProviderQueryDto): Promise<Page<Body>> {
    const page = await this.providers.list(callerOrgId(), q);
    return { items: page.items.map(toProviderDto), nextCursor: page.nextCursor };
  }

  async get(id: string): Promise<Body> {
    const row = await this.providers.findById(id, callerOrgId());
    if (!row) throw notFound('provider');
    return toProviderDto(row);
  }

  async create(dto: CreateProviderDto): Promise<Body> {
    return this.get(await this.providers.insert(toProviderValues(dto)));
  }

  async update(id: string, dto: UpdateProviderDto): Promise<Body> {
    const values = toProviderChanges(dto);
    if (!Object.keys(values).length) throw nothingToUpdate();
    if (!(await this.providers.update(id, callerOrgId(), values))) throw notFound('provider');
    return this.get(id);
  }

  async remove(id: string): Promise<void> {
    if (!(await this.providers.delete(id, callerOrgId()))) throw notFound('provider');
  }

  async availability(id: string, date: string, slotMinutes = 30): Promise<AvailabilityDto> {
    return { id, date, slotMinutes, slots: await this.providers.freeSlots(id, date, slotMinutes) };
  }
}
