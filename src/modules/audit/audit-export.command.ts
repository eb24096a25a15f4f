// The body of `npm run audit:verify-export -- <file | s3://bucket/key> ...`: reads each exported file (a local
// path, or an object of the configured S3 endpoint) and verifies it against the database's chain in one
// read-only transaction as the service role. Exit code 0 when every file verifies, 1 when one does not (each
// problem printed with its row id), 2 for usage or a file that cannot be read.
import { readFile } from 'node:fs/promises';
import { Client } from 'pg';
import { SET_CLAIMS_SQL } from '../../common/database/rls-transactions';
import { S3Storage, type ExportStorageConfig } from './audit-export.storage';
import { formatReport, verifyExport } from './audit-export.verify';

export interface VerifyCommandOptions {
  /** The login role's URL (the app's). */
  appUrl: string;
  storage: ExportStorageConfig;
  out(line: string): void;
  err(line: string): void;
}

export const VERIFY_USAGE = 'usage: npm run audit:verify-export -- <file.ndjson.gz | s3://bucket/key> [...]';

async function load(source: string, cfg: ExportStorageConfig): Promise<Buffer> {
  const s3 = /^s3:\/\/([^/]+)\/(.+)$/.exec(source);
  if (!s3) return readFile(source);
  const storage = new S3Storage(s3[1], cfg);
  try {
    return await storage.get(s3[2]);
  } finally {
    storage.destroy();
  }
}

export async function runVerifyExport(sources: string[], o: VerifyCommandOptions): Promise<number> {
  if (!sources.length) {
    o.err(VERIFY_USAGE);
    return 2;
  }
  const client = new Client({ connectionString: o.appUrl });
  await client.connect();
  let code = 0;
  try {
    await client.query('BEGIN READ ONLY');
    await client.query(SET_CLAIMS_SQL, [
      'service_role',
      JSON.stringify({ role: 'service_role', job: 'audit-verify-export' }),
    ]);
    const db = {
      rows: async <T>(text: string, params?: unknown[]) => (await client.query(text, params)).rows as T[],
    };
    for (const source of sources) {
      let data: Buffer;
      try {
        data = await load(source, o.storage);
      } catch (err) {
        o.err(`cannot read ${source}: ${(err as Error).message}`);
        code = 2;
        continue;
      }
      const report = await verifyExport(data, db);
      for (const line of formatReport(source, report)) o.out(line);
      if (!report.ok && code === 0) code = 1;
    }
  } finally {
    await client.query('ROLLBACK').catch(() => undefined);
    await client.end();
  }
  return code;
}
