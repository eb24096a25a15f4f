import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CreateConditionDto } from './dto/create-condition.dto';
import { ConditionQueryDto } from './dto/condition-query.dto';
import { ConditionDto, ConditionPageDto } from './dto/condition.response.dto';
import { UpdateConditionDto } from './dto/update-condition.dto';
import { ConditionsService } from './conditions.service';
import {
  CATALOG,
  CreateOperation,
  DeleteOperation,
  GetOperation,
  IdParam,
  ListOperation,
  UpdateOperation,
} from './resource-operations.decorator';

@ApiTags('catalogs')
@Controller('api/conditions')
export class ConditionsController {
  constructor(private readonly conditions: ConditionsService) {}

  @Get()
  @ListOperation(CATALOG, 'condition', ConditionPageDto)
  list(@Query() q: ConditionQueryDto): Promise<ConditionPageDto> {
    return this.conditions.list(q);
  }

  @Get(':id')
  @GetOperation(CATALOG, 'condition', ConditionDto)
  get(@IdParam() id: string): Promise<ConditionDto> {
    return this.conditions.get(id);
  }

  @Post()
  @CreateOperation(CATALOG, 'condition', ConditionDto)
  create(@Body() dto: CreateConditionDto): Promise<ConditionDto> {
    return this.conditions.create(dto);
  }

  @Patch(':id')
  @UpdateOperation(CATALOG, 'condition', ConditionDto)
  update(@IdParam() id: string, @Body() dto: UpdateConditionDto): Promise<ConditionDto> {
    return this.conditions.update(id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @DeleteOperation(CATALOG, 'condition')
  remove(@IdParam() id: string): Promise<void> {
    return this.conditions.remove(id);
  }
}
