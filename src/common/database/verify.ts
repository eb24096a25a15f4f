// Checks a live database against the security model and the seed verification queries: every migration the
// code ships applied; per table RLS
// enabled and forced, policy counts, expected indexes, the org_id / updated_at triggers; expected enums,
// views and functions; every view security_invoker; every security-definer function with a fixed
// search_path and no EXECUTE for PUBLIC; the login role owning nothing. Read-only: catalog queries only.
import { MIGRATIONS } from '../../migrations';
import { APP_SCHEMAS, EXPECTATIONS, type Expectations, type GatedObject } from './verify-expectations';

export type Status = 'ok' | 'miss' | 'planned';

/** Anything that runs a query: a pg Client, a Pool, a pooled client. */
export interface Queryable {
  query<R extends object>(text: string, params?: unknown[]): Promise<{ rows: R[] }>;
}

export interface TableReport {
  table: string;
  status: Status;
  listed: boolean;
  exists: boolean;
  rlsEnabled?: boolean;
  rlsForced?: boolean;
  policies?: number;
  minPolicies?: number;
  indexesExpected: number;
  indexesFound: number;
  /** For a planned table that does not exist: the issue that builds it. */
  plannedBy?: string;
  problems: string[];
}

export interface ObjectReport {
  kind: 'migrations' | 'enum' | 'view' | 'function' | 'definer' | 'login role';
  name: string;
  status: Status;
  detail: string;
  problems: string[];
}

export interface Miss {
  subject: string;
  problem: string;
}

export interface VerifyReport {
  ok: boolean;
  tables: TableReport[];
  objects: ObjectReport[];
  misses: Miss[];
  /** Catalog tables (and their objects) that no shipped migration creates yet: each names the issue that builds it. */
  planned: string[];
}

export interface VerifyOptions {
  expectations?: Expectations;
  /** The login role that must own nothing (DATABASE_APP_ROLE, or the user of DATABASE_APP_URL). */
  loginRole?: string;
  /** Migration names the code ships, all of which must be applied (default: src/migrations/index.ts). */
  migrations?: readonly string[];
}

interface TableRow {
  schema: string;
  name: string;
  partition: boolean;
  rls: boolean;
  forced: boolean;
  policies: number;
  indexes: string[];
  org_id_updatable: boolean;
  updated_at_updatable: boolean;
  org_id_trigger: boolean;
  updated_at_trigger: boolean;
}

const qualify = (name: string) => (name.includes('.') ? name : `public.${name}`);

// Row-level BEFORE UPDATE triggers calling the given function (tgtype bits: 1 row, 2 before, 16 update).
const triggerCalls = (fn: string) => `EXISTS (
  SELECT 1 FROM pg_trigger t
  WHERE t.tgrelid = c.oid AND NOT t.tgisinternal AND t.tgenabled <> 'D'
    AND t.tgfoid = to_regprocedure('${fn}') AND (t.tgtype::int & 19) = 19)`;

// The column exists and a request role may UPDATE it (org_id) or update some column of the row (updated_at).
// A table no request role may update (append-only) needs neither trigger.
const updatable = (col: string, anyColumn: boolean) => `EXISTS (
  SELECT 1 FROM pg_attribute a, pg_roles r
  WHERE a.attrelid = c.oid AND a.attname = '${col}' AND a.attnum > 0 AND NOT a.attisdropped
    AND r.rolname IN ('anon', 'authenticated', 'service_role')
    AND ${anyColumn ? "has_any_column_privilege(r.oid, c.oid, 'UPDATE')" : "has_column_privilege(r.oid, c.oid, a.attnum, 'UPDATE')"})`;

async function readTables(db: Queryable): Promise<TableRow[]> {
  const { rows } = await db.query<TableRow>(
    `SELECT n.nspname AS schema, c.relname AS name, c.relispartition AS partition,
            c.relrowsecurity AS rls, c.relforcerowsecurity AS forced,
            (SELECT count(*)::int FROM pg_policy p WHERE p.polrelid = c.oid) AS policies,
            ARRAY(SELECT i.relname::text FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
                  WHERE x.indrelid = c.oid ORDER BY 1) AS indexes,
            ${updatable('org_id', false)} AS org_id_updatable,
            ${updatable('updated_at', true)} AS updated_at_updatable,
            ${triggerCalls('public.prevent_org_id_change()')} AS org_id_trigger,
            ${triggerCalls('public.update_updated_at_column()')} AS updated_at_trigger
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = ANY($1) AND c.relkind IN ('r', 'p')
     ORDER BY 1, 2`,
    [APP_SCHEMAS],
  );
  return rows;
}

