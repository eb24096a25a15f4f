import { defineConfig } from 'vitest/config';

// The assurance suites that need more than a test database: a PostgreSQL killed and restarted, a real
// browser. Run with `npm run test:assurance` (CI runs it after `npm test`).
export default defineConfig({
  test: {
    globals: false,
    include: ['test/assurance/**/*.assurance.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    reporters: ['default', './test/support/summary-reporter.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
  },
  oxc: { decorator: { legacy: true, emitDecoratorMetadata: true } },
});
