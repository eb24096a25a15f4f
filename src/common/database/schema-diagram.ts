// The schema diagram in docs/schema.md, drawn from the entities' metadata (Mermaid ER diagrams, one per module).
// Generated, never edited by hand: `npm run docs:schema` rewrites it and a test fails when it is stale.
import type { EntityMetadata } from 'typeorm';

const word = (s: string) => s.replace(/[^A-Za-z0-9_]/g, '_');

function columnType(c: EntityMetadata['columns'][number]): string {
  const base = c.enumName ?? (typeof c.type === 'string' ? c.type : (c.type as Function).name.toLowerCase());
  const sized = c.precision ? `${base}(${c.precision}${c.scale !== undefined ? `,${c.scale}` : ''})` : base;
  return word(sized) + (c.isArray ? '_array' : '');
}

function entityBlock(m: EntityMetadata): string[] {
  const fks = new Set(m.foreignKeys.flatMap((fk) => fk.columns.map((c) => c.databaseName)));
  const lines = [`  ${m.tableName} {`];
  for (const c of m.columns) {
    const keys = [c.isPrimary ? 'PK' : '', fks.has(c.databaseName) ? 'FK' : ''].filter(Boolean).join(', ');
    const notes = [c.isNullable ? 'null' : '', c.isSelect ? '' : 'never selected'].filter(Boolean).join(', ');
    lines.push(
      `    ${columnType(c)} ${c.databaseName}${keys ? ` ${keys}` : ''}${notes ? ` "${notes}"` : ''}`,
    );
  }
  lines.push('  }');
  return lines;
}

/** Markdown with one Mermaid erDiagram per module; foreign keys into other modules name the table. */
export function renderSchemaDiagram(modules: Record<string, EntityMetadata[]>): string {
  const out = [
    '# Schema',
    '',
    'Generated from the TypeORM entities by `npm run docs:schema`; do not edit by hand (a test fails when it is',
    'stale). One diagram per module; a table of another module appears by name only. Policies, grants, triggers',
    'and functions live in the migrations (src/migrations) and are not drawn.',
  ];
  for (const [module, metas] of Object.entries(modules)) {
    const sorted = [...metas].sort((a, b) => a.tableName.localeCompare(b.tableName));
    out.push('', `## ${module}`, '', '```mermaid', 'erDiagram');
    const links: string[] = [];
    for (const m of sorted) {
      out.push(...entityBlock(m));
      for (const fk of [...m.foreignKeys].sort((a, b) => (a.name ?? '').localeCompare(b.name ?? ''))) {
        const target = fk.referencedEntityMetadata.tableName;
        const optional = fk.columns.some((c) => c.isNullable);
        const label = fk.columns.map((c) => c.databaseName).join(', ');
        links.push(`  ${target} ||--o{ ${m.tableName} : "${label}${optional ? ' (optional)' : ''}"`);
      }
    }
    out.push(...links, '```');
  }
  return `${out.join('\n')}\n`;
}