function checkTable(
  row: TableRow,
  minPolicies: number | undefined,
  indexes: readonly string[],
  absent: readonly string[],
) {
  const problems: string[] = [];
  if (!row.rls) problems.push('row level security is not enabled');
  if (!row.forced) problems.push('row level security is not forced');
  if (minPolicies !== undefined && row.policies < minPolicies)
    problems.push(
      `has ${row.policies} ${row.policies === 1 ? 'policy' : 'policies'}, expected at least ${minPolicies}`,
    );
  const missing = indexes.filter((i) => !row.indexes.includes(i));
  if (missing.length)
    problems.push(`missing ${missing.length === 1 ? 'index' : 'indexes'} ${missing.join(', ')}`);
  const unwanted = absent.filter((i) => row.indexes.includes(i));
  if (unwanted.length) problems.push(`has ${unwanted.join(', ')}, which must not exist`);
  if (row.org_id_updatable && !row.org_id_trigger)
    problems.push(
      'org_id is updatable but not immutable (no BEFORE UPDATE trigger calls public.prevent_org_id_change())',
    );
  if (row.updated_at_updatable && !row.updated_at_trigger)
    problems.push(
      'updated_at is not kept (no BEFORE UPDATE trigger calls public.update_updated_at_column())',
    );
  return { problems, found: indexes.length - missing.length };
}

