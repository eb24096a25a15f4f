import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CreateLearningResourceDto } from './dto/create-learning-resource.dto';
import { LearningResourceQueryDto } from './dto/learning-resource-query.dto';
import { LearningResourceDto, LearningResourcePageDto } from './dto/learning-resource.response.dto';
import { UpdateLearningResourceDto } from './dto/update-learning-resource.dto';
import { LearningResourcesService } from './learning-resources.service';
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
@Controller('api/learning-resources')
export class LearningResourcesController {
  constructor(private readonly learningResources: LearningResourcesService) {}

  @Get()
  @ListOperation(CATALOG, 'learning resource', LearningResourcePageDto)
  list(@Query() q: LearningResourceQueryDto): Promise<LearningResourcePageDto> {
    return this.learningResources.list(q);
  }

  @Get(':id')
  @GetOperation(CATALOG, 'learning resource', LearningResourceDto)
  get(@IdParam() id: string): Promise<LearningResourceDto> {
    return this.learningResources.get(id);
  }

  @Post()
  @CreateOperation(CATALOG, 'learning resource', LearningResourceDto)
  create(@Body() dto: CreateLearningResourceDto): Promise<LearningResourceDto> {
    return this.learningResources.create(dto);
  }

  @Patch(':id')
  @UpdateOperation(CATALOG, 'learning resource', LearningResourceDto)
  update(@IdParam() id: string, @Body() dto: UpdateLearningResourceDto): Promise<LearningResourceDto> {
    return this.learningResources.update(id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @DeleteOperation(CATALOG, 'learning resource')
  remove(@IdParam() id: string): Promise<void> {
    return this.learningResources.remove(id);
  }
}
