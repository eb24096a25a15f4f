import { Module } from '@nestjs/common';
import { DiscoveryModule, DiscoveryService } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RlsTransactions } from '../../common/database/rls-transactions';
import { AnalyzeTablesJob } from './analyze-tables.job';
import { JOBS_ENTITIES } from './entities';
import { JobRegistry } from './job-definition';
import { JobRunner } from './job-runner';
import { JobsController } from './jobs.controller';
import { JobsScheduler } from './jobs.scheduler';
import { JobsService } from './jobs.service';
import { discoverJobs } from './scheduled-job.decorator';

// The registry holds every @ScheduledJob provider of the application, whichever module declares it.
@Module({
  imports: [DiscoveryModule, TypeOrmModule.forFeature(JOBS_ENTITIES)],
  controllers: [JobsController],
  providers: [
    {
      provide: JobRegistry,
      inject: [DiscoveryService],
      useFactory: (d: DiscoveryService) => new JobRegistry(discoverJobs(d)),
    },
    {
      provide: JobRunner,
      inject: [RlsTransactions, JobRegistry],
      useFactory: (tx: RlsTransactions, r: JobRegistry) => new JobRunner(tx, r),
    },
    JobsService,
    JobsScheduler,
    AnalyzeTablesJob,
  ],
  exports: [JobRegistry, JobRunner],
})
export class JobsModule {}
