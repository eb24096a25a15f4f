// Builds the HTTP application (Fastify adapter) around AppModule: request ids, JSON logs with redaction
// (one pino logger, see common/logging/logger.ts), problem-details for errors raised by Fastify itself,
// security headers (helmet), CORS, and the OpenAPI document.
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import {
  LogController,
  type FastifyBaseLogger,
  type FastifyError,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger as Pino } from 'pino';
import { AppModule, type AppOptions } from './app.module';
import { trustProxyOption } from './common/config/config';
import { problem } from './common/errors/domain-error';
import { RlsTransactions } from './common/database/rls-transactions';
import { registerJsonBodyParser } from './common/http/json-body.parser';
import { createLogger, nestLogger, requestLogger, withRequestLogger } from './common/logging/logger';
import { Metrics } from './common/metrics/metrics';
import { registerMetricsRoute } from './common/metrics/metrics.route';
import { OAuthConsent, OAuthServer, registerOAuthRoutes } from './modules/identity';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

export interface CreateAppOptions extends AppOptions {
  /** The root logger (main.ts passes the one it logged the boot with); by default one on stdout at LOG_LEVEL. */
  logger?: Pino;
}

/**
 * The headers helmet sets for `options`, computed once. Nothing in them varies by request (no CSP nonces), and
 * set on each reply through Fastify they keep Node's fast path for writing headers; helmet's middleware (and
 * @fastify/helmet, which also rebuilds it per request) writes them on the raw response instead.
 */
export function helmetHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const res = {
    setHeader: (name: string, value: string) => void (headers[name.toLowerCase()] = value),
    removeHeader: (name: string) => void delete headers[name.toLowerCase()],
  };
  helmet(options)({} as IncomingMessage, res as unknown as ServerResponse, (err?: unknown) => {
    if (err) throw err;
  });
  return headers;
}

// The API answers JSON, and /docs (Swagger UI) loads its scripts and styles from this origin, which the
// default policy allows. No upgrade-insecure-requests: /docs over plain HTTP (a LAN address) would load nothing.
const SECURITY_HEADERS = helmetHeaders({
  contentSecurityPolicy: { directives: { frameAncestors: ["'none'"], upgradeInsecureRequests: null } },
  frameguard: { action: 'deny' },
  referrerPolicy: { policy: 'no-referrer' },
});

export function buildOpenApi(app: NestFastifyApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Carebase API')
    .setDescription(
      'Multi-tenant health platform. Every call runs in one PostgreSQL transaction under Row Level Security as the caller. ' +
        'Errors are RFC 9457 problem details. Authorize with a Bearer access token (from /api/auth/sign-in) or an X-API-Key.',
    )
    .setVersion('0.1.0')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, 'bearer')
    .addApiKey({ type: 'apiKey', in: 'header', name: 'X-API-Key' }, 'api-key')
    .addServer('/')
    .build();
  const document = SwaggerModule.createDocument(app, config);
  // A public operation needs no credentials: say so with an empty requirement instead of leaving it unstated.
  for (const item of Object.values(document.paths))
    for (const op of Object.values(item) as Array<{
      'x-access'?: { public?: boolean };
      security?: unknown[];
    }>)
      if (op && typeof op === 'object' && op['x-access']?.public && !op.security) op.security = [];
  return document;
}

