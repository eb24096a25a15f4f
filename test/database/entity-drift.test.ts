// Entities and migrations agree: on the migrated database, TypeORM's schema diff over every entity is empty
// (everything TypeORM can express: columns, types, nullability, defaults, enums, primary and foreign keys,
// uniques, checks, indexes), and every table in `public` has an entity. What TypeORM cannot express (policies,
// grants, triggers, functions, views) stays hand-written in the migrations.
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ownerDataSourceOptions } from '../../src/common/database/data-source';
import { ALL_ENTITIES } from '../../src/entities';
import { createTestDatabase, type TestDb } from '../support/db';

let db: TestDb;
let ds: DataSource;

beforeAll(async () => {
  db = await createTestDatabase();
  ds = new DataSource(ownerDataSourceOptions(db.ownerUrl, ALL_ENTITIES));
  await ds.initialize();
});

afterAll(async () => {
  await ds?.destroy();
  await db?.close();
});

describe('entities and migrations', () => {
  it('TypeORM finds nothing to change', async () => {
    const diff = await ds.driver.createSchemaBuilder().log();
    const queries = diff.upQueries.map((q) => q.query);
    expect(queries, `schema drift:\n${queries.join(';\n')}`).toEqual([]);
  });

  it('every table in public has exactly one entity', async () => {
    const { rows } = await db.owner.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations' ORDER BY 1`,
    );
    const mapped = ds.entityMetadatas.filter((m) => m.tableType !== 'view').map((m) => m.tableName);
    const twice = mapped.filter((t, i) => mapped.indexOf(t) !== i);
    expect(twice, 'tables with two entities').toEqual([]);
    expect(rows.map((r) => r.name).filter((t) => !mapped.includes(t)), 'tables without an entity').toEqual([]);
    expect(mapped.filter((t) => !rows.some((r) => r.name === t)), 'entities without a table').toEqual([]);
  });
});