export async function verifyDatabase(db: Queryable, opts: VerifyOptions = {}): Promise<VerifyReport> {
  const exp = opts.expectations ?? EXPECTATIONS;
  const loginRole = opts.loginRole ?? 'carebase_authenticator';
  const tables: TableReport[] = [];
  const objects: ObjectReport[] = [];

  // Tables: every listed one, then every existing one that is not listed.
  const rows = await readTables(db);
  const byName = new Map(rows.map((r) => [`${r.schema}.${r.name}`, r]));
  const listed = new Map(exp.tables.map((t) => [qualify(t.table), t]));
  for (const [name, t] of listed) {
    const row = byName.get(name);
    if (!row) {
      tables.push({
        table: name,
        status: t.planned ? 'planned' : 'miss',
        plannedBy: t.planned,
        listed: true,
        exists: false,
        minPolicies: t.minPolicies,
        indexesExpected: t.indexes.length,
        indexesFound: 0,
        problems: t.planned ? [] : ['table does not exist (npm run migration:run creates it)'],
      });
      continue;
    }
    const { problems, found } = checkTable(row, t.minPolicies, t.indexes, t.absentIndexes ?? []);
    tables.push({
      table: name,
      status: problems.length ? 'miss' : 'ok',
      listed: true,
      exists: true,
      rlsEnabled: row.rls,
      rlsForced: row.forced,
      policies: row.policies,
      minPolicies: t.minPolicies,
      indexesExpected: t.indexes.length,
      indexesFound: found,
      problems,
    });
  }
  for (const row of rows) {
    const name = `${row.schema}.${row.name}`;
    if (listed.has(name)) continue;
    const { problems } = checkTable(row, undefined, [], []);
    // A partition follows its parent's entry; any other table must be listed.
    if (!row.partition)
      problems.unshift(
        'not listed in src/common/database/verify-expectations.ts (add its policies and indexes there)',
      );
    tables.push({
      table: name,
      status: problems.length ? 'miss' : 'ok',
      listed: false,
      exists: true,
      rlsEnabled: row.rls,
      rlsForced: row.forced,
      policies: row.policies,
      indexesExpected: 0,
      indexesFound: 0,
      problems,
    });
  }

  // Objects gated on a table are enforced unless the table is planned and not built yet.
  const enforced = (table: string) => byName.has(qualify(table)) || !listed.get(qualify(table))?.planned;
  const plannedBy = (table: string) =>
    `planned with ${qualify(table)} (${listed.get(qualify(table))?.planned})`;

  // Enums.
  const { rows: enums } = await db.query<{ name: string; labels: string[] }>(
    `SELECT n.nspname || '.' || t.typname AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels
     FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace JOIN pg_enum e ON e.enumtypid = t.oid
     WHERE n.nspname = ANY($1) GROUP BY 1`,
    [APP_SCHEMAS],
  );
  const enumLabels = new Map(enums.map((e) => [e.name, e.labels]));
  for (const e of exp.enums) {
    const name = qualify(e.name);
    const labels = enumLabels.get(name);
    if (!enforced(e.table)) {
      objects.push({
        kind: 'enum',
        name,
        status: 'planned',
        detail: plannedBy(e.table),
        problems: [],
      });
      continue;
    }
    const problems: string[] = [];
    if (!labels) problems.push('enum type does not exist');
    else {
      const missing = (e.values ?? []).filter((v) => !labels.includes(v));
      if (missing.length) problems.push(`enum lacks ${missing.map((v) => `'${v}'`).join(', ')}`);
    }
    objects.push({
      kind: 'enum',
      name,
      status: problems.length ? 'miss' : 'ok',
      detail: labels ? labels.join(', ') : '',
      problems,
    });
  }

  // Views: the expected ones exist; every view in the app schemas is security_invoker.
  const { rows: views } = await db.query<{ name: string; options: string[] }>(
    `SELECT n.nspname || '.' || c.relname AS name, coalesce(c.reloptions, '{}')::text[] AS options
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = ANY($1) AND c.relkind = 'v' ORDER BY 1`,
    [APP_SCHEMAS],
  );
  const found = <T extends { name: string }>(list: T[], o: GatedObject): T | undefined =>
    list.find((x) => (o.name.includes('.') ? x.name === o.name : x.name.split('.')[1] === o.name));
  const invoker = (options: string[]) => options.some((o) => /^security_invoker=(true|on|yes|1)$/i.test(o));
  for (const v of exp.views) {
    if (!enforced(v.table)) {
      objects.push({
        kind: 'view',
        name: v.name,
        status: 'planned',
        detail: plannedBy(v.table),
        problems: [],
      });
    } else if (!found(views, v)) {
      objects.push({
        kind: 'view',
        name: v.name,
        status: 'miss',
        detail: '',
        problems: ['view does not exist'],
      });
    }
  }
  for (const v of views) {
    const problems = invoker(v.options) ? [] : ['view is not security_invoker, so it reads past RLS'];
    objects.push({
      kind: 'view',
      name: v.name,
      status: problems.length ? 'miss' : 'ok',
      detail: 'security_invoker',
      problems,
    });
  }

  // Functions: the named ones exist; every security-definer one fixes search_path and is not PUBLIC's.
  const { rows: fns } = await db.query<{
    name: string;
    definer: boolean;
    search_path: string | null;
    public_exec: boolean;
  }>(
    `SELECT n.nspname || '.' || p.proname AS name, p.prosecdef AS definer,
            (SELECT substr(c, 13) FROM unnest(p.proconfig) c WHERE c LIKE 'search_path=%' LIMIT 1) AS search_path,
            (p.proacl IS NULL OR EXISTS (SELECT 1 FROM aclexplode(p.proacl) a
                                         WHERE a.grantee = 0 AND a.privilege_type = 'EXECUTE')) AS public_exec
     FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
     WHERE n.nspname = ANY($1)
       AND NOT EXISTS (SELECT 1 FROM pg_depend d
                       WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
     ORDER BY 1`,
    [APP_SCHEMAS],
  );
  for (const f of exp.functions) {
    if (!enforced(f.table)) {
      objects.push({
        kind: 'function',
        name: f.name,
        status: 'planned',
        detail: plannedBy(f.table),
        problems: [],
      });
      continue;
    }
    const hit = found(fns, f);
    objects.push({
      kind: 'function',
      name: hit?.name ?? f.name,
      status: hit ? 'ok' : 'miss',
      detail: hit ? (hit.definer ? 'security definer' : 'security invoker') : '',
      problems: hit ? [] : ['function does not exist'],
    });
  }
  // Overloads share a line: the problems of every function of that name.
  const definers = new Map<string, ObjectReport>();
  for (const f of fns.filter((x) => x.definer)) {
    const entry = definers.get(f.name) ?? {
      kind: 'definer' as const,
      name: f.name,
      status: 'ok' as Status,
      detail: '',
      problems: [],
    };
    definers.set(f.name, entry);
    if (f.search_path === null) entry.problems.push('security definer without a fixed search_path');
    else entry.detail = `search_path=${f.search_path}`;
    if (f.public_exec)
      entry.problems.push('security definer executable by PUBLIC (REVOKE ALL ... FROM PUBLIC)');
    entry.problems = [...new Set(entry.problems)];
    entry.status = entry.problems.length ? 'miss' : 'ok';
  }
  objects.push(...definers.values());

  // The login role.
  objects.push(await checkLoginRole(db, loginRole));
  objects.unshift(
    await checkMigrations(db, opts.migrations ?? MIGRATIONS.map((M) => new M().name as string)),
  );

  const misses: Miss[] = [];
  const planned: string[] = [];
  for (const t of tables) {
    for (const problem of t.problems) misses.push({ subject: t.table, problem });
    if (t.status === 'planned') planned.push(t.table);
  }
  for (const o of objects) {
    for (const problem of o.problems) misses.push({ subject: o.name, problem });
    if (o.status === 'planned') planned.push(o.name);
  }
  return { ok: misses.length === 0, tables, objects, misses, planned };
}

