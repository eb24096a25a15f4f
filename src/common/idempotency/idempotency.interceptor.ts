// Idempotency-Key for requests that move money (Stripe's rules): the first response to a key is stored in
// the same transaction as the request's effect; a replay of the key with the same method, path and body
// answers that response again (header Idempotent-Replayed: true) without running the handler; a replay with
// different parameters is refused with 422. Keys are per caller (user or API key) and organization, and
// live in public.idempotency_keys under RLS. Requests that fail roll back with their key, so a retry after
// an error runs again (nothing of the first attempt was committed).
//
// Use: `@Idempotent()` on a POST handler. The request transaction's route wrapper (common/http/
// request-transaction.ts) runs `idempotent()` inside the request's RLS transaction, around the handler.
import { applyDecorators, SetMetadata } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { ApiHeader, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { createHash } from 'node:crypto';
import { sql } from '../database/sql';
import { ProblemDto } from '../dto/problem.dto';
import { DomainError } from '../errors/domain-error';
import type { CarebaseRequest } from '../guards/access.guard';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
export const IDEMPOTENT_KEY = 'carebase:idempotent';
const KEY = /^[\x21-\x7e]{1,255}$/;

/** Canonical JSON (object keys sorted) so that key order does not change the request's hash. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value as Record<string, unknown>)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value ?? null);
}

export function requestHash(method: string, path: string, body: unknown): Buffer {
  return createHash('sha256')
    .update(`${method}\n${path}\n${canonical(body)}`)
    .digest();
}

interface StoredKey {
  request_hash: Buffer;
  response_status: number | null;
  response_body: unknown;
}

/** The handler's @HttpCode, if it declares one. */
export function idempotentStatus(handler: Function): number | undefined {
  return Reflect.getMetadata(HTTP_CODE_METADATA, handler) as number | undefined;
}

/** Runs `handler` once per Idempotency-Key, inside the request's transaction; a replay answers the stored response. */
export async function idempotent(
  req: CarebaseRequest,
  reply: FastifyReply,
  httpCode: number | undefined,
  handler: () => Promise<unknown>,
): Promise<unknown> {
  const header = req.headers[IDEMPOTENCY_HEADER];
  if (header === undefined) return handler();
  const key = Array.isArray(header) ? header[0] : header;
  if (!KEY.test(key))
    throw new DomainError(
      'invalid-input',
      'The Idempotency-Key header must be 1-255 visible ASCII characters.',
      [{ field: 'Idempotency-Key', message: 'invalid' }],
    );
  // The status Nest will answer with (the handler's @HttpCode, else 201 for POST).
  return run(key, httpCode ?? (req.method === 'POST' ? 201 : 200), req, reply, handler);
}

async function run(
  key: string,
  status: number,
  req: CarebaseRequest,
  reply: FastifyReply,
  handler: () => Promise<unknown>,
): Promise<unknown> {
  const db = sql();
  const path = req.url.split('?')[0];
  const hash = requestHash(req.method, req.url, req.body);
  // A concurrent request with the same key waits here on the unique index until the first commits.
  const inserted = await db.one<{ id: string }>(
    `INSERT INTO public.idempotency_keys (idempotency_key, method, path, request_hash) VALUES ($1, $2, $3, $4)
       ON CONFLICT (org_id, (coalesce(user_id, api_key_id)), idempotency_key) DO NOTHING RETURNING id`,
    [key, req.method, path, hash],
  );
  if (!inserted) {
    const stored = await db.one<StoredKey>(
      `SELECT request_hash, response_status, response_body FROM public.idempotency_keys
         WHERE idempotency_key = $1 AND org_id = public.auth_org_id()
           AND coalesce(user_id, api_key_id) = coalesce(auth.uid(), (nullif(auth.jwt() ->> 'api_key_id', ''))::uuid)`,
      [key],
    );
    if (!stored || !Buffer.from(stored.request_hash).equals(hash))
      throw new DomainError(
        'unprocessable',
        'This Idempotency-Key was used with different parameters; use a new key for a new request.',
      );
    if (stored.response_status === null)
      throw new DomainError(
        'conflict',
        'A request with this Idempotency-Key is still in progress; retry it.',
      );
    void reply.header('idempotent-replayed', 'true');
    return stored.response_body;
  }
  const result = await handler();
  await db.exec(
    `UPDATE public.idempotency_keys SET response_status = $2, response_body = $3::jsonb WHERE id = $1`,
    [inserted.id, status, JSON.stringify(result ?? null)],
  );
  return result;
}

/** Accepts an Idempotency-Key header on a money-moving POST (see idempotent()). */
export function Idempotent() {
  return applyDecorators(
    SetMetadata(IDEMPOTENT_KEY, true),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description:
        'A unique key per intended operation (e.g. a UUID). Replaying it returns the first response; replaying it with different parameters is refused with 422.',
    }),
    ApiUnprocessableEntityResponse({
      description: 'Idempotency-Key reused with different parameters',
      type: ProblemDto,
    }),
  );
}
