import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CreateTreatmentDto } from './dto/create-treatment.dto';
import { TreatmentQueryDto } from './dto/treatment-query.dto';
import { TreatmentDto, TreatmentPageDto } from './dto/treatment.response.dto';
import { UpdateTreatmentDto } from './dto/update-treatment.dto';
import { TreatmentsService } from './treatments.service';
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
@Controller('api/treatments')
export class TreatmentsController {
  constructor(private readonly treatments: TreatmentsService) {}

  @Get()
  @ListOperation(CATALOG, 'treatment', TreatmentPageDto)
  list(@Query() q: TreatmentQueryDto): Promise<TreatmentPageDto> {
    return this.treatments.list(q);
  }

  @Get(':id')
  @GetOperation(CATALOG, 'treatment', TreatmentDto)
  get(@IdParam() id: string): Promise<TreatmentDto> {
    return this.treatments.get(id);
  }

  @Post()
  @CreateOperation(CATALOG, 'treatment', TreatmentDto)
  create(@Body() dto: CreateTreatmentDto): Promise<TreatmentDto> {
    return this.treatments.create(dto);
  }

  @Patch(':id')
  @UpdateOperation(CATALOG, 'treatment', TreatmentDto)
  update(@IdParam() id: string, @Body() dto: UpdateTreatmentDto): Promise<TreatmentDto> {
    return this.treatments.update(id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @DeleteOperation(CATALOG, 'treatment')
  remove(@IdParam() id: string): Promise<void> {
    return this.treatments.remove(id);
  }
}
