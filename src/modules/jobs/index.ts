// The jobs module's public surface: what other modules and the composition roots may import. Its entity
// types are also reachable as `import type` from its entities/ folder.
export { JobsModule } from './jobs.module';
export {
  JobRegistry,
  UnknownJobError,
  type JobContext,
  type JobDefinition,
  type JobResult,
} from './job-definition';
export { JobRunner, type JobRunRecord, type RunOutcome } from './job-runner';
export {
  discoverJobs,
  ScheduledJob,
  type ScheduledJobHandler,
  type ScheduledJobOptions,
} from './scheduled-job.decorator';
export { callMaintenanceFunction, MissingFunctionError } from './maintenance-function';