export async function createApp(options: CreateAppOptions): Promise<NestFastifyApplication> {
  const { config } = options;
  const logger = options.logger ?? createLogger(config.LOG_LEVEL);
  const adapter = new FastifyAdapter({
    bodyLimit: config.BODY_LIMIT_BYTES,
    trustProxy: trustProxyOption(config.TRUST_PROXY),
    // The request id (responses, logs, audit_logs.request_id) is always the server's own. A client's
    // X-Request-Id, when well-formed, is only written beside it on the request's log lines (clientRequestId).
    requestIdHeader: false,
    genReqId: () => randomUUID(),
    childLoggerFactory: (
      parent: FastifyBaseLogger,
      bindings: Record<string, unknown>,
      opts: Parameters<FastifyBaseLogger['child']>[1],
      raw: IncomingMessage,
    ) => {
      const given = raw.headers['x-request-id'];
      return requestLogger(
        parent as Pino,
        typeof given === 'string' && REQUEST_ID.test(given)
          ? { ...bindings, clientRequestId: given }
          : bindings,
        opts,
      );
    },
    logController: new LogController({ disableRequestLogging: true }),
    // No Nest middleware here (request ids, logging, CORS and security headers are Fastify hooks): without
    // middie, no middleware runner on every request.
    skipMiddie: true,
    // Refusals Fastify answers before Nest sees the request, as problem details too (400, documented on
    // every route): a path parameter over maxParamLength, a malformed URL; on the socket, oversized headers.
    frameworkErrors: (err: FastifyError, req: FastifyRequest, reply: FastifyReply) => {
      const detail =
        err.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'A path parameter is too long.' : 'The URL is malformed.';
      void reply
        .code(400)
        .header('content-type', 'application/problem+json; charset=utf-8')
        .send(problem('invalid-input', detail, String(req.id)));
    },
    clientErrorHandler: (err: Error & { code?: string }, socket) => {
      if (err.code === 'ECONNRESET' || socket.destroyed) return;
      const detail =
        err.code === 'HPE_HEADER_OVERFLOW'
          ? 'The request line or headers are too large.'
          : 'The request is malformed.';
      const body = JSON.stringify(problem('invalid-input', detail, randomUUID()));
      if (socket.writable)
        socket.write(
          `HTTP/1.1 400 Bad Request\r\nContent-Length: ${Buffer.byteLength(body)}\r\nContent-Type: application/problem+json; charset=utf-8\r\nConnection: close\r\n\r\n${body}`,
        );
      socket.destroy(err);
    },
    // Silent: Fastify's no-op logger, so no child logger is made per request.
    ...(logger.level === 'silent' ? {} : { loggerInstance: logger }),
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(options), adapter, {
    // Inside a request, the request's child logger (its reqId, bound in the onRequest hook below); outside
    // one (boot, jobs), the root logger.
    logger: nestLogger(logger),
    // JSON bodies only (Fastify's own parser, within bodyLimit). Nest's default would also parse
    // application/x-www-form-urlencoded, and Fastify parses text/plain: both are content types a foreign
    // page can POST without a CORS preflight. Anything but JSON is answered 415.
    bodyParser: false,
  });

  const fastify = app.getHttpAdapter().getInstance();
  fastify.removeContentTypeParser('text/plain');
  registerJsonBodyParser(fastify, config.BODY_LIMIT_BYTES);
  const bindLogger = logger.level !== 'silent';
  fastify.addHook('onRequest', (req, reply, done) => {
    // no-store unless the route sets its own cache-control.
    void reply.headers(SECURITY_HEADERS).header('x-request-id', req.id).header('cache-control', 'no-store');
    if (bindLogger) withRequestLogger(req.log as Pino, done);
    else done();
  });
  const metrics = app.get(Metrics);
  registerMetricsRoute(fastify, metrics, app.get(RlsTransactions), config.METRICS_TOKEN);
  registerOAuthRoutes(fastify, app.get(OAuthServer), app.get(OAuthConsent));
  fastify.addHook('onResponse', (req, reply, done) => {
    // By route pattern (bounded), never by URL; requests no route matched share one label.
    metrics.observeRequest(
      req.method,
      req.routeOptions.url ?? 'unmatched',
      reply.statusCode,
      reply.elapsedTime / 1000,
    );
    if (reply.statusCode >= 500)
      req.log.error(
        { method: req.method, url: req.url, status: reply.statusCode, ms: reply.elapsedTime },
        'request',
      );
    else
      req.log.info(
        {
          method: req.method,
          url: req.url,
          status: reply.statusCode,
          ms: Math.round(reply.elapsedTime * 10) / 10,
        },
        'request',
      );
    done();
  });

  const origins = config.CORS_ORIGINS.split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  // Without CORS_ORIGINS no origin is allowed: no CORS hook at all (a preflight then gets the 404 it got with
  // the hook disabled, and no response carries CORS headers).
  if (origins.length)
    app.enableCors({
      origin: origins,
      methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
      allowedHeaders: ['authorization', 'content-type', 'x-api-key', 'x-request-id', 'idempotency-key'],
      exposedHeaders: ['x-request-id'],
      maxAge: 600,
    });

  // Built on the first request for it (then kept): ~0.3 s that start-up need not wait for.
  SwaggerModule.setup('docs', app, () => buildOpenApi(app), {
    jsonDocumentUrl: 'openapi.json',
    yamlDocumentUrl: 'openapi.yaml',
    swaggerOptions: { persistAuthorization: true },
  });
  return app;
}
