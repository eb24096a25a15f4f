// The provider directory: members read it; admins add and remove entries; a provider changes their own
// display data and hours.
import { Body, Controller, Delete, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../../../common/decorators/access.decorator';
import { AvailabilityQueryDto } from './dto/availability-query.dto';
import { AvailabilityDto } from './dto/availability.response.dto';
import { CreateProviderDto } from './dto/create-provider.dto';
import { ProviderQueryDto } from './dto/list-providers.query.dto';
import { ProviderDto, ProviderPageDto } from './dto/provider.response.dto';
import { UpdateProviderDto } from './dto/update-provider.dto';
import { ProvidersService } from './providers.service';
import {
  AdminOnly,
  Clinicians,
  CreateDoc,
  DeleteDoc,
  GetDoc,
  IdParam,
  ListDoc,
  UpdateDoc,
} from './scheduling.decorators';

@ApiTags('providers')
@Controller('api/providers')
export class ProvidersController {
  constructor(private readonly providers: ProvidersService) {}

  @Get()
  @Authenticated()
  @ListDoc("The organization's provider directory, newest first", ProviderPageDto)
  list(@Query() q: ProviderQueryDto) {
    return this.providers.list(q);
  }

  @Get(':id')
  @Authenticated()
  @GetDoc('One provider', ProviderDto)
  get(@IdParam() id: string) {
    return this.providers.get(id);
  }

  @Get(':id/availability')
  @Authenticated()
  @GetDoc(
    "A provider's free slots on a day (working hours less appointments and confirmed bookings)",
    AvailabilityDto,
  )
  free(@IdParam() id: string, @Query() q: AvailabilityQueryDto) {
    return this.providers.availability(id, q.date, q.slotMinutes);
  }

  @Post()
  @AdminOnly()
  @CreateDoc('Add a member to the provider directory', ProviderDto)
  create(@Body() dto: CreateProviderDto) {
    return this.providers.create(dto);
  }

  @Patch(':id')
  @Clinicians()
  @UpdateDoc(
    'Change a directory entry (a provider changes their own display data and hours; licence, facility and status are for admins)',
    ProviderDto,
  )
  update(@IdParam() id: string, @Body() dto: UpdateProviderDto) {
    return this.providers.update(id, dto);
  }

  @Delete(':id')
  @AdminOnly()
  @DeleteDoc('Remove a directory entry (409 while medical records name the provider)')
  remove(@IdParam() id: string) {
    return this.providers.remove(id);
  }
}
