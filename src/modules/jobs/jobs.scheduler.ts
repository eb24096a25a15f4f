// Registers every declared job with the SchedulerRegistry once at startup (only when the scheduler is
// enabled). Each tick claims its slot through the JobRunner, so every instance may fire the same cron and
// the slot still runs once. Shutdown waits for runs in flight before the pool closes.
import {
  Inject,
  Injectable,
  Logger,
  Optional,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { CronJob } from 'cron';
import { APP_CONFIG, type ResolvedConfig } from '../../common/config/config';
import type { JobDefinition } from './job-definition';
import { JobRunner } from './job-runner';
import { SlotClock } from './job-slots';

@Injectable()
export class JobsScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('JobsScheduler');
  private readonly inFlight = new Set<Promise<void>>();
  private readonly registered: string[] = [];

  constructor(
    private readonly runner: JobRunner,
    @Inject(APP_CONFIG) private readonly config: ResolvedConfig,
    @Optional() private readonly schedulerRegistry?: SchedulerRegistry,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.SCHEDULER_ENABLED || !this.schedulerRegistry) return;
    for (const def of this.runner.registry.list()) this.register(def, this.schedulerRegistry);
    this.logger.log({ msg: 'scheduled jobs registered', jobs: this.registered });
  }

  private register(def: JobDefinition, registry: SchedulerRegistry): void {
    const name = `job:${def.name}`;
    if (registry.doesExist('cron', name)) return;
    const clock = new SlotClock(def.cron);
    const cron = CronJob.from({
      cronTime: def.cron,
      timeZone: 'UTC',
      start: false,
      waitForCompletion: true,
      name,
      onTick: () => this.track(this.tick(def, clock.tick(new Date()))),
      errorHandler: (err) => this.logger.error({ msg: 'job tick failed', job: def.name, err: String(err) }),
    });
    registry.addCronJob(name, cron);
    cron.start();
    this.registered.push(def.name);
  }

  private async tick(def: JobDefinition, slot: Date): Promise<void> {
    if (!this.runner.isEnabled(def.name)) return;
    try {
      await this.runner.run(def.name, slot);
      await this.runner.retryStale(def.name, slot);
    } catch (err) {
      // Claim or record failed (database unreachable): the slot stays unclaimed or visibly `running`.
      this.logger.error({ msg: 'job run could not be claimed or recorded', job: def.name, err: String(err) });
    }
  }

  private track(p: Promise<void>): Promise<void> {
    this.inFlight.add(p);
    return p.finally(() => this.inFlight.delete(p));
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.schedulerRegistry)
      for (const def of this.registered) {
        const name = `job:${def}`;
        if (this.schedulerRegistry.doesExist('cron', name))
          await this.schedulerRegistry.getCronJob(name).stop();
      }
    await Promise.allSettled([...this.inFlight]);
  }
}
