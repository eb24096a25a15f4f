// Facilities: a public catalog (anyone reads, across organizations); admins of the owning org write.
import { Body, Controller, Delete, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '../../../common/decorators/access.decorator';
import { CreateFacilityDto } from './dto/create-facility.dto';
import { FacilityDto, FacilityPageDto } from './dto/facility.response.dto';
import { FacilityQueryDto } from './dto/list-facilities.query.dto';
import { UpdateFacilityDto } from './dto/update-facility.dto';
import { FacilitiesService } from './facilities.service';
import {
  AdminOnly,
  CreateDoc,
  DeleteDoc,
  GetDoc,
  IdParam,
  ListDoc,
  UpdateDoc,
} from './scheduling.decorators';

@ApiTags('facilities')
@Controller('api/facilities')
export class FacilitiesController {
  constructor(private readonly facilities: FacilitiesService) {}

  @Get()
  @Public()
  @ListDoc('Facilities of every organization (filter by organizationId), newest first', FacilityPageDto)
  list(@Query() q: FacilityQueryDto) {
    return this.facilities.list(q);
  }

  @Get(':id')
  @Public()
  @GetDoc('One facility', FacilityDto)
  get(@IdParam() id: string) {
    return this.facilities.get(id);
  }

  @Post()
  @AdminOnly()
  @CreateDoc('Add a facility', FacilityDto)
  create(@Body() dto: CreateFacilityDto) {
    return this.facilities.create(dto);
  }

  @Patch(':id')
  @AdminOnly()
  @UpdateDoc('Change a facility', FacilityDto)
  update(@IdParam() id: string, @Body() dto: UpdateFacilityDto) {
    return this.facilities.update(id, dto);
  }

  @Delete(':id')
  @AdminOnly()
  @DeleteDoc('Remove a facility (409 while chambers belong to it)')
  remove(@IdParam() id: string) {
    return this.facilities.remove(id);
  }
}
