// The audit archive export (issue 14): archived rows go to a folder (the default) or an S3-compatible store
// through the exactly-once job runner, each file with its chain range and head hash; a rerun exports nothing
// twice; `audit:verify-export` recomputes the chain from the file and checks it against the database, naming
// the row of a tampered file or a tampered database row.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResolvedConfig } from '../../src/common/config/config';
import { AuditArchiveJob } from '../../src/modules/audit/audit-archive.job';
import { rowHash, type ExportRow } from '../../src/modules/audit/audit-export.format';
import { AuditExportJob, exportKey } from '../../src/modules/audit/audit-export.job';
import { runVerifyExport } from '../../src/modules/audit/audit-export.command';
import { JobRegistry } from '../../src/modules/jobs/job-definition';
import { JobRunner } from '../../src/modules/jobs/job-runner';
import { createTestDatabase, testConfig, type TestDb } from '../support/db';
import { newOrg, type TestOrg } from '../support/factories';
import { fakeS3Config, startFakeS3, type FakeS3 } from '../support/fake-s3';
import { asTamperingOwner, backdate } from './audit-support';

let db: TestDb;
let dir: string;
let org: TestOrg;
let s3: FakeS3;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'audit-export-'));
  db = await createTestDatabase(testConfig({ AUDIT_EXPORT_DIR: dir, AUDIT_EXPORT_PREFIX: 'audit/' }));
  org = await newOrg(db);
  s3 = await startFakeS3();
});
afterAll(async () => {
  await s3?.close();
  await db?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** A runner with the archival and export jobs of `config` (the exactly-once path the scheduler takes). */
function runnerFor(config: ResolvedConfig): JobRunner {
  const archive = new AuditArchiveJob();
  const exporter = new AuditExportJob(config);
  return new JobRunner(
    db.tx,
    new JobRegistry([
      {
        name: 'archive-audit-logs',
        cron: '30 3 * * *',
        description: 'test',
        timeoutSeconds: 60,
        handler: (ctx) => archive.run(ctx),
      },
      {
        name: 'export-audit-archive',
        cron: '0 4 * * *',
        description: 'test',
        timeoutSeconds: 60,
        handler: (ctx) => exporter.run(ctx),
      },
    ]),
  );
}

let slotSecond = 0;
const nextSlot = () => new Date(Date.UTC(2030, 0, 1, 4) + ++slotSecond * 1000);

/** Audit rows in `o`'s chain whose details exercise jsonb's text form (key order, numbers, escapes). */
async function logEvents(o: TestOrg, n: number): Promise<void> {
  for (let i = 0; i < n; i++)
    await db.owner.query(
      `SELECT public.log_audit_event('EXPORT_TEST', 'SELECT', 'patients', SESSION_USER, $1, 'SELECT 1', $2, $3::jsonb)`,
      [
        o.id,
        `row-${i}`,
        `{"zeta": 1.50, "a": [1, 2.0, 1e2, -0.0], "bb": {"y": "line\\nbreak \\"q\\" é ✓ \\u0001", "x": null}, "n": ${i}}`,
      ],
    );
}

/** Ages the first `count` live rows of `o`'s chain past the retention, then archives through the runner. */
async function archive(runner: JobRunner, o: TestOrg, count: number): Promise<void> {
  await backdate(db, o.id, count, 200);
  const out = await runner.run('archive-audit-logs', nextSlot());
  expect(out.run?.status).toBe('succeeded');
}

const exportsOf = async (orgId: string) =>
  (
    await db.owner.query(
      `SELECT first_seq::text, last_seq::text, row_count, encode(prev_hash, 'hex') AS prev_hash,
              encode(head_hash, 'hex') AS head_hash, object_key, manifest_key, target
       FROM public.audit_log_exports WHERE org_id = $1 ORDER BY first_seq`,
      [orgId],
    )
  ).rows;

async function verify(sources: string[], storage: ResolvedConfig = db.config) {
  const out: string[] = [];
  const code = await runVerifyExport(sources, {
    appUrl: db.appUrl,
    storage,
    out: (l) => out.push(l),
    err: (l) => out.push(l),
  });
  return { code, out: out.join('\n') };
}

describe('audit archive export to a folder', () => {
  let runner: JobRunner;
  let firstFile: string;

  beforeAll(async () => {
    runner = runnerFor(db.config);
    await logEvents(org, 12);
  });

  it('exports the archived rows once, with range, head hash and manifest; a rerun exports nothing twice', async () => {
    const live = (
      await db.owner.query(`SELECT count(*)::int AS n FROM public.audit_logs WHERE org_id = $1`, [org.id])
    ).rows[0].n;
    await archive(runner, org, live - 4);
    const archived = (
      await db.owner.query(
        `SELECT id, seq::text, encode(hash, 'hex') AS hash FROM public.audit_logs_archive WHERE org_id = $1 ORDER BY seq`,
        [org.id],
      )
    ).rows;
    expect(archived).toHaveLength(live - 4);

    const slot = nextSlot();
    const first = await runner.run('export-audit-archive', slot);
    expect(first.claimed).toBe(true);
    expect(first.run?.status).toBe('succeeded');
    expect(Number(first.run?.rowsAffected)).toBeGreaterThanOrEqual(archived.length);

    const [rec] = await exportsOf(org.id);
    expect(rec).toMatchObject({
      first_seq: archived[0].seq,
      last_seq: archived.at(-1).seq,
      row_count: archived.length,
      prev_hash: null,
      head_hash: archived.at(-1).hash,
      target: 'folder',
      object_key: exportKey('audit/', org.id, archived[0].seq, archived.at(-1).seq),
    });
    firstFile = path.join(dir, rec.object_key);
    const lines = gunzipSync(await readFile(firstFile))
      .toString('utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines[0]).toMatchObject({
      type: 'header',
      format: 'carebase-audit-export/1',
      org_id: org.id,
      first_seq: archived[0].seq,
      last_seq: archived.at(-1).seq,
      rows: archived.length,
      head_hash: archived.at(-1).hash,
    });
    expect(lines.slice(1).map((l) => l.id)).toEqual(archived.map((a) => a.id));
    // The hash recomputed outside the database is the database's, tricky jsonb included.
    for (const line of lines.slice(1)) expect(rowHash(line as ExportRow)).toBe(line.hash);
    expect(lines.some((l) => l.details?.includes('1.50'))).toBe(true);

    const manifest = JSON.parse(await readFile(path.join(dir, rec.manifest_key), 'utf8'));
    expect(manifest.files).toContainEqual(
      expect.objectContaining({ key: rec.object_key, head_hash: rec.head_hash, rows: archived.length }),
    );

    // The same slot again: the runner does not run it twice. A later slot finds nothing new.
    expect((await runner.run('export-audit-archive', slot)).claimed).toBe(false);
    const again = await runner.run('export-audit-archive', nextSlot());
    expect(again.run?.status).toBe('succeeded');
    expect(Number(again.run?.rowsAffected)).toBe(0);
    expect(await exportsOf(org.id)).toHaveLength(1);
    const files = await readdir(path.join(dir, 'audit/chains', org.id));
    expect(files).toEqual([path.basename(rec.object_key)]);
  });

  it('the next export starts after the last one and chains from its head', async () => {
    await logEvents(org, 3);
    const live = (
      await db.owner.query(`SELECT count(*)::int AS n FROM public.audit_logs WHERE org_id = $1`, [org.id])
    ).rows[0].n;
    await archive(runner, org, live - 1);
    expect((await runner.run('export-audit-archive', nextSlot())).run?.status).toBe('succeeded');
    const [a, b] = await exportsOf(org.id);
    expect(BigInt(b.first_seq)).toBeGreaterThan(BigInt(a.last_seq));
    expect(b.prev_hash).toBe(a.head_hash);
    expect((await verify([path.join(dir, b.object_key)])).code).toBe(0);
  });

  it('verifies an exported file against the database chain', async () => {
    const { code, out } = await verify([firstFile]);
    expect(out).toMatch(/^OK /);
    expect(code).toBe(0);
  });

  it('reports a tampered line of the file with its row id and exits non-zero', async () => {
    const lines = gunzipSync(await readFile(firstFile))
      .toString('utf8')
      .trim()
      .split('\n');
    const row = JSON.parse(lines[3]);
    row.action = 'DELETE';
    lines[3] = JSON.stringify(row);
    const tampered = path.join(dir, 'tampered.ndjson.gz');
    await writeFile(tampered, gzipSync(`${lines.join('\n')}\n`));
    const { code, out } = await verify([tampered]);
    expect(code).toBe(1);
    expect(out).toContain(`file row ${row.id} (seq ${row.seq}): hash_mismatch`);
    // Re-sealing the whole file does not help: the bytes and hashes are not the recorded ones.
    expect(out).toMatch(/bytes are not the ones exported/);

    const removed = path.join(dir, 'removed.ndjson.gz');
    await writeFile(removed, gzipSync(`${lines.filter((_, i) => i !== 2).join('\n')}\n`));
    const gap = await verify([removed]);
    expect(gap.code).toBe(1);
    expect(gap.out).toMatch(/prev_hash_mismatch/);
    expect(gap.out).toContain(`row ${JSON.parse(lines[2]).id}`);
  });

  it('reports a database row altered after the export with its row id', async () => {
    const lines = gunzipSync(await readFile(firstFile))
      .toString('utf8')
      .trim()
      .split('\n');
    const victim = JSON.parse(lines[5]);
    await asTamperingOwner(db, (c) =>
      c.query(`UPDATE public.audit_logs_archive SET query = 'SELECT secrets' WHERE id = $1`, [victim.id]),
    );
    const { code, out } = await verify([firstFile]);
    expect(code).toBe(1);
    expect(out).toContain(`database row ${victim.id} (seq ${victim.seq}): hash_mismatch`);
  });

  it('does not export a broken chain, and still exports the others', async () => {
    const broken = await newOrg(db);
    const fine = await newOrg(db);
    for (const o of [broken, fine]) {
      await logEvents(o, 3);
      await archive(runner, o, 3);
    }
    const victim = (
      await db.owner.query(
        `SELECT id FROM public.audit_logs_archive WHERE org_id = $1 ORDER BY seq LIMIT 1 OFFSET 1`,
        [broken.id],
      )
    ).rows[0].id;
    await asTamperingOwner(db, (c) =>
      c.query(`UPDATE public.audit_logs_archive SET row_id = 'forged' WHERE id = $1`, [victim]),
    );
    expect((await runner.run('export-audit-archive', nextSlot())).run?.status).toBe('succeeded');
    expect(await exportsOf(broken.id)).toEqual([]);
    expect(await exportsOf(fine.id)).toHaveLength(1);
  });

  it('answers 2 for usage and an unreadable file', async () => {
    expect((await verify([])).code).toBe(2);
    expect((await verify([path.join(dir, 'nope.ndjson.gz')])).code).toBe(2);
  });
});

describe('audit archive export to an S3-compatible store', () => {
  it('puts the files and the manifest through the S3 client, and verifies from the bucket', async () => {
    const config = testConfig({ ...fakeS3Config(s3), AUDIT_EXPORT_PREFIX: 'carebase/audit/' });
    const runner = runnerFor(config);
    const other = await newOrg(db);
    await logEvents(other, 5);
    await archive(runner, other, 5);

    const out = await runner.run('export-audit-archive', nextSlot());
    expect(out.run?.status).toBe('succeeded');
    const [rec] = await exportsOf(other.id);
    expect(rec.target).toBe('s3');
    expect(rec.object_key).toMatch(
      new RegExp(`^carebase/audit/chains/${other.id}/\\d{19}-\\d{19}\\.ndjson\\.gz$`),
    );
    const bucket = s3.buckets.get('audit-archive')!;
    expect(bucket.has(rec.object_key)).toBe(true);
    expect(bucket.has(rec.manifest_key)).toBe(true);
    expect(bucket.get(rec.object_key)!.contentType).toBe('application/x-ndjson');
    // The folder target got nothing of this chain.
    await expect(readdir(path.join(dir, 'carebase'))).rejects.toThrow();

    const { code, out: report } = await verify([`s3://audit-archive/${rec.object_key}`], config);
    expect(report).toMatch(/^OK s3:\/\/audit-archive\//);
    expect(code).toBe(0);
    expect(s3.calls.filter((c) => c.method === 'GET' && c.key === rec.object_key)).toHaveLength(1);
    expect((await verify([`s3://audit-archive/carebase/audit/none.ndjson.gz`], config)).code).toBe(2);
  });
});
