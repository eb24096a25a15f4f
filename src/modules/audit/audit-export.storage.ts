// Where the audit export writes: a local folder (AUDIT_EXPORT_DIR, the default) or an S3 bucket on any
// S3-compatible endpoint (AUDIT_EXPORT_S3_*), through the AWS SDK's S3 client.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type * as S3 from '@aws-sdk/client-s3';
import type { ResolvedConfig } from '../../common/config/config';

export interface ExportStorage {
  readonly target: 'folder' | 's3';
  /** The folder's absolute path, or the bucket. */
  readonly location: string;
  put(key: string, body: Buffer, contentType: string): Promise<void>;
  get(key: string): Promise<Buffer>;
}

export type ExportStorageConfig = Pick<
  ResolvedConfig,
  | 'AUDIT_EXPORT_DIR'
  | 'AUDIT_EXPORT_S3_BUCKET'
  | 'AUDIT_EXPORT_S3_ENDPOINT'
  | 'AUDIT_EXPORT_S3_REGION'
  | 'AUDIT_EXPORT_S3_FORCE_PATH_STYLE'
  | 'AUDIT_EXPORT_S3_ACCESS_KEY_ID'
  | 'AUDIT_EXPORT_S3_SECRET_ACCESS_KEY'
>;

export class FolderStorage implements ExportStorage {
  readonly target = 'folder' as const;
  readonly location: string;

  constructor(dir: string) {
    this.location = path.resolve(dir);
  }

  private file(key: string): string {
    const file = path.resolve(this.location, key);
    if (!file.startsWith(this.location + path.sep)) throw new Error(`key ${key} leaves the export folder`);
    return file;
  }

  async put(key: string, body: Buffer): Promise<void> {
    const file = this.file(key);
    await mkdir(path.dirname(file), { recursive: true });
    // Written aside and renamed: a reader never sees half a file.
    const tmp = `${file}.${process.pid}.tmp`;
    await writeFile(tmp, body, { mode: 0o640 });
    await rename(tmp, file);
  }

  get(key: string): Promise<Buffer> {
    return readFile(this.file(key));
  }
}

export class S3Storage implements ExportStorage {
  readonly target = 's3' as const;
  private readonly client: S3.S3Client;
  private readonly sdk: typeof S3;

  constructor(
    readonly location: string,
    cfg: ExportStorageConfig,
  ) {
    const id = cfg.AUDIT_EXPORT_S3_ACCESS_KEY_ID;
    const secret = cfg.AUDIT_EXPORT_S3_SECRET_ACCESS_KEY;
    // Loaded only when S3 is configured: the SDK is ~150 ms of every start otherwise.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    this.sdk = require('@aws-sdk/client-s3') as typeof S3;
    this.client = new this.sdk.S3Client({
      region: cfg.AUDIT_EXPORT_S3_REGION,
      ...(cfg.AUDIT_EXPORT_S3_ENDPOINT ? { endpoint: cfg.AUDIT_EXPORT_S3_ENDPOINT } : {}),
      forcePathStyle: cfg.AUDIT_EXPORT_S3_FORCE_PATH_STYLE,
      ...(id && secret ? { credentials: { accessKeyId: id, secretAccessKey: secret } } : {}),
      // Checksums only where S3 requires them: many S3-compatible servers reject the SDK's default
      // aws-chunked uploads with trailing checksums.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      maxAttempts: 3,
    });
  }

  async put(key: string, body: Buffer, contentType: string): Promise<void> {
    await this.client.send(
      new this.sdk.PutObjectCommand({
        Bucket: this.location,
        Key: key,
        Body: body,
        ContentType: contentType,
      }),
    );
  }

  async get(key: string): Promise<Buffer> {
    const out = await this.client.send(new this.sdk.GetObjectCommand({ Bucket: this.location, Key: key }));
    if (!out.Body) throw new Error(`s3://${this.location}/${key} has no body`);
    return Buffer.from(await out.Body.transformToByteArray());
  }

  destroy(): void {
    this.client.destroy();
  }
}

export function exportStorage(cfg: ExportStorageConfig): ExportStorage {
  return cfg.AUDIT_EXPORT_S3_BUCKET
    ? new S3Storage(cfg.AUDIT_EXPORT_S3_BUCKET, cfg)
    : new FolderStorage(cfg.AUDIT_EXPORT_DIR);
}
