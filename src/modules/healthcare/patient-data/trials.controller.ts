import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CreateTrialDto } from './dto/create-trial.dto';
import { TrialQueryDto } from './dto/trial-query.dto';
import { TrialDto, TrialPageDto } from './dto/trial.response.dto';
import { UpdateTrialDto } from './dto/update-trial.dto';
import { TrialsService } from './trials.service';
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
@Controller('api/trials')
export class TrialsController {
  constructor(private readonly trials: TrialsService) {}

  @Get()
  @ListOperation(CATALOG, 'trial', TrialPageDto)
  list(@Query() q: TrialQueryDto): Promise<TrialPageDto> {
    return this.trials.list(q);
  }

  @Get(':id')
  @GetOperation(CATALOG, 'trial', TrialDto)
  get(@IdParam() id: string): Promise<TrialDto> {
    return this.trials.get(id);
  }

  @Post()
  @CreateOperation(CATALOG, 'trial', TrialDto)
  create(@Body() dto: CreateTrialDto): Promise<TrialDto> {
    return this.trials.create(dto);
  }

  @Patch(':id')
  @UpdateOperation(CATALOG, 'trial', TrialDto)
  update(@IdParam() id: string, @Body() dto: UpdateTrialDto): Promise<TrialDto> {
    return this.trials.update(id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @DeleteOperation(CATALOG, 'trial')
  remove(@IdParam() id: string): Promise<void> {
    return this.trials.remove(id);
  }
}
