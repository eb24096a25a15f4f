import { Module } from '@nestjs/common';
import { DiscoveryModule, DiscoveryService } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RlsTransactions } from '../../common/database/rls-transactions';
import { ModuleGateState } from '../../common/module-gate/module-gate.state';
import { AnalyzeTablesJob } from './analyze-tables.job';
import { JOBS_ENTITIES } from './entities';
import { JobRegistry } from './job-definition';
import { JobMetrics } from './job-metrics';
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
      inject: [RlsTransactions, JobRegistry, ModuleGateState],
      useFactory: (tx: RlsTransactions, r: JobRegistry, gate: ModuleGateState) =>
        new JobRunner(tx, r, undefined, undefined, gate),
    },
    JobsService,
    JobsScheduler,
    JobMetrics,
    AnalyzeTablesJob,
  ],
  exports: [JobRegistry, JobRunner],
})
export class JobsModule {}
