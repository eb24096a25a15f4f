// Schedule slots: the fire time a run stands for. Every instance derives the same slot from the cron
// expression (not from its own clock reading), so the (job, slot) claim is what makes a run happen once.
import { CronTime } from 'cron';

export function truncateToSecond(d: Date): Date {
  return new Date(Math.floor(d.getTime() / 1000) * 1000);
}

/** Tolerated distance between the scheduled time and the actual tick (a busy event loop, a late timer). */
const TICK_TOLERANCE_MS = 60_000;

/**
 * Tracks one job's upcoming fire time. `tick(firedAt)` answers the slot this tick stands for: the fire
 * time that was due, when the tick is close to it; otherwise (a suspended process, a clock jump) the tick's
 * own second.
 */
export class SlotClock {
  private readonly time: CronTime;
  private expected: Date;

  constructor(cron: string, now: Date = new Date()) {
    this.time = new CronTime(cron, 'UTC');
    this.expected = this.time.getNextDateFrom(now).toJSDate();
  }

  get next(): Date {
    return this.expected;
  }

  tick(firedAt: Date = new Date()): Date {
    const slot =
      Math.abs(firedAt.getTime() - this.expected.getTime()) <= TICK_TOLERANCE_MS
        ? truncateToSecond(this.expected)
        : truncateToSecond(firedAt);
    // A timer that fires a little early must not make the next slot equal this one.
    const from = firedAt.getTime() > slot.getTime() ? firedAt : slot;
    this.expected = this.time.getNextDateFrom(from).toJSDate();
    return slot;
  }
}
