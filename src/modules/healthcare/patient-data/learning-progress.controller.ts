import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CreateLearningProgressDto } from './dto/create-learning-progress.dto';
import { LearningProgressQueryDto } from './dto/learning-progress-query.dto';
import { LearningProgressDto, LearningProgressPageDto } from './dto/learning-progress.response.dto';
import { UpdateLearningProgressDto } from './dto/update-learning-progress.dto';
import { LearningProgressService } from './learning-progress.service';
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
@Controller('api/learning-progress')
export class LearningProgressController {
  constructor(private readonly learningProgress: LearningProgressService) {}

  @Get()
  @ListOperation(OWN_PATIENT_DATA, 'learning progress', LearningProgressPageDto)
  list(@Query() q: LearningProgressQueryDto): Promise<LearningProgressPageDto> {
    return this.learningProgress.list(q);
  }

  @Get(':id')
  @GetOperation(OWN_PATIENT_DATA, 'learning progress', LearningProgressDto)
  get(@IdParam() id: string): Promise<LearningProgressDto> {
    return this.learningProgress.get(id);
  }

  @Post()
  @CreateOperation(OWN_PATIENT_DATA, 'learning progress', LearningProgressDto)
  create(@Body() dto: CreateLearningProgressDto): Promise<LearningProgressDto> {
    return this.learningProgress.create(dto);
  }

  @Patch(':id')
  @UpdateOperation(OWN_PATIENT_DATA, 'learning progress', LearningProgressDto)
  update(@IdParam() id: string, @Body() dto: UpdateLearningProgressDto): Promise<LearningProgressDto> {
    return this.learningProgress.update(id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @DeleteOperation(OWN_PATIENT_DATA, 'learning progress')
  remove(@IdParam() id: string): Promise<void> {
    return this.learningProgress.remove(id);
  }
}
