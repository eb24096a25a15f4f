import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../../migrations';

const base = {
  type: 'postgres' as const,
  synchronize: false,
  migrationsRun: false,
  logging: false,
  // A null or undefined value in a find condition is a bug (a caller without a user id, say), never "no filter":
  // TypeORM's default silently drops it and widens the query.
  invalidWhereValuesBehavior: { null: 'throw' as const, undefined: 'throw' as const },
};

/** The owner connection: migrations and administrative scripts only. */
// `entities`: the whole list (src/entities.ts) where the caller needs metadata (the CLI, tests); the app
// registers them module by module instead (TypeOrmModule.forFeature with autoLoadEntities).
export function ownerDataSourceOptions(url: string, entities: Function[] = []): DataSourceOptions {
  return {
    ...base,
    entities,
    url,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    // A catalog view (migration TypeormMetadata): where the schema diff reads generated columns' expressions.
    metadataTableName: 'app_private.typeorm_metadata',
    extra: { max: 2, application_name: 'carebase-migrations' },
  };
}

/** The request connection, as the login role. */
export function appDataSourceOptions(
  url: string,
  poolSize: number,
  ssl: boolean,
  entities: Function[] = [],
  preparedStatements = true,
): DataSourceOptions {
  return {
    ...base,
    entities,
    url,
    ssl: ssl ? { rejectUnauthorized: true } : false,
    // pipeline: BEGIN and the claims statement ride with the first query (rls-transactions.ts).
    // preparedStatements: read by sql() and RlsTransactions (see usesPreparedStatements); pg ignores it.
    extra: {
      max: poolSize,
      application_name: 'carebase-api',
      idleTimeoutMillis: 30_000,
      pipeline: true,
      preparedStatements,
    },
  };
}
