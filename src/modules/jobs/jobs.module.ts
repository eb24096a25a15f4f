import { Module } from '@nestjs/common';
import { RlsTransactions } from '../../common/database/rls-transactions';
import { JobRegistry } from './job-definition';
import { JobRunner } from './job-runner';
import { JobsController } from './jobs.controller';
import { JobsScheduler } from './jobs.scheduler';
import { JobsService } from './jobs.service';
import { MAINTENANCE_JOBS } from './maintenance.jobs';

/** Every scheduled job of the platform, declared once. */
export const JOBS = MAINTENANCE_JOBS;

@Module({
  controllers: [JobsController],
  providers: [
    { provide: JobRegistry, useFactory: () => new JobRegistry(JOBS) },
    { provide: JobRunner, inject: [RlsTransactions, JobRegistry], useFactory: (tx: RlsTransactions, r: JobRegistry) => new JobRunner(tx, r) },
    JobsService,
    JobsScheduler,
  ],
  exports: [JobRunner],
})
export class JobsModule {}
