import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CreateConditionEventDto } from './dto/create-condition-event.dto';
import { ConditionEventQueryDto } from './dto/condition-event-query.dto';
import { ConditionEventDto, ConditionEventPageDto } from './dto/condition-event.response.dto';
import { UpdateConditionEventDto } from './dto/update-condition-event.dto';
import { ConditionEventsService } from './condition-events.service';
import {
  OWN_PATIENT_DATA,
  CreateOperation,
  DeleteOperation,
  GetOperation,
  IdParam,
  ListOperation,
  UpdateOperation,
} from './resource-operations.decorator';

@ApiTags('patient data')
@Controller('api/condition-events')
export class ConditionEventsController {
  constructor(private readonly conditionEvents: ConditionEventsService) {}

  @Get()
  @ListOperation(OWN_PATIENT_DATA, 'condition event', ConditionEventPageDto)
  list(@Query() q: ConditionEventQueryDto): Promise<ConditionEventPageDto> {
    return this.conditionEvents.list(q);
  }

  @Get(':id')
  @GetOperation(OWN_PATIENT_DATA, 'condition event', ConditionEventDto)
  get(@IdParam() id: string): Promise<ConditionEventDto> {
    return this.conditionEvents.get(id);
  }

  @Post()
  @CreateOperation(OWN_PATIENT_DATA, 'condition event', ConditionEventDto)
  create(@Body() dto: CreateConditionEventDto): Promise<ConditionEventDto> {
    return this.conditionEvents.create(dto);
  }

  @Patch(':id')
  @UpdateOperation(OWN_PATIENT_DATA, 'condition event', ConditionEventDto)
  update(@IdParam() id: string, @Body() dto: UpdateConditionEventDto): Promise<ConditionEventDto> {
    return this.conditionEvents.update(id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @DeleteOperation(OWN_PATIENT_DATA, 'condition event')
  remove(@IdParam() id: string): Promise<void> {
    return this.conditionEvents.remove(id);
  }
}