/** A database behind the code is not verified: a shipped migration that is not applied is a miss. */
async function checkMigrations(db: Queryable, shipped: readonly string[]): Promise<ObjectReport> {
  const { rows: table } = await db.query<{ present: boolean }>(
    `SELECT to_regclass('public.migrations') IS NOT NULL AS present`,
  );
  const applied = new Set(
    table[0].present
      ? (await db.query<{ name: string }>('SELECT name FROM public.migrations')).rows.map((r) => r.name)
      : [],
  );
  const missing = shipped.filter((m) => !applied.has(m));
  return {
    kind: 'migrations',
    name: 'public.migrations',
    status: missing.length ? 'miss' : 'ok',
    detail: `${shipped.length - missing.length} of ${shipped.length} applied`,
    problems: missing.map((m) => `${m} is not applied (npm run migration:run)`),
  };
}

async function checkLoginRole(db: Queryable, role: string): Promise<ObjectReport> {
  const { rows } = await db.query<{
    rolsuper: boolean;
    rolbypassrls: boolean;
    rolinherit: boolean;
    owned: string[];
  }>(
    `WITH r AS (SELECT oid, rolsuper, rolbypassrls, rolinherit FROM pg_roles WHERE rolname = $1)
     SELECT r.rolsuper, r.rolbypassrls, r.rolinherit,
            ARRAY(SELECT 'relation ' || c.oid::regclass::text FROM pg_class c
                  WHERE c.relowner = r.oid AND c.relkind NOT IN ('i', 'I', 't') -- indexes and TOAST follow their table
                  UNION ALL SELECT 'function ' || p.oid::regprocedure::text FROM pg_proc p WHERE p.proowner = r.oid
                  UNION ALL SELECT 'schema ' || n.nspname::text FROM pg_namespace n WHERE n.nspowner = r.oid
                  UNION ALL SELECT 'type ' || t.oid::regtype::text FROM pg_type t
                  WHERE t.typowner = r.oid AND t.typrelid = 0 AND t.typcategory <> 'A'
                  UNION ALL SELECT 'database ' || d.datname::text FROM pg_database d WHERE d.datdba = r.oid
                  ORDER BY 1) AS owned
     FROM r`,
    [role],
  );
  const r = rows[0];
  if (!r)
    return {
      kind: 'login role',
      name: role,
      status: 'miss',
      detail: '',
      problems: ['login role does not exist'],
    };
  const problems: string[] = [];
  if (r.owned.length) problems.push(`login role owns ${r.owned.join(', ')}`);
  if (r.rolsuper) problems.push('login role is a superuser');
  if (r.rolbypassrls) problems.push('login role bypasses RLS');
  if (r.rolinherit) problems.push('login role inherits the privileges of its roles (must be NOINHERIT)');
  return {
    kind: 'login role',
    name: role,
    status: problems.length ? 'miss' : 'ok',
    detail: 'owns nothing, NOSUPERUSER, NOBYPASSRLS, NOINHERIT',
    problems,
  };
}

/** The report as plain-text tables, misses listed last. */
export function formatReport(report: VerifyReport): string {
  const result = (s: Status) => (s === 'miss' ? 'MISS' : s);
  const onOff = (v: boolean | undefined) => (v === undefined ? '-' : v ? 'on' : 'OFF');
  const tableRows = report.tables.map((t) => [
    t.table,
    onOff(t.rlsEnabled),
    onOff(t.rlsForced),
    t.policies === undefined
      ? '-'
      : t.minPolicies === undefined
        ? `${t.policies}`
        : `${t.policies} (min ${t.minPolicies})`,
    t.exists ? `${t.indexesFound}/${t.indexesExpected}` : `-/${t.indexesExpected}`,
    t.status === 'planned'
      ? `planned (${t.plannedBy})`
      : t.listed || t.status === 'miss'
        ? result(t.status)
        : 'ok (partition)',
  ]);
  const objectRows = report.objects.map((o) => [
    o.kind,
    o.name,
    o.status === 'planned' ? 'planned' : result(o.status),
    o.detail.length > 80 ? `${o.detail.slice(0, 79)}…` : o.detail,
  ]);
  const lines = [
    grid(['table', 'rls', 'forced', 'policies', 'indexes', 'result'], tableRows),
    '',
    grid(['kind', 'object', 'result', 'detail'], objectRows),
    '',
  ];
  if (report.misses.length) {
    lines.push(`Misses (${report.misses.length}):`);
    for (const m of report.misses) lines.push(`  - ${m.subject}: ${m.problem}`);
    lines.push('');
  }
  const all = [...report.tables, ...report.objects];
  const count = (s: Status) => all.filter((x) => x.status === s).length;
  lines.push(
    `${all.length} checked: ${count('ok')} ok, ${count('miss')} with misses, ${count('planned')} planned. ` +
      (report.ok ? 'Database verified.' : 'Database NOT verified.'),
  );
  return lines.join('\n');
}

function grid(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [
    line(header.map((h) => h.toUpperCase())),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
  ].join('\n');
}
