// docs/schema.md is drawn from the entities: this test fails when it is stale. `npm run docs:schema` rewrites it.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DataSource, type EntityMetadata } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { renderSchemaDiagram } from '../../src/common/database/schema-diagram';
import { ENTITIES_BY_MODULE } from '../../src/entities';

const FILE = path.resolve(__dirname, '../../docs/schema.md');

async function metadataByModule(): Promise<Record<string, EntityMetadata[]>> {
  const ds = new DataSource({ type: 'postgres', entities: Object.values(ENTITIES_BY_MODULE).flat() });
  // Metadata only: no connection is opened.
  await (ds as unknown as { buildMetadatas(): Promise<void> }).buildMetadatas();
  return Object.fromEntries(
    Object.entries(ENTITIES_BY_MODULE).map(([module, entities]) => [
      module,
      entities.map((e) => ds.getMetadata(e)),
    ]),
  );
}

describe('schema diagram', () => {
  it('docs/schema.md matches the entities', async () => {
    const rendered = renderSchemaDiagram(await metadataByModule());
    if (process.env.UPDATE_SCHEMA_DIAGRAM) writeFileSync(FILE, rendered);
    let committed = '';
    try {
      committed = readFileSync(FILE, 'utf8');
    } catch {
      /* missing: stale */
    }
    expect(committed, 'docs/schema.md is stale: run `npm run docs:schema` and commit it').toBe(rendered);
  });

  it('draws every entity with its primary key and foreign keys', async () => {
    const rendered = renderSchemaDiagram(await metadataByModule());
    for (const entities of Object.values(await metadataByModule()))
      for (const m of entities) {
        expect(rendered).toMatch(new RegExp(`^  ${m.tableName} \\{$`, 'm'));
        for (const fk of m.foreignKeys)
          expect(rendered).toContain(`${fk.referencedEntityMetadata.tableName} ||--o{ ${m.tableName} :`);
      }
    expect(rendered).toMatch(/^ {4}uuid id PK$/m);
    expect(rendered).toMatch(/^ {4}uuid org_id FK$/m);
  });
});
