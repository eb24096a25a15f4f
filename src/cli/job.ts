// `npm run job -- <name>`: runs one scheduled job now, through the same claim/record path as the scheduler
// (slot = this second), prints the run record as JSON. Exit 0 when it succeeded, 1 when it failed or the
// slot was taken, 2 for an unknown job name (the known ones are listed). The jobs are the application's own:
// the @ScheduledJob providers of the same module graph the server runs.
import 'reflect-metadata';
import { Logger, type LoggerService } from '@nestjs/common';
import { DiscoveryService, ModulesContainer, NestFactory } from '@nestjs/core';
import pino from 'pino';
import { AppModule } from '../app.module';
import { ConfigError, loadConfig, type ResolvedConfig } from '../common/config/config';
import { prepareDatabase } from '../common/database/bootstrap';
import { RlsTransactions } from '../common/database/rls-transactions';
import { createLogger, nestLogger } from '../common/logging/logger';
import { startupFailureMessage } from '../common/startup/startup-failure';
import { discoverJobs, JobRegistry, JobRunner } from '../modules/jobs';
import { ModuleGateState } from '../common/module-gate/module-gate.state';

const err = (line: string) => process.stderr.write(`${line}\n`);

// Nest's boot chatter (modules initialized) says nothing about the run.
const BOOT_CONTEXTS = new Set(['NestFactory', 'InstanceLoader']);

/** Stdout carries only the run record; log lines go to stderr, through the server's logger (JSON, redacted). */
function stderrLogger(level: ResolvedConfig['LOG_LEVEL']): LoggerService {
  const inner = nestLogger(createLogger(level, pino.destination({ dest: 2, sync: true })));
  // Nest passes the context last.
  const write =
    (method: 'log' | 'error' | 'warn' | 'debug' | 'verbose') =>
    (message: unknown, ...rest: unknown[]) => {
      if (!BOOT_CONTEXTS.has(String(rest[rest.length - 1]))) inner[method]?.(message, ...rest);
    };
  return {
    log: write('log'),
    error: write('error'),
    warn: write('warn'),
    debug: write('debug'),
    verbose: write('verbose'),
  };
}

/** The jobs the modules declare, read from the module graph without a database (nothing is instantiated). */
async function declaredJobs(config: ResolvedConfig): Promise<JobRegistry> {
  const preview = await NestFactory.createApplicationContext(
    AppModule.forRoot({ config, appUrl: 'postgres://preview.invalid/none' }),
    { preview: true, logger: false, abortOnError: false },
  );
  return new JobRegistry(discoverJobs(new DiscoveryService(preview.get(ModulesContainer))));
}

async function main(): Promise<number> {
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
  // One run needs neither the cron timers nor a server-sized pool.
  config = { ...config, SCHEDULER_ENABLED: false, DATABASE_POOL_SIZE: 2 };
  const logger = config.LOG_LEVEL === 'silent' ? false : stderrLogger(config.LOG_LEVEL);
  Logger.overrideLogger(logger);

  const declared = await declaredJobs(config);
  const name = process.argv[2];
  if (!name || !declared.has(name)) {
    err(name ? `Unknown job "${name}".` : 'Usage: npm run job -- <job-name>');
    err('Jobs:');
    for (const j of declared.list()) err(`  ${j.name.padEnd(28)} ${j.cron.padEnd(14)} ${j.description}`);
    return 2;
  }

  const db = await prepareDatabase(config, (m) => err(m));
  const app = await NestFactory.createApplicationContext(AppModule.forRoot({ config, appUrl: db.appUrl }), {
    logger,
    abortOnError: false,
  });
  try {
    // A job of a switched-off module does not run by hand either (the runner refuses it, naming the module).
    const runner = new JobRunner(
      app.get(RlsTransactions),
      app.get(JobRegistry),
      `cli:${process.pid}`,
      undefined,
      app.get(ModuleGateState),
    );
    const outcome = await runner.run(name, new Date());
    process.stdout.write(`${JSON.stringify(outcome.run ?? null, null, 2)}\n`);
    if (!outcome.claimed) err('Another run of this job holds the current slot; nothing was run.');
    return outcome.claimed && outcome.run.status === 'succeeded' ? 0 : 1;
  } finally {
    await app.close();
    await db.embedded?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(startupFailureMessage(e, 'job failed'));
    process.exit(1);
  },
);
