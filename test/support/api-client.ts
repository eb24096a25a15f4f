// The API through the typed client: openapi-fetch over test/client/schema.d.ts, which is generated from the
// live OpenAPI document. Paths, parameters, request bodies and answers are checked by the compiler, so a
// contract change breaks the tests that use it at `tsc`. Requests the contract forbids on purpose (malformed
// or unknown fields, raw strings, wrong content types, header tricks) go through the untyped `app.request`.
import createClient, { type Client } from 'openapi-fetch';
import { expect } from 'vitest';
import type { components, paths } from '../client/schema';
import type { TestApp } from './app';

export type ApiClient = Client<paths, 'application/json'>;

/** Who calls: an access token (or an API key sent as a bearer), an API key in X-API-Key, extra headers. */
export interface ApiCaller {
  token?: string;
  apiKey?: string;
  headers?: Record<string, string>;
}

/** A client bound to the app's URL; a string is a bearer token, anything else an anonymous caller. */
export function apiClient(app: Pick<TestApp, 'url'>, caller: string | ApiCaller = {}): ApiClient {
  const { token, apiKey, headers = {} } = typeof caller === 'string' ? { token: caller } : caller;
  return createClient<paths, 'application/json'>({
    baseUrl: app.url,
    headers: {
      ...headers,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(apiKey ? { 'x-api-key': apiKey } : {}),
    },
  });
}

/** What every openapi-fetch call answers: the typed body of a success or of a failure, and the response. */
export type ApiResult = { data?: unknown; error?: unknown; response: Response };

/** The RFC 9457 problem every route of the document answers on failure. */
export type Problem = components['schemas']['ProblemDto'];

/** One call of a table of calls (the same check over several routes). */
export type ApiCall = (client: ApiClient) => Promise<ApiResult & { error?: Problem }>;

/** Asserts the status (the message names the body when it differs). */
export function expectStatus(res: ApiResult, status: number, message?: string): void {
  const got = res.response.status;
  const body = got === status ? '' : `${got}: ${JSON.stringify(res.error ?? res.data)}`;
  expect(got, [message, body].filter(Boolean).join(' ') || undefined).toBe(status);
}

/** Asserts a success status and returns its body, typed by the document. */
export function expectOk<R extends ApiResult>(
  res: R,
  status: number,
  message?: string,
): NonNullable<R['data']> {
  expectStatus(res, status, message);
  return res.data as NonNullable<R['data']>;
}

/** Asserts a failure status and returns its problem body, typed by the document. */
export function expectError<R extends ApiResult>(
  res: R,
  status: number,
  message?: string,
): NonNullable<R['error']> {
  expectStatus(res, status, message);
  return res.error as NonNullable<R['error']>;
}

/** Runs a table of calls as one client; answers the calls whose status was not `status`, as "route -> got". */
export async function callsNotAnswering(
  client: ApiClient,
  calls: Array<[string, ApiCall]>,
  status: number,
): Promise<string[]> {
  const wrong: string[] = [];
  for (const [route, call] of calls) {
    const res = await call(client);
    if (res.response.status !== status) wrong.push(`${route} -> ${res.response.status}`);
  }
  return wrong;
}
