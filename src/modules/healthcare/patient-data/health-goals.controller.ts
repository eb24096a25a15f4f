import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CreateHealthGoalDto } from './dto/create-health-goal.dto';
import { HealthGoalQueryDto } from './dto/health-goal-query.dto';
import { HealthGoalDto, HealthGoalPageDto } from './dto/health-goal.response.dto';
import { UpdateHealthGoalDto } from './dto/update-health-goal.dto';
import { HealthGoalsService } from './health-goals.service';
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
@Controller('api/health-goals')
export class HealthGoalsController {
  constructor(private readonly healthGoals: HealthGoalsService) {}

  @Get()
  @ListOperation(OWN_PATIENT_DATA, 'health goal', HealthGoalPageDto)
  list(@Query() q: HealthGoalQueryDto): Promise<HealthGoalPageDto> {
    return this.healthGoals.list(q);
  }

  @Get(':id')
  @GetOperation(OWN_PATIENT_DATA, 'health goal', HealthGoalDto)
  get(@IdParam() id: string): Promise<HealthGoalDto> {
    return this.healthGoals.get(id);
  }

  @Post()
  @CreateOperation(OWN_PATIENT_DATA, 'health goal', HealthGoalDto)
  create(@Body() dto: CreateHealthGoalDto): Promise<HealthGoalDto> {
    return this.healthGoals.create(dto);
  }

  @Patch(':id')
  @UpdateOperation(OWN_PATIENT_DATA, 'health goal', HealthGoalDto)
  update(@IdParam() id: string, @Body() dto: UpdateHealthGoalDto): Promise<HealthGoalDto> {
    return this.healthGoals.update(id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @DeleteOperation(OWN_PATIENT_DATA, 'health goal')
  remove(@IdParam() id: string): Promise<void> {
    return this.healthGoals.remove(id);
  }
}
