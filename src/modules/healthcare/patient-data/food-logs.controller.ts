import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CreateFoodLogDto } from './dto/create-food-log.dto';
import { FoodLogQueryDto } from './dto/food-log-query.dto';
import { FoodLogDto, FoodLogPageDto } from './dto/food-log.response.dto';
import { UpdateFoodLogDto } from './dto/update-food-log.dto';
import { FoodLogsService } from './food-logs.service';
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
@Controller('api/food-logs')
export class FoodLogsController {
  constructor(private readonly foodLogs: FoodLogsService) {}

  @Get()
  @ListOperation(OWN_PATIENT_DATA, 'food log entry', FoodLogPageDto)
  list(@Query() q: FoodLogQueryDto): Promise<FoodLogPageDto> {
    return this.foodLogs.list(q);
  }

  @Get(':id')
  @GetOperation(OWN_PATIENT_DATA, 'food log entry', FoodLogDto)
  get(@IdParam() id: string): Promise<FoodLogDto> {
    return this.foodLogs.get(id);
  }

  @Post()
  @CreateOperation(OWN_PATIENT_DATA, 'food log entry', FoodLogDto)
  create(@Body() dto: CreateFoodLogDto): Promise<FoodLogDto> {
    return this.foodLogs.create(dto);
  }

  @Patch(':id')
  @UpdateOperation(OWN_PATIENT_DATA, 'food log entry', FoodLogDto)
  update(@IdParam() id: string, @Body() dto: UpdateFoodLogDto): Promise<FoodLogDto> {
    return this.foodLogs.update(id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @DeleteOperation(OWN_PATIENT_DATA, 'food log entry')
  remove(@IdParam() id: string): Promise<void> {
    return this.foodLogs.remove(id);
  }
}
