// A local stand-in for an S3-compatible object store, enough for the AWS SDK's PutObject, GetObject and
// HeadObject with path-style addressing (http://127.0.0.1:<port>/<bucket>/<key>): objects kept in memory per
// bucket. Requests must carry a SigV4 Authorization for the expected access key (the signature itself is not
// checked); aws-chunked uploads (streamed bodies with trailing checksums) are refused, as some S3-compatible
// servers do. No test reaches the internet.
import { createHash } from 'node:crypto';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StoredObject {
  body: Buffer;
  contentType: string;
  etag: string;
  lastModified: Date;
}

export interface FakeS3 {
  /** The endpoint (an http origin). */
  url: string;
  accessKeyId: string;
  secretAccessKey: string;
  buckets: Map<string, Map<string, StoredObject>>;
  calls: Array<{ method: string; bucket: string; key: string }>;
  close(): Promise<void>;
}

const xmlError = (res: ServerResponse, status: number, code: string, message: string, head = false) => {
  res.writeHead(status, { 'content-type': 'application/xml' });
  res.end(
    head
      ? undefined
      : `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message></Error>`,
  );
};

export async function startFakeS3(bucketNames: string[] = ['audit-archive']): Promise<FakeS3> {
  const accessKeyId = 'FAKEACCESSKEY000';
  const secretAccessKey = 'fake-secret-access-key-0000000000000000';
  const buckets = new Map(bucketNames.map((b) => [b, new Map<string, StoredObject>()]));
  const calls: FakeS3['calls'] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (d: Buffer) => chunks.push(d));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const [, bucketName = '', ...rest] = url.pathname.split('/');
      const key = rest.map(decodeURIComponent).join('/');
      const method = req.method ?? 'GET';
      const head = method === 'HEAD';
      calls.push({ method, bucket: bucketName, key });
      const auth = String(req.headers.authorization ?? '');
      if (!auth.startsWith(`AWS4-HMAC-SHA256 Credential=${accessKeyId}/`))
        return xmlError(res, 403, 'InvalidAccessKeyId', 'unknown access key', head);
      const bucket = buckets.get(bucketName);
      if (!bucket) return xmlError(res, 404, 'NoSuchBucket', 'no such bucket', head);
      if (!key) return xmlError(res, 501, 'NotImplemented', 'bucket operations are not implemented', head);
      if (method === 'PUT') {
        const sha = String(req.headers['x-amz-content-sha256'] ?? '');
        if (/aws-chunked/.test(String(req.headers['content-encoding'] ?? '')) || sha.startsWith('STREAMING-'))
          return xmlError(res, 501, 'NotImplemented', 'aws-chunked uploads are not supported');
        const body = Buffer.concat(chunks);
        const etag = `"${createHash('md5').update(body).digest('hex')}"`;
        bucket.set(key, {
          body,
          contentType: String(req.headers['content-type'] ?? 'application/octet-stream'),
          etag,
          lastModified: new Date(),
        });
        res.writeHead(200, { etag });
        return res.end();
      }
      if (method === 'GET' || head) {
        const obj = bucket.get(key);
        if (!obj) return xmlError(res, 404, 'NoSuchKey', 'The specified key does not exist.', head);
        res.writeHead(200, {
          'content-type': obj.contentType,
          'content-length': obj.body.length,
          etag: obj.etag,
          'last-modified': obj.lastModified.toUTCString(),
        });
        return res.end(head ? undefined : obj.body);
      }
      return xmlError(res, 405, 'MethodNotAllowed', `${method} is not implemented`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    accessKeyId,
    secretAccessKey,
    buckets,
    calls,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The configuration that points the audit export at the fake (path-style, static credentials). */
export const fakeS3Config = (fake: FakeS3, bucket = 'audit-archive') => ({
  AUDIT_EXPORT_S3_BUCKET: bucket,
  AUDIT_EXPORT_S3_ENDPOINT: fake.url,
  AUDIT_EXPORT_S3_FORCE_PATH_STYLE: 'true',
  AUDIT_EXPORT_S3_ACCESS_KEY_ID: fake.accessKeyId,
  AUDIT_EXPORT_S3_SECRET_ACCESS_KEY: fake.secretAccessKey,
});
