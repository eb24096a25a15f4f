// Companion chat over HTTP against the local OpenAI-compatible fake server: the organization's opt-in before
// any health data leaves (403 until an admin enables it), whole and streamed replies stored only when
// complete, a dropped or broken stream storing nothing, every model call in ai_command_logs without its
// content, 503 without a configured model, bad input, other users' sessions (404), and a session's end
// (summary by the rule-based writer; long-term memory on the pro plan only).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { apiClient, expectError, expectOk, expectStatus } from '../support/api-client';
import { startApp, type TestApp } from '../support/app';
import { createTestDatabase, testConfig, type TestDb } from '../support/db';
import { startFakeOpenAi, type FakeOpenAi } from '../support/fake-openai';
import { newOrg, newUser, setPlan, type TestOrg, type TestUser } from '../support/factories';

let fake: FakeOpenAi;
let db: TestDb;
let api: TestApp;
let offline: TestApp;
let org: TestOrg;
let admin: TestUser;
let alice: TestUser;
let bob: TestUser;
const as = (u: TestUser, app = api) => apiClient(app, u.token);
const byId = (id: string) => ({ params: { path: { id } } });

async function newSession(u: TestUser): Promise<string> {
  return expectOk(await as(u).POST('/api/chat/sessions', { body: { title: 'Evening' } }), 201).id;
}
const send = (u: TestUser, id: string, content: string) =>
  as(u).POST('/api/chat/sessions/{id}/messages', { ...byId(id), body: { content } });
const stored = async (sessionId: string) =>
  (
    await db.owner.query(
      `SELECT role, content FROM chat_messages WHERE session_id = $1 ORDER BY created_at`,
      [sessionId],
    )
  ).rows;
const logs = async (u: TestUser) =>
  (await db.owner.query(`SELECT * FROM ai_command_logs WHERE user_id = $1 ORDER BY created_at`, [u.id])).rows;

