// What would block distributing the schema by org_id on a sharding engine (Citus): tables are either
// distributed by org_id (co-located: every tenant's rows on one node) or reference tables (copied to every
// node). A distributed table's primary key, unique and exclusion constraints must include org_id; a foreign key
// between distributed tables must include org_id on both sides; a reference table cannot point at a
// distributed one. docs/scaling.md holds the plan for each object listed here, and a test keeps both in step.
import type { ClientBase } from 'pg';

export type BlockerKind =
  /** A table without org_id: becomes a reference table, or stays local to the coordinator. */
  | 'no-org-id'
  /** A primary key, unique constraint or unique index of a table with org_id that does not include it. */
  | 'unique-without-org-id'
  /** An exclusion constraint of a table with org_id that does not compare org_id with `=`. */
  | 'exclusion-without-org-id'
  /** A foreign key between two tables with org_id that does not match org_id to org_id. */
  | 'fk-without-org-id'
  /** A foreign key from a table without org_id to a table with org_id. */
  | 'fk-reference-to-distributed';

export interface Blocker {
  kind: BlockerKind;
  /** `table`, `table.constraint_or_index`, or for a foreign key `table.constraint -> referenced_table`. */
  object: string;
}

const SQL = `
WITH t AS (
  SELECT c.oid, c.relname,
         EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'org_id' AND NOT a.attisdropped) AS has_org
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
),
org_att AS (
  SELECT a.attrelid, a.attnum FROM pg_attribute a JOIN t ON t.oid = a.attrelid WHERE a.attname = 'org_id'
)
SELECT 'no-org-id' AS kind, t.relname::text AS object FROM t WHERE NOT t.has_org -- text: a name column would cut at 63
UNION ALL
-- Unique indexes (primary keys and unique constraints included), partial ones too.
SELECT 'unique-without-org-id', t.relname || '.' || ic.relname
  FROM pg_index i JOIN t ON t.oid = i.indrelid JOIN pg_class ic ON ic.oid = i.indexrelid
  JOIN org_att o ON o.attrelid = t.oid
 WHERE t.has_org AND i.indisunique AND NOT (o.attnum = ANY (i.indkey::int2[]))
UNION ALL
SELECT 'exclusion-without-org-id', t.relname || '.' || con.conname
  FROM pg_constraint con JOIN t ON t.oid = con.conrelid JOIN org_att o ON o.attrelid = t.oid
 WHERE t.has_org AND con.contype = 'x'
   AND NOT EXISTS (
     SELECT 1 FROM unnest(con.conkey, con.conexclop) AS k(attnum, op)
      WHERE k.attnum = o.attnum AND (SELECT oprname FROM pg_operator WHERE oid = k.op) = '=')
UNION ALL
SELECT CASE WHEN src.has_org THEN 'fk-without-org-id' ELSE 'fk-reference-to-distributed' END,
       src.relname || '.' || con.conname || ' -> ' || dst.relname
  FROM pg_constraint con JOIN t src ON src.oid = con.conrelid JOIN t dst ON dst.oid = con.confrelid
 WHERE con.contype = 'f' AND dst.has_org
   AND (NOT src.has_org OR NOT EXISTS (
     SELECT 1 FROM unnest(con.conkey, con.confkey) AS k(s, d)
       JOIN org_att so ON so.attrelid = src.oid AND so.attnum = k.s
       JOIN org_att do_ ON do_.attrelid = dst.oid AND do_.attnum = k.d))
ORDER BY 1, 2`;

/** Every object of the public schema that would block distributing it by org_id, in a stable order. */
export async function distributionBlockers(client: ClientBase): Promise<Blocker[]> {
  const { rows } = await client.query<Blocker>(SQL);
  return rows;
}
