// DATABASE_PREPARED_STATEMENTS, as the app data source carries it (appDataSourceOptions' `extra`).
import type { DataSourceOptions } from 'typeorm';
/** Whether the app's SQL on `dataSource` may use named statements (DATABASE_PREPARED_STATEMENTS). */
export function usesPreparedStatements(dataSource: { options: DataSourceOptions }): boolean {
  return (
    (dataSource.options.extra as { preparedStatements?: boolean } | undefined)?.preparedStatements !== false
  );
}
