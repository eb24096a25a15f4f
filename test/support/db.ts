// A database of its own for each test file, cloned from the migrated template, plus the two ways in:
// the owner pool (factories, raw checks) and the RLS pipeline the API uses (RlsTransactions as the login role).
import { randomBytes } from 'node:crypto';
import { Client, Pool } from 'pg';
import { DataSource } from 'typeorm';
import { inject } from 'vitest';
import { loadConfig, type ResolvedConfig } from '../../src/common/config/config';
import { appUrlFor, restrictDatabasePrivileges } from '../../src/common/database/bootstrap';
import { appDataSourceOptions } from '../../src/common/database/data-source';
import { RlsTransactions } from '../../src/common/database/rls-transactions';
import { ALL_ENTITIES } from '../../src/entities';

export const TEMPLATE_DB = 'carebase_template';

export function testConfig(overrides: Record<string, string> = {}): ResolvedConfig {
  return loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    // The lowest cost the config accepts, so sign-up/sign-in tests stay fast; production defaults to 15.
    PASSWORD_SCRYPT_LOG2N: '14',
    SCHEDULER_ENABLED: 'false',
    DATABASE_POOL_SIZE: '8',
    // Every test client signs in from 127.0.0.1; the abuse limits have their own test with low values.
    RATE_LIMIT_PER_IP: '100000',
    RATE_LIMIT_PER_ACCOUNT: '100000',
    ...overrides,
  });
}

export function withDb(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

export interface TestDb {
  name: string;
  config: ResolvedConfig;
  ownerUrl: string;
  appUrl: string;
  owner: Pool;
  dataSource: DataSource;
  tx: RlsTransactions;
  close(): Promise<void>;
}

export async function createTestDatabase(config = testConfig()): Promise<TestDb> {
  const adminUrl = inject('pgAdminUrl');
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  for (let attempt = 0; ; attempt++) {
    try {
      await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`);
      break;
    } catch (err) {
      // Two files cloning the template at once can collide; retry briefly.
      if (attempt > 20 || !/being accessed by other users/.test(String((err as Error).message))) throw err;
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
    }
  }
  await admin.end();
  const ownerUrl = withDb(adminUrl, name);
  const appUrl = appUrlFor(config, ownerUrl);
  const owner = new Pool({ connectionString: ownerUrl, max: 4 });
  await restrictDatabasePrivileges(owner); // a clone does not inherit the template's database privileges
  const dataSource = new DataSource(appDataSourceOptions(appUrl, 4, false, ALL_ENTITIES));
  await dataSource.initialize();
  return {
    name,
    config,
    ownerUrl,
    appUrl,
    owner,
    dataSource,
    tx: new RlsTransactions(dataSource),
    async close() {
      await dataSource.destroy();
      // Pool.end() resolves before its clients' sockets have closed, so the DROP ... WITH (FORCE) below can
      // terminate a backend still saying goodbye: its 57P01 reaches the pool, which throws it when nobody
      // listens (an uncaught exception that fails the run). Only that error, only from here on, is expected.
      owner.on('error', (err: Error & { code?: string }) => {
        if (err.code !== '57P01') throw err;
      });
      await owner.end();
      const drop = new Client({ connectionString: adminUrl });
      await drop.connect();
      await drop.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await drop.end();
    },
  };
}
