// `npm start`: validate config, bring up the database (embedded unless DATABASE_URL is set), apply
// migrations under the advisory lock, then serve. SIGTERM/SIGINT finish in-flight requests, close the
// pool and stop the embedded database.
import 'reflect-metadata';
import type { FastifyInstance } from 'fastify';
import { ConfigError, loadConfig } from './common/config/config';
import { prepareDatabase } from './common/database/bootstrap';
import { createLogger } from './common/logging/logger';
import { startupFailureMessage } from './common/startup/startup-failure';
import type * as CreateApp from './create-app';

async function main(): Promise<void> {
  const started = Date.now();
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\nSee .env.example for every variable.\n`);
      process.exit(78);
    }
    throw err;
  }
  const logger = createLogger(config.LOG_LEVEL);
  const boot = logger.child({ context: 'Bootstrap' });
  const log = (msg: string) => boot.info(msg);
  // The app's modules (~1.5 s of synchronous loading) load while an embedded PostgreSQL starts in its process.
  let appModule: typeof CreateApp | undefined;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const loadApp = () => (appModule ??= require('./create-app') as typeof CreateApp);
  const db = await prepareDatabase(config, log, { whileStarting: loadApp });
  const app = await loadApp().createApp({ config, appUrl: db.appUrl, logger });
  await app.listen({ port: config.PORT, host: config.HOST });
  log(
    `Carebase listening on http://${config.HOST}:${config.PORT} (docs at /docs) in ${Date.now() - started} ms`,
  );

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: finishing in-flight requests`);
    const timer = setTimeout(() => {
      log('shutdown timed out; exiting');
      process.exit(1);
    }, 15_000);
    timer.unref();
    // Stop accepting and let in-flight requests finish while the pool is still open; Nest's own close()
    // destroys the pool before it closes the HTTP server.
    await (app.getHttpAdapter().getInstance() as FastifyInstance).close();
    await app.close();
    await db.embedded?.stop();
    log('stopped cleanly');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((err: unknown) => {
  process.stderr.write(startupFailureMessage(err));
  process.exit(1);
});
