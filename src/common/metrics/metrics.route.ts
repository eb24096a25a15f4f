// GET /metrics: the Prometheus text format, behind a bearer token (METRICS_TOKEN). A Fastify route rather
// than a Nest controller: it is operations' endpoint, not the API's (not in the OpenAPI document, no claims,
// no request transaction of its own; the database-held figures are read as the service role).
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { RlsTransactions } from '../database/rls-transactions';
import { sqlFor } from '../database/sql';
import { problem, type ErrorCode } from '../errors/domain-error';
import type { Metrics } from './metrics';

const sha256 = (text: string) => createHash('sha256').update(text).digest();

function refuse(req: FastifyRequest, reply: FastifyReply, code: ErrorCode, detail: string) {
  return reply
    .code(code === 'unauthorized' ? 401 : 404)
    .header('content-type', 'application/problem+json; charset=utf-8')
    .send(problem(code, detail, String(req.id)));
}

export function registerMetricsRoute(
  fastify: FastifyInstance,
  metrics: Metrics,
  transactions: RlsTransactions,
  token: string | undefined,
): void {
  const expected = token ? sha256(token) : undefined;
  fastify.get('/metrics', async (req, reply) => {
    if (!expected)
      return refuse(req, reply, 'not-found', 'Metrics are not enabled on this instance: set METRICS_TOKEN.');
    const given = /^bearer +(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    // Hashes of equal length, so the comparison takes the same time whatever was sent.
    if (!given || !timingSafeEqual(sha256(given), expected)) {
      void reply.header('www-authenticate', 'Bearer realm="metrics"');
      return refuse(
        req,
        reply,
        'unauthorized',
        'GET /metrics needs "Authorization: Bearer <METRICS_TOKEN>".',
      );
    }
    const text = await metrics.render((read) =>
      transactions.asService('metrics', (manager) => read(sqlFor(manager.queryRunner!))),
    );
    return reply.header('content-type', metrics.contentType).send(text);
  });
}
