// `npm run migration:generate -- <Name>`: a migration draft in the house style (raw SQL up and down) from the
// difference between the entities and a live, migrated database. It covers what TypeORM can express (tables,
// columns, keys, indexes, checks); policies, grants, triggers and functions are added by hand before review.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { ownerDataSourceOptions } from './data-source';

export interface MigrationDraft {
  className: string;
  file: string;
  up: string[];
  down: string[];
}

const quote = (sql: string) =>
  '`' + sql.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';

export function renderMigration(className: string, up: string[], down: string[]): string {
  const body = (queries: string[]) => queries.map((q) => `    await q.query(${quote(q)});`).join('\n');
  return `import type { MigrationInterface, QueryRunner } from 'typeorm';

// Generated from the entities: review it, add RLS (enableRls), policies, grants, audit and tenant triggers
// (src/migrations/helpers.ts), then list the class in src/migrations/index.ts.
export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(q: QueryRunner): Promise<void> {
${body(up)}
  }

  async down(q: QueryRunner): Promise<void> {
${body(down)}
  }
}
`;
}

/** Compares `entities` with the database at `ownerUrl`; writes `<dir>/<ts>-<Name>.ts`, or nothing when they agree. */
export async function writeMigrationDraft(opts: {
  ownerUrl: string;
  entities: Function[];
  dir: string;
  name: string;
  timestamp?: number;
}): Promise<MigrationDraft | null> {
  const ds = new DataSource(ownerDataSourceOptions(opts.ownerUrl, opts.entities));
  await ds.initialize();
  try {
    const diff = await ds.driver.createSchemaBuilder().log();
    if (!diff.upQueries.length) return null;
    const timestamp = opts.timestamp ?? Date.now();
    const className = `${opts.name}${timestamp}`;
    const up = diff.upQueries.map((q) => q.query);
    const down = diff.downQueries.map((q) => q.query).reverse();
    const file = path.join(opts.dir, `${timestamp}-${opts.name}.ts`);
    mkdirSync(opts.dir, { recursive: true });
    writeFileSync(file, renderMigration(className, up, down));
    return { className, file, up, down };
  } finally {
    await ds.destroy();
  }
}
