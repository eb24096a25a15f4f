// How a module declares a scheduled job: an @Injectable() class in that module's providers, marked with
// @ScheduledJob({ name, cron, ... }) and implementing ScheduledJobHandler. The jobs module collects every
// such provider of the application (Nest's DiscoveryService), so it knows no job by name and no module's
// tables; the scheduler, the jobs API and `npm run job` all read the same collected registry.
import { DiscoveryService } from '@nestjs/core';
import type { InstanceWrapper } from '@nestjs/core/injector/instance-wrapper';
import { moduleGateOf } from '../../common/module-gate/module-gate.decorator';
import type { JobContext, JobDefinition, JobResult } from './job-definition';

export type ScheduledJobOptions = Omit<JobDefinition, 'handler' | 'module'>;

export interface ScheduledJobHandler {
  run(ctx: JobContext): Promise<JobResult>;
}

const ScheduledJobMeta = DiscoveryService.createDecorator<ScheduledJobOptions>();

export function ScheduledJob(
  options: ScheduledJobOptions,
): <T extends new (...args: never[]) => ScheduledJobHandler>(target: T) => void {
  return (target) => ScheduledJobMeta(options)(target);
}

/** Every @ScheduledJob provider of the application, as job definitions. */
export function discoverJobs(discovery: DiscoveryService): JobDefinition[] {
  return discovery.getProviders({ metadataKey: ScheduledJobMeta.KEY }).map((wrapper) => {
    const options = discovery.getMetadataByDecorator(ScheduledJobMeta, wrapper);
    if (!options) throw new Error(`provider ${String(wrapper.name)} has no job options`);
    // The handler is looked up when the job runs: at discovery the provider may not be constructed yet.
    if (!wrapper.isDependencyTreeStatic())
      throw new Error(
        `job "${options.name}": a job provider must be a singleton (no request or transient scope)`,
      );
    const module = typeof wrapper.metatype === 'function' ? moduleGateOf(wrapper.metatype) : undefined;
    return {
      ...options,
      ...(module ? { module } : {}),
      handler: (ctx: JobContext) => handlerOf(wrapper, options.name).run(ctx),
    };
  });
}

function handlerOf(wrapper: InstanceWrapper, job: string): ScheduledJobHandler {
  const instance = wrapper.instance as Partial<ScheduledJobHandler> | undefined;
  if (typeof instance?.run !== 'function') throw new Error(`job "${job}": its provider has no run() method`);
  return instance as ScheduledJobHandler;
}
