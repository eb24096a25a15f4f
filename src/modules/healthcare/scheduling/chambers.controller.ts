// Chambers: a public catalog (anyone reads, across organizations); admins of the owning org write; members
// of the chamber's organization read its free slots.
import { Body, Controller, Delete, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Authenticated, Public } from '../../../common/decorators/access.decorator';
import { ChambersService } from './chambers.service';
import { AvailabilityQueryDto } from './dto/availability-query.dto';
import { AvailabilityDto } from './dto/availability.response.dto';
import { ChamberDto, ChamberPageDto } from './dto/chamber.response.dto';
import { CreateChamberDto } from './dto/create-chamber.dto';
import { ChamberQueryDto } from './dto/list-chambers.query.dto';
import { UpdateChamberDto } from './dto/update-chamber.dto';
import {
  AdminOnly,
  CreateDoc,
  DeleteDoc,
  GetDoc,
  IdParam,
  ListDoc,
  UpdateDoc,
} from './scheduling.decorators';

@ApiTags('chambers')
@Controller('api/chambers')
export class ChambersController {
  constructor(private readonly chambers: ChambersService) {}

  @Get()
  @Public()
  @ListDoc(
    'Chambers of every organization (filter by organizationId or facilityId), newest first',
    ChamberPageDto,
  )
  list(@Query() q: ChamberQueryDto) {
    return this.chambers.list(q);
  }

  @Get(':id')
  @Public()
  @GetDoc('One chamber, with its opening hours', ChamberDto)
  get(@IdParam() id: string) {
    return this.chambers.get(id);
  }

  @Get(':id/availability')
  @Authenticated()
  @GetDoc(
    "Free slots of a chamber on a day (opening hours less confirmed bookings and maintenance); members of the chamber's organization",
    AvailabilityDto,
  )
  free(@IdParam() id: string, @Query() q: AvailabilityQueryDto) {
    return this.chambers.availability(id, q.date, q.slotMinutes);
  }

  @Post()
  @AdminOnly()
  @CreateDoc('Add a chamber to a facility of the organization', ChamberDto)
  create(@Body() dto: CreateChamberDto) {
    return this.chambers.create(dto);
  }

  @Patch(':id')
  @AdminOnly()
  @UpdateDoc('Change a chamber', ChamberDto)
  update(@IdParam() id: string, @Body() dto: UpdateChamberDto) {
    return this.chambers.update(id, dto);
  }

  @Delete(':id')
  @AdminOnly()
  @DeleteDoc('Remove a chamber (409 while bookings refer to it)')
  remove(@IdParam() id: string) {
    return this.chambers.remove(id);
  }
}
