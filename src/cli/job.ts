// `npm run job -- <name>`: runs one scheduled job now, through the same claim/record path as the scheduler
// (slot = this second), prints the run record as JSON. Exit 0 when it succeeded, 1 when it failed or the
// slot was taken, 2 for an unknown job name (the known ones are listed).
import 'reflect-metadata';
import { Logger, type LoggerService } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ConfigError, loadConfig } from '../common/config/config';
import { prepareDatabase } from '../common/database/bootstrap';
import { ALL_ENTITIES } from '../entities';
import { appDataSourceOptions } from '../common/database/data-source';
import { RlsTransactions } from '../common/database/rls-transactions';
import { JobRegistry } from '../modules/jobs/job-definition';
import { JobRunner } from '../modules/jobs/job-runner';
import { JOBS } from '../modules/jobs/jobs.module';

const err = (line: string) => process.stderr.write(`${line}\n`);

/** Stdout carries only the run record; log lines go to stderr as JSON. */
function stderrLogger(): LoggerService {
  const write = (level: string) => (message: unknown, context?: string) =>
    err(JSON.stringify({ level, time: new Date().toISOString(), context, ...(typeof message === 'object' ? message : { message }) }));
  return { log: write('log'), error: write('error'), warn: write('warn'), debug: write('debug'), verbose: write('verbose') };
}

async function main(): Promise<number> {
  const registry = new JobRegistry(JOBS);
  const name = process.argv[2];
  if (!name || !registry.has(name)) {
    err(name ? `Unknown job "${name}".` : 'Usage: npm run job -- <job-name>');
    err('Jobs:');
    for (const j of registry.list()) err(`  ${j.name.padEnd(28)} ${j.cron.padEnd(14)} ${j.description}`);
    return 2;
  }
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      err(e.message);
      return 78;
    }
    throw e;
  }
  Logger.overrideLogger(config.LOG_LEVEL === 'silent' ? false : stderrLogger());
  const db = await prepareDatabase(config, (m) => err(m));
  const dataSource = new DataSource(appDataSourceOptions(db.appUrl, 2, config.DATABASE_SSL, ALL_ENTITIES));
  try {
    await dataSource.initialize();
    const runner = new JobRunner(new RlsTransactions(dataSource), registry, `cli:${process.pid}`);
    const outcome = await runner.run(name, new Date());
    process.stdout.write(`${JSON.stringify(outcome.run ?? null, null, 2)}\n`);
    if (!outcome.claimed) err('Another run of this job holds the current slot; nothing was run.');
    return outcome.claimed && outcome.run.status === 'succeeded' ? 0 : 1;
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await db.embedded?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    err(`job failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    process.exit(1);
  },
);
