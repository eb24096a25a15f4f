import { Injectable } from '@nestjs/common';
import { notFound } from '../../../common/errors/domain-error';
import type { Page } from '../../../common/pagination';
import type { CreateFacilityDto } from './dto/create-facility.dto';
import type { FacilityDto } from './dto/facility.response.dto';
import type { FacilityQueryDto } from './dto/list-facilities.query.dto';
import type { UpdateFacilityDto } from './dto/update-facility.dto';
import { FacilitiesRepository } from './facilities.repository';
import { toFacilityDto, toFacilityValues } from './facilities.mapper';
import { callerOrgId, nothingToUpdate, type ResponseBody } from './scheduling.helpers';

type Body = ResponseBody<FacilityDto>;

@Injectable()
export class FacilitiesService {
  constructor(private readonly facilities: FacilitiesRepository) {}

  async list(q: FacilityQueryDto): Promise<Page<Body>> {
    const page = await this.facilities.list(q);
    return { items: page.items.map(toFacilityDto), nextCursor: page.nextCursor };
  }

  async get(id: string): Promise<Body> {
    const row = await this.facilities.findById(id);
    if (!row) throw notFound('facility');
    return toFacilityDto(row);
  }

  async create(dto: CreateFacilityDto): Promise<Body> {
    return this.get(await this.facilities.insert(toFacilityValues(dto)));
  }

  async update(id: string, dto: UpdateFacilityDto): Promise<Body> {
    const values = toFacilityValues(dto);
    if (!Object.keys(values).length) throw nothingToUpdate();
    if (!(await this.facilities.update(id, callerOrgId(), values))) throw notFound('facility');
    return this.get(id);
  }

  async remove(id: string): Promise<void> {
    if (!(await this.facilities.delete(id, callerOrgId()))) throw notFound('facility');
  }
}
