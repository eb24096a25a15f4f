import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../../migrations';
import { ENTITIES } from './entities';

const base = {
  type: 'postgres' as const,
  entities: ENTITIES,
  synchronize: false,
  migrationsRun: false,
  logging: false,
};

/** The owner connection: migrations and administrative scripts only. */
export function ownerDataSourceOptions(url: string): DataSourceOptions {
  return {
    ...base,
    url,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    extra: { max: 2, application_name: 'carebase-migrations' },
  };
}

/** The request connection, as the login role. */
export function appDataSourceOptions(url: string, poolSize: number, ssl: boolean): DataSourceOptions {
  return {
    ...base,
    url,
    ssl: ssl ? { rejectUnauthorized: true } : false,
    // pipeline: BEGIN and the claims statement ride with the first query (rls-transactions.ts).
    extra: { max: poolSize, application_name: 'carebase-api', idleTimeoutMillis: 30_000, pipeline: true },
  };
}
