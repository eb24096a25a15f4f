// `npm run migration:generate` writes a correct draft: when an entity gains a column, the draft adds it in up(),
// removes it in down(), and applying it makes the entity and the database agree again.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Column, DataSource, Entity, type MigrationInterface } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ownerDataSourceOptions } from '../../src/common/database/data-source';
import { writeMigrationDraft } from '../../src/common/database/migration-draft';
import { Organization } from '../../src/modules/identity/entities/organization.entity';
import { createTestDatabase, type TestDb } from '../support/db';

@Entity({ name: 'organizations' })
class OrganizationWithMotto extends Organization {
  @Column({ type: 'text', nullable: true }) motto!: string | null;
}

let db: TestDb;
const dir = mkdtempSync(path.join(os.tmpdir(), 'carebase-migration-draft-'));

beforeAll(async () => {
  db = await createTestDatabase();
});

afterAll(async () => {
  await db?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function diffFor(entities: Function[]): Promise<string[]> {
  const ds = new DataSource(ownerDataSourceOptions(db.ownerUrl, entities));
  await ds.initialize();
  try {
    return (await ds.driver.createSchemaBuilder().log()).upQueries.map((q) => q.query);
  } finally {
    await ds.destroy();
  }
}

async function apply(migration: MigrationInterface, direction: 'up' | 'down') {
  const ds = new DataSource(ownerDataSourceOptions(db.ownerUrl));
  await ds.initialize();
  const runner = ds.createQueryRunner();
  try {
    await migration[direction](runner);
  } finally {
    await runner.release();
    await ds.destroy();
  }
}

describe('migration:generate', () => {
  it('writes nothing when the entities and the database agree', async () => {
    const draft = await writeMigrationDraft({
      ownerUrl: db.ownerUrl,
      entities: [Organization],
      dir,
      name: 'Nothing',
    });
    expect(draft).toBeNull();
  });

  it('drafts an added column as up and down SQL that apply cleanly', async () => {
    const draft = await writeMigrationDraft({
      ownerUrl: db.ownerUrl,
      entities: [OrganizationWithMotto],
      dir,
      name: 'OrganizationMotto',
      timestamp: 1900000000000,
    });
    expect(draft).not.toBeNull();
    expect(path.basename(draft!.file)).toBe('1900000000000-OrganizationMotto.ts');
    expect(draft!.up).toEqual(['ALTER TABLE "organizations" ADD "motto" text']);
    expect(draft!.down).toEqual(['ALTER TABLE "organizations" DROP COLUMN "motto"']);
    const source = readFileSync(draft!.file, 'utf8');
    expect(source).toContain('export class OrganizationMotto1900000000000 implements MigrationInterface');

    const mod = (await import(draft!.file)) as Record<string, new () => MigrationInterface>;
    const migration = new mod.OrganizationMotto1900000000000();
    await apply(migration, 'up');
    expect(await diffFor([OrganizationWithMotto])).toEqual([]);
    await apply(migration, 'down');
    expect(await diffFor([Organization])).toEqual([]);
    const { rows } = await db.owner.query(
      `SELECT 1 FROM information_schema.columns WHERE table_name = 'organizations' AND column_name = 'motto'`,
    );
    expect(rows).toHaveLength(0);
  });
});
