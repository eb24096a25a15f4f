// What a scheduled task is: a name, when it runs, how long it may take, and the work. The work runs inside
// the job's own transaction as service_role, with claims naming the job (RlsTransactions.asService), so
// RLS and audit triggers see the job as the actor.
import { CronTime } from 'cron';
import type { EntityManager } from 'typeorm';
import type { Sql } from '../../common/database/sql';

export interface JobContext {
  job: string;
  /** The scheduled fire time this run stands for (truncated to the second). */
  slot: Date;
  /** SQL in the job's transaction (the same transaction `sql()` reaches). */
  sql: Sql;
  manager: EntityManager;
}

export interface JobResult {
  /** Rows the run changed (deleted, archived, analyzed tables...), recorded on the run. */
  rows: number;
}

export interface JobDefinition {
  /** kebab-case, unique; claims name the job as `job:<name>`. */
  name: string;
  /** Cron expression (5 fields, or 6 with seconds), evaluated in UTC. */
  cron: string;
  description: string;
  /**
   * How long one run may take. The work's statement_timeout; and a `running` row older than this is
   * considered crashed and may be taken over.
   */
  timeoutSeconds: number;
  /** A failed or crashed slot is retried until this many attempts have been made. Default 3. */
  maxAttempts?: number;
  /**
   * The switchable module the job belongs to (from `@ModuleGate` on its Nest module or class): while that
   * module is not active, the job does not run.
   */
  module?: string;
  handler(ctx: JobContext): Promise<JobResult>;
}

export class UnknownJobError extends Error {
  constructor(readonly job: string) {
    super(`unknown job "${job}"`);
  }
}

const NAME = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** The declared jobs, checked once: unique names, valid cron expressions, sane limits. */
export class JobRegistry {
  private readonly byName = new Map<string, JobDefinition>();

  constructor(definitions: readonly JobDefinition[]) {
    for (const def of definitions) {
      if (!NAME.test(def.name)) throw new Error(`job name "${def.name}" must be kebab-case`);
      if (this.byName.has(def.name)) throw new Error(`job "${def.name}" is declared twice`);
      const check = CronTime.validateCronExpression(def.cron);
      if (!check.valid)
        throw new Error(`job "${def.name}": invalid cron "${def.cron}": ${check.error?.message}`);
      if (!(def.timeoutSeconds >= 1)) throw new Error(`job "${def.name}": timeoutSeconds must be at least 1`);
      if (def.maxAttempts !== undefined && !(def.maxAttempts >= 1))
        throw new Error(`job "${def.name}": maxAttempts must be at least 1`);
      this.byName.set(def.name, def);
    }
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  get(name: string): JobDefinition {
    const def = this.byName.get(name);
    if (!def) throw new UnknownJobError(name);
    return def;
  }

  list(): JobDefinition[] {
    return [...this.byName.values()];
  }

  names(): string[] {
    return [...this.byName.keys()];
  }
}