/** Reads a server-sent event stream to its end; answers the events. */
async function streamReply(
  u: TestUser,
  sessionId: string,
  content: string,
  opts: { abortAfterDeltas?: number; app?: TestApp; origin?: string } = {},
): Promise<{ status: number; events: { event: string; data: any }[]; headers: Headers }> {
  const abort = new AbortController();
  const res = await fetch(`${(opts.app ?? api).url}/api/chat/sessions/${sessionId}/messages/stream`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${u.token}`,
      'content-type': 'application/json',
      accept: 'text/event-stream',
      ...(opts.origin ? { origin: opts.origin } : {}),
    },
    body: JSON.stringify({ content }),
    signal: abort.signal,
  });
  const events: { event: string; data: any }[] = [];
  if (res.status !== 200)
    return {
      status: res.status,
      events: [{ event: 'problem', data: await res.json() }],
      headers: res.headers,
    };
  let buffer = '';
  const decoder = new TextDecoder();
  try {
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      buffer += decoder.decode(chunk, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event = /^event: (.*)$/m.exec(block)?.[1] ?? 'message';
        const data = JSON.parse(/^data: (.*)$/m.exec(block)?.[1] ?? 'null');
        events.push({ event, data });
        if (
          opts.abortAfterDeltas !== undefined &&
          events.filter((e) => e.event === 'delta').length >= opts.abortAfterDeltas
        )
          abort.abort();
      }
    }
  } catch (err) {
    if (!abort.signal.aborted) throw err;
  }
  return { status: res.status, events, headers: res.headers };
}

beforeAll(async () => {
  fake = await startFakeOpenAi();
  db = await createTestDatabase(
    testConfig({
      AI_BASE_URL: fake.url,
      AI_API_KEY: 'sk-test',
      AI_CHAT_MODEL: 'fake-chat',
      AI_MAX_RETRIES: '0',
    }),
  );
  api = await startApp(db);
  offline = await startApp({ ...db, config: testConfig() });
  org = await newOrg(db, 'Companion clinic');
  admin = await newUser(db, org, 'admin');
  alice = await newUser(db, org, 'patient');
  bob = await newUser(db, org, 'patient');
});
afterAll(async () => {
  await api?.close();
  await offline?.close();
  await db?.close();
  await fake?.close();
});
beforeEach(() => fake.reset());

describe('companion chat', () => {
  it('without a configured model answers 503 saying so; sessions still work', async () => {
    const id = expectOk(await as(alice, offline).POST('/api/chat/sessions', { body: {} }), 201).id;
    const res = await as(alice, offline).POST('/api/chat/sessions/{id}/messages', {
      ...byId(id),
      body: { content: 'hi' },
    });
    expect(expectError(res, 503).detail).toMatch(/No chat model is configured/);
    expect(await stored(id)).toEqual([]);
  });

  it('sends nothing to the model until an admin allows it for the organization', async () => {
    const id = await newSession(alice);
    expect(expectError(await send(alice, id, 'I feel low'), 403).detail).toMatch(
      /not allowed sending health data/,
    );
    expect(fake.requests).toHaveLength(0);
    expectStatus(
      await as(alice).PATCH('/api/organization', { body: { settings: { ai_external_models: true } } }),
      403,
    );
    expectOk(
      await as(admin).PATCH('/api/organization', { body: { settings: { ai_external_models: true } } }),
      200,
    );
    fake.script({ text: 'I am sorry to hear that.', usage: { prompt_tokens: 30, completion_tokens: 6 } });
    const exchange = expectOk(await send(alice, id, 'I feel low'), 201);
    expect(exchange.reply.content).toBe('I am sorry to hear that.');
    expect(exchange.message).toMatchObject({ role: 'user', content: 'I feel low' });
    expect(await stored(id)).toEqual([
      { role: 'user', content: 'I feel low' },
      { role: 'assistant', content: 'I am sorry to hear that.' },
    ]);
    // The call is logged: model, sizes, tokens, latency; never the content.
    const [log] = (await logs(alice)).slice(-1);
    expect(log).toMatchObject({
      status: 'COMPLETED',
      model: 'fake-chat',
      prompt_tokens: 30,
      completion_tokens: 6,
    });
    expect(JSON.stringify(log)).not.toMatch(/feel low|sorry/);
    // The history goes to the model with the next message.
    fake.script({ text: 'Tell me more.' });
    expectOk(await send(alice, id, 'Work is hard'), 201);
    const messages = fake.requests[1].body.messages as { role: string; content: string }[];
    expect(messages.map((m) => m.content)).toEqual(
      expect.arrayContaining(['I feel low', 'I am sorry to hear that.', 'Work is hard']),
    );
  });

  it('streams the reply as server-sent events and stores it once complete', async () => {
    const id = await newSession(alice);
    fake.script({ chunks: ['Breathe ', 'slowly, ', 'you are safe.'], chunkDelayMs: 10 });
    const { status, events } = await streamReply(alice, id, 'I am anxious');
    expect(status).toBe(200);
    const deltas = events.filter((e) => e.event === 'delta').map((e) => e.data.text);
    expect(deltas.join('')).toBe('Breathe slowly, you are safe.');
    const done = events.find((e) => e.event === 'done')!;
    expect(done.data.reply.content).toBe('Breathe slowly, you are safe.');
    expect(await stored(id)).toEqual([
      { role: 'user', content: 'I am anxious' },
      { role: 'assistant', content: 'Breathe slowly, you are safe.' },
    ]);
  });

  it("the stream carries the server's security, CORS and request-id headers, as a JSON reply does", async () => {
    const origin = 'https://companion.example';
    const cors = await startApp({
      ...db,
      config: testConfig({
        AI_BASE_URL: fake.url,
        AI_API_KEY: 'sk-test',
        AI_CHAT_MODEL: 'fake-chat',
        AI_MAX_RETRIES: '0',
        CORS_ORIGINS: origin,
      }),
    });
    try {
      const id = await newSession(alice);
      const json = await fetch(`${cors.url}/api/chat/sessions/${id}`, {
        headers: { authorization: `Bearer ${alice.token}`, origin },
      });
      expect(json.status).toBe(200);
      await json.arrayBuffer();
      fake.script({ chunks: ['Hello.'] });
      const sse = await streamReply(alice, id, 'Hi', { app: cors, origin });
      expect(sse.status).toBe(200);
      expect(sse.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
      // Every header of the JSON reply but those about its own body and connection, with the same value.
      const own = new Set(['content-type', 'content-length', 'date', 'connection', 'keep-alive', 'etag']);
      const expected: [string, string][] = [];
      json.headers.forEach((value, name) => {
        if (!own.has(name) && name !== 'x-request-id') expected.push([name, value]);
      });
      expect(expected.map(([name]) => name)).toEqual(
        expect.arrayContaining([
          'content-security-policy',
          'strict-transport-security',
          'x-frame-options',
          'referrer-policy',
          'x-content-type-options',
          'cache-control',
          'access-control-allow-origin',
        ]),
      );
      for (const [name, value] of expected) expect([name, sse.headers.get(name)]).toEqual([name, value]);
      expect(sse.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      expect(sse.headers.get('x-request-id')).not.toBe(json.headers.get('x-request-id'));
    } finally {
      await cors.close();
    }
  });

  it('a stream the client drops leaves no message; the call is logged as ERROR', async () => {
    const id = await newSession(alice);
    fake.script({ chunks: ['One ', 'two ', 'three ', 'four ', 'five.'], chunkDelayMs: 150 });
    await streamReply(alice, id, 'Count for me', { abortAfterDeltas: 1 });
    await expect.poll(async () => (await logs(alice)).slice(-1)[0].status, { timeout: 5000 }).toBe('ERROR');
    expect((await logs(alice)).slice(-1)[0].error).toMatch(/client closed/);
    expect(await stored(id)).toEqual([]);
  });

  it('a stream the model breaks ends with an error event and stores nothing', async () => {
    const id = await newSession(alice);
    fake.script({ chunks: ['Half ', 'an ', 'answer'], dropAfterChunks: 2, chunkDelayMs: 20 });
    const { events } = await streamReply(alice, id, 'Tell me');
    expect(events.slice(-1)[0]).toMatchObject({ event: 'error', data: { status: 503 } });
    expect(await stored(id)).toEqual([]);
    fake.script({ status: 500 });
    expectError(await send(alice, id, 'Tell me'), 503);
    expect(await stored(id)).toEqual([]);
  });

  it("each user reads their own model calls, never another's, and never their content", async () => {
    const mine = expectOk(
      await as(alice).GET('/api/ai-command-logs', { params: { query: { limit: 100 } } }),
      200,
    );
    expect(mine.items.length).toBeGreaterThan(0);
    expect(
      mine.items.every((l) => l.model === 'fake-chat' && ['COMPLETED', 'ERROR'].includes(l.status)),
    ).toBe(true);
    expect(JSON.stringify(mine.items)).not.toMatch(/feel low|anxious|Breathe/);
    expectOk(await as(alice).GET('/api/ai-command-logs/{id}', byId(mine.items[0].id)), 200);
    expectStatus(await as(bob).GET('/api/ai-command-logs/{id}', byId(mine.items[0].id)), 404);
  });

  it('refuses oversized messages and other users’ sessions', async () => {
    const id = await newSession(alice);
    expectError(await send(alice, id, 'x'.repeat(4001)), 400);
    expectError(await send(bob, id, 'hello'), 404);
    expectStatus(await as(bob).GET('/api/chat/sessions/{id}', byId(id)), 404);
    expectStatus(await as(bob).GET('/api/chat/sessions/{id}/messages', byId(id)), 404);
    expect(fake.requests).toHaveLength(0);
  });

  it('ending a session writes its summary; on the pro plan it becomes a long-term memory', async () => {
    for (const [user, plan] of [
      [bob, 'free'],
      [alice, 'pro'],
    ] as const) {
      await setPlan(db, user, plan);
      const id = await newSession(user);
      fake.script({ text: 'I hear you.' });
      expectOk(await send(user, id, 'I was so anxious and worried today'), 201);
      const ended = expectOk(await as(user).POST('/api/chat/sessions/{id}/end', byId(id)), 200);
      expect(ended.dominantEmotion).toBe('anxious');
      expect(ended.summary).toMatch(/rule-based writer/);
      expect(ended.endedAt).not.toBeNull();
      expectStatus(await as(user).POST('/api/chat/sessions/{id}/end', byId(id)), 409);
      expectError(await send(user, id, 'more'), 409);
      const { rows } = await db.owner.query(
        `SELECT source_type FROM user_memory WHERE user_id = $1 AND source_id = $2`,
        [user.id, id],
      );
      expect(rows).toHaveLength(plan === 'pro' ? 1 : 0);
    }
  });
});
