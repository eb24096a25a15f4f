import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CreateDailyMoodDto } from './dto/create-daily-mood.dto';
import { DailyMoodQueryDto } from './dto/daily-mood-query.dto';
import { DailyMoodDto, DailyMoodPageDto } from './dto/daily-mood.response.dto';
import { UpdateDailyMoodDto } from './dto/update-daily-mood.dto';
import { DailyMoodsService } from './daily-moods.service';
import {
  OWN_MEMBER_DATA,
  CreateOperation,
  DeleteOperation,
  GetOperation,
  IdParam,
  ListOperation,
  UpdateOperation,
} from './resource-operations.decorator';

@ApiTags('companion')
@Controller('api/daily-moods')
export class DailyMoodsController {
  constructor(private readonly dailyMoods: DailyMoodsService) {}

  @Get()
  @ListOperation(OWN_MEMBER_DATA, 'mood', DailyMoodPageDto)
  list(@Query() q: DailyMoodQueryDto): Promise<DailyMoodPageDto> {
    return this.dailyMoods.list(q);
  }

  @Get(':id')
  @GetOperation(OWN_MEMBER_DATA, 'mood', DailyMoodDto)
  get(@IdParam() id: string): Promise<DailyMoodDto> {
    return this.dailyMoods.get(id);
  }

  @Post()
  @CreateOperation(OWN_MEMBER_DATA, 'mood', DailyMoodDto)
  create(@Body() dto: CreateDailyMoodDto): Promise<DailyMoodDto> {
    return this.dailyMoods.create(dto);
  }

  @Patch(':id')
  @UpdateOperation(OWN_MEMBER_DATA, 'mood', DailyMoodDto)
  update(@IdParam() id: string, @Body() dto: UpdateDailyMoodDto): Promise<DailyMoodDto> {
    return this.dailyMoods.update(id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @DeleteOperation(OWN_MEMBER_DATA, 'mood')
  remove(@IdParam() id: string): Promise<void> {
    return this.dailyMoods.remove(id);
  }
}
