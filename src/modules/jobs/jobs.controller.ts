import { Controller, Get, Param, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Authenticated } from '../../common/decorators/access.decorator';
import { ProblemDto } from '../../common/dto/problem.dto';
import { JobDto, JobRunDto, JobRunPageDto, JobRunQueryDto } from './dto/job-run.dto';
import { JobsService } from './jobs.service';

@ApiTags('jobs')
@Controller('api/jobs')
export class JobsController {
  constructor(private readonly jobs: JobsService) {}

  @Get()
  @Authenticated({ roles: ['admin', 'ops'] })
  @ApiOperation({ summary: 'The scheduled jobs and their schedules' })
  @ApiOkResponse({ type: [JobDto] })
  list(): JobDto[] {
    return this.jobs.list();
  }

  @Get('runs')
  @Authenticated({ roles: ['admin', 'ops'] })
  @ApiOperation({ summary: 'Job runs of the instance, newest first' })
  @ApiOkResponse({ type: JobRunPageDto })
  runs(@Query() q: JobRunQueryDto): Promise<JobRunPageDto> {
    return this.jobs.runs(q.limit, q.cursor, q.job);
  }

  @Post(':name/run')
  @Authenticated({ roles: ['admin', 'ops'], apiKeys: false })
  @ApiOperation({
    summary: 'Run a job now (slot = this second); answers the run record, status failed included',
  })
  @ApiCreatedResponse({ type: JobRunDto })
  @ApiNotFoundResponse({ description: 'No job of that name', type: ProblemDto })
  @ApiConflictResponse({ description: 'The job already has a run for this second', type: ProblemDto })
  run(@Param('name') name: string): Promise<JobRunDto> {
    return this.jobs.runNow(name);
  }
}
