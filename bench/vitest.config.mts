// Benchmarks: run with `npx vitest run --config bench/vitest.config.mts`. Same harness as the tests
// (embedded Postgres, migrated template, a database per file), not part of `npm test`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['bench/**/*.ts'],
    exclude: ['bench/vitest.config.mts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 300_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
  oxc: { decorator: { legacy: true, emitDecoratorMetadata: true } },
});
