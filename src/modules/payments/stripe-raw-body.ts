// The Stripe webhook's signature covers the exact bytes of the body, so that one route keeps them
// (req.rawBody) before Fastify's JSON parser runs. The hook is attached to that route alone as Fastify registers
// it (an onRoute hook added when the module is instantiated, during NestFactory.create, before Nest registers
// any route): other requests do not run it at all.
import { Injectable, PayloadTooLargeException } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Readable } from 'node:stream';

export const STRIPE_WEBHOOK_PATH = '/api/webhooks/stripe';
/** Stripe events are small; 512 KiB is generous and bounds what is buffered. */
const MAX_WEBHOOK_BYTES = 512 * 1024;

export type RawBodyRequest = FastifyRequest & { rawBody?: Buffer };

@Injectable()
export class StripeRawBody {
  constructor(adapterHost: HttpAdapterHost) {
    const fastify = adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (!fastify?.addHook) return;
    let attached = false;
    fastify.addHook('onRoute', (route) => {
      if (route.url !== STRIPE_WEBHOOK_PATH) return;
      const own = route.preParsing;
      route.preParsing = [...(own ? (Array.isArray(own) ? own : [own]) : []), keepRawBody];
      attached = true;
    });
    // Registered after the route (this provider made late), every webhook would fail its signature check: the
    // server refuses to start instead.
    fastify.addHook('onReady', (done) =>
      done(
        attached
          ? undefined
          : new Error(`The Stripe webhook route ${STRIPE_WEBHOOK_PATH} has no raw-body hook`),
      ),
    );
  }
}

async function keepRawBody(req: RawBodyRequest, _reply: unknown, payload: AsyncIterable<unknown>) {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of payload) {
    size += (chunk as Buffer).length;
    if (size > MAX_WEBHOOK_BYTES) throw new PayloadTooLargeException('The webhook body is too large.');
    chunks.push(chunk as Buffer);
  }
  req.rawBody = Buffer.concat(chunks);
  // Fastify's parser reads the same bytes from a fresh stream (a Buffer is emitted whole, not iterated).
  const replay = Readable.from(req.rawBody) as Readable & { receivedEncodedLength?: number };
  replay.receivedEncodedLength = size;
  return replay;
}
