// The JSON body parser, in place of Fastify's: the same parse (Fastify's own, refusing __proto__ and
// constructor.prototype keys) within BODY_LIMIT_BYTES, plus two refusals Fastify's does not make well:
// - nesting deeper than MAX_JSON_DEPTH is a 400 before parsing (deep values overflow the stack of the
//   recursive code after the parser: class-transformer, validation);
// - an oversized body is read to its end (and dropped) before the 413 is sent, up to DRAIN_FACTOR times the
//   limit: answering at once and closing while the client still sends makes the kernel reset the connection,
//   and most clients, which read the answer only after sending, then see a dropped connection, not a 413.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { IncomingMessage } from 'node:http';

export const MAX_JSON_DEPTH = 64;
const DRAIN_FACTOR = 8;

type Done = (err: Error | null, body?: unknown) => void;
type JsonParse = (req: FastifyRequest, body: string, done: Done) => void;

class BodyError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Whether `text` opens more than `max` arrays or objects at once, strings skipped. Linear, no allocation; a text
 * of at most 2 * max characters cannot nest deeper than max, so small bodies are not scanned.
 */
export function nestsDeeperThan(text: string, max: number): boolean {
  if (text.length <= 2 * max) return false;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      let end = text.indexOf('"', i + 1);
      while (end !== -1) {
        let slashes = 0;
        while (text.charCodeAt(end - 1 - slashes) === 0x5c /* \ */) slashes++;
        if (slashes % 2 === 0) break;
        end = text.indexOf('"', end + 1);
      }
      if (end === -1) return false; // not JSON: the parser says so
      i = end;
    } else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      if (++depth > max) return true;
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) depth--;
  }
  return false;
}

export function registerJsonBodyParser(fastify: FastifyInstance, bodyLimit: number): void {
  const parse = fastify.getDefaultJsonParser('error', 'error');
  const drainLimit = bodyLimit * DRAIN_FACTOR;
  const tooLarge = () => new BodyError(413, `The body is larger than ${bodyLimit} bytes.`);
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser(
    'application/json',
    (req: FastifyRequest, payload: IncomingMessage, done: Done) => {
      const declared = Number(req.headers['content-length']);
      // Too large to be worth reading: answer now (Fastify closes the connection after a body error).
      if (declared > drainLimit) return done(tooLarge());
      let chunks: Buffer[] = [];
      let received = 0;
      let over = declared > bodyLimit;
      const detach = () => {
        payload.removeListener('data', onData);
        payload.removeListener('end', onEnd);
        payload.removeListener('error', onError);
      };
      const finish = (err: Error) => {
        detach();
        done(err);
      };
      const onData = (chunk: Buffer) => {
        received += chunk.length;
        if (!over && received > bodyLimit) {
          over = true;
          chunks = [];
        }
        if (!over) chunks.push(chunk);
        else if (received > drainLimit) finish(tooLarge());
      };
      const onEnd = () => {
        if (over) return finish(tooLarge());
        if (!Number.isNaN(declared) && received !== declared)
          return finish(new BodyError(400, 'The body is shorter or longer than its Content-Length.'));
        const text = (chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)).toString('utf8');
        if (nestsDeeperThan(text, MAX_JSON_DEPTH))
          return finish(
            new BodyError(400, `The body nests arrays and objects deeper than ${MAX_JSON_DEPTH} levels.`),
          );
        detach();
        (parse as JsonParse)(req, text, done);
      };
      const onError = (err: Error & { statusCode?: number }) => {
        if (!(typeof err.statusCode === 'number' && err.statusCode >= 400)) err.statusCode = 400;
        finish(err);
      };
      payload.on('data', onData);
      payload.on('end', onEnd);
      payload.on('error', onError);
    },
  );
}
