import { Injectable } from '@nestjs/common';
import { notFound } from '../../../common/errors/domain-error';
import type { Page } from '../../../common/pagination';
import type { AvailabilityDto } from './dto/availability.response.dto';
import type { CreateProviderDto } from './dto/create-provider.dto';
import type { ProviderQueryDto } from './dto/list-providers.query.dto';
import type { UpdateProviderDto } from './dto/update-provider.dto';
import type { Provider } from './entities';
import { toProviderChanges, toProviderDto, toProviderValues, type ProviderBody } from './providers.mapper';
import { ProvidersRepository } from './providers.repository';
import { callerOrgId, nothingToUpdate } from './scheduling.helpers';

type Body = ProviderBody;

/** The organization's provider directory. */
@Injectable()
export class ProvidersService {
  constructor(private readonly providers: ProvidersRepository) {}

  async list(q: ProviderQueryDto): Promise<Page<Body>> {
    const page = await this.providers.list(callerOrgId(), q);
    return { items: await this.present(page.items), nextCursor: page.nextCursor };
  }

  async get(id: string): Promise<Body> {
    const row = await this.providers.findById(id, callerOrgId());
    if (!row) throw notFound('provider');
    return (await this.present([row]))[0];
  }

  /** Phone and licence numbers only where the database answers them to the caller. */
  private async present(rows: Provider[]): Promise<Body[]> {
    const restricted = new Map(
      (await this.providers.privateFields(rows.map((r) => r.id))).map((r) => [r.id, r]),
    );
    return rows.map((r) => toProviderDto(r, restricted.get(r.id)));
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
