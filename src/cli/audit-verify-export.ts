// `npm run audit:verify-export -- <file.ndjson.gz | s3://bucket/key> [...]`: verifies files of the audit
// export against the database's chain (see src/modules/audit/audit-export.command.ts). Same validated config
// as the app: DATABASE_URL, or the embedded database (started here when no process serves it yet); the S3
// endpoint and credentials from AUDIT_EXPORT_S3_*. Exit 0: every file verifies; 1: a problem (printed with
// its row id); 2: usage or an unreadable file; 78: invalid configuration.
import 'reflect-metadata';
import { ConfigError, loadConfig } from '../common/config/config';
import { resolveDatabase } from '../common/database/bootstrap';
import { startupFailureMessage } from '../common/startup/startup-failure';
import { runVerifyExport, VERIFY_USAGE } from '../modules/audit';

const out = (line: string) => process.stdout.write(`${line}\n`);
const err = (line: string) => process.stderr.write(`${line}\n`);

async function main(): Promise<number> {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      err(e.message);
      return 78;
    }
    throw e;
  }
  const sources = process.argv.slice(2);
  if (!sources.length) {
    err(VERIFY_USAGE);
    return 2;
  }
  const db = await resolveDatabase(config, err);
  try {
    return await runVerifyExport(sources, { appUrl: db.appUrl, storage: config, out, err });
  } finally {
    await db.embedded?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(startupFailureMessage(e, 'audit:verify-export failed'));
    process.exit(1);
  },
);
