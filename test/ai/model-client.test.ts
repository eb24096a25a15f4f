// The OpenAI-compatible client against the local fake server (the real code path, no internet): whole and
// streamed answers with usage, retries with backoff on 429 and 5xx (Retry-After honoured), none on other
// errors, time limits, dropped streams; the lexical embedder's documented properties; and AiCalls, which
// commits a PENDING ai_command_logs row before every call and its outcome after, never the content.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AiCalls } from '../../src/modules/ai/models/ai-calls';
import { LexicalEmbedder } from '../../src/modules/ai/models/lexical-embedder';
import { ModelError } from '../../src/modules/ai/models/model.types';
import {
  OpenAiCompatibleEmbedder,
  OpenAiCompatibleEndpoint,
  OpenAiCompatibleGenerator,
} from '../../src/modules/ai/models/openai-compatible.client';
import { createTestDatabase, type TestDb } from '../support/db';
import { startFakeOpenAi, type FakeOpenAi } from '../support/fake-openai';
import { newAiCommandLog, newOrg, newUser, type TestUser } from '../support/factories';

let fake: FakeOpenAi;
let db: TestDb;
let user: TestUser;
const endpoint = (o: Partial<ConstructorParameters<typeof OpenAiCompatibleEndpoint>[0]> = {}) =>
  new OpenAiCompatibleEndpoint({
    baseUrl: fake.url,
    apiKey: 'sk-test',
    timeoutMs: 2000,
    maxRetries: 2,
    backoffMs: 5,
    ...o,
  });
const turns = [{ role: 'user' as const, content: 'How did I sleep?' }];

beforeAll(async () => {
  fake = await startFakeOpenAi(16);
  db = await createTestDatabase();
  user = await newUser(db, await newOrg(db, 'Calls'), 'patient');
});
afterAll(async () => {
  await fake?.close();
  await db?.close();
});
beforeEach(() => fake.reset());

async function drain(gen: AsyncGenerator<string, unknown, void>): Promise<{ text: string; usage: unknown }> {
  let text = '';
  for (;;) {
    const step = await gen.next();
    if (step.done) return { text, usage: step.value };
    text += step.value;
  }
}

describe('OpenAI-compatible client', () => {
  it('generates, with the key as a bearer and the usage', async () => {
    fake.script({ text: 'You slept well.', usage: { prompt_tokens: 9, completion_tokens: 4 } });
    const out = await new OpenAiCompatibleGenerator(endpoint(), 'fake-chat').generate(turns);
    expect(out).toEqual({ text: 'You slept well.', promptTokens: 9, completionTokens: 4 });
    expect(fake.requests[0].headers.authorization).toBe('Bearer sk-test');
    expect(fake.requests[0].body).toMatchObject({ model: 'fake-chat', messages: turns });
  });

  it('streams deltas and ends with the usage', async () => {
    fake.script({ chunks: ['You ', 'slept ', 'well.'], usage: { prompt_tokens: 3, completion_tokens: 3 } });
    const out = await drain(new OpenAiCompatibleGenerator(endpoint(), 'fake-chat').stream(turns));
    expect(out).toEqual({ text: 'You slept well.', usage: { promptTokens: 3, completionTokens: 3 } });
    expect(fake.requests[0].body.stream).toBe(true);
  });

  it('retries 429 and 5xx with backoff, then succeeds', async () => {
    fake.script({ status: 429, retryAfter: 0 }, { status: 503 }, { text: 'ok' });
    const out = await new OpenAiCompatibleGenerator(endpoint(), 'm').generate(turns);
    expect(out.text).toBe('ok');
    expect(fake.requests).toHaveLength(3);
  });

  it('gives up after the configured retries, and never retries a 400', async () => {
    fake.script({ status: 500 }, { status: 500 }, { status: 500 }, { text: 'late' });
    await expect(new OpenAiCompatibleGenerator(endpoint(), 'm').generate(turns)).rejects.toMatchObject({
      status: 500,
    });
    expect(fake.requests).toHaveLength(3);
    fake.reset();
    fake.script({ status: 400 }, { text: 'never' });
    const err = await new OpenAiCompatibleGenerator(endpoint(), 'm')
      .generate(turns)
      .catch((e: ModelError) => e);
    expect(err).toBeInstanceOf(ModelError);
    expect(err).toMatchObject({ status: 400, retryable: false });
    expect(fake.requests).toHaveLength(1);
  });

  it('stops a slow answer at the time limit (and retries it)', async () => {
    fake.script({ text: 'slow', delayMs: 1000 }, { text: 'slow', delayMs: 1000 });
    const started = Date.now();
    await expect(
      new OpenAiCompatibleGenerator(endpoint({ timeoutMs: 150, maxRetries: 1 }), 'm').generate(turns),
    ).rejects.toThrow(/within 150 ms/);
    expect(Date.now() - started).toBeLessThan(900);
    expect(fake.requests).toHaveLength(2);
  });

  it('a stream that drops before [DONE] is an error, not a short answer', async () => {
    fake.script({ chunks: ['a', 'b', 'c'], dropAfterChunks: 2, chunkDelayMs: 30 });
    await expect(drain(new OpenAiCompatibleGenerator(endpoint(), 'm').stream(turns))).rejects.toBeTruthy();
  });

  it('embeds, and refuses an answer of another dimension', async () => {
    const out = await new OpenAiCompatibleEmbedder(endpoint(), 'e', 16).embed(['a', 'bb']);
    expect(out.vectors).toHaveLength(2);
    expect(out.vectors[0]).toHaveLength(16);
    await expect(new OpenAiCompatibleEmbedder(endpoint(), 'e', 32).embed(['a'])).rejects.toThrow(
      /16 dimensions/,
    );
  });
});

describe('lexical embedder', () => {
  const e = new LexicalEmbedder(256);
  const cos = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * b[i], 0);

  it('is deterministic, of the configured dimension and L2-normalised', () => {
    const v = e.vector('I walked by the river this morning');
    expect(v).toHaveLength(256);
    expect(e.vector('I walked by the river this morning')).toEqual(v);
    expect(Math.hypot(...v)).toBeCloseTo(1, 6);
    expect(e.vector('   ').every((x) => x === 0)).toBe(true);
  });

  it('ranks texts that share words and word pieces above unrelated ones', () => {
    const q = e.vector('walking by the river');
    const near = e.vector('a long walk along the river bank');
    const far = e.vector('invoice payment overdue');
    expect(cos(q, near)).toBeGreaterThan(cos(q, far) + 0.2);
  });
});

describe('AiCalls: every model call logged', () => {
  const logs = async () =>
    (await db.owner.query(`SELECT * FROM ai_command_logs WHERE user_id = $1 ORDER BY created_at`, [user.id]))
      .rows;

  it('commits PENDING before the call and the outcome after it', async () => {
    await db.owner.query(`DELETE FROM ai_command_logs WHERE user_id = $1`, [user.id]);
    fake.script({ text: 'fine', delayMs: 300, usage: { prompt_tokens: 12, completion_tokens: 2 } });
    const calls = new AiCalls(db.tx, db.config);
    const gen = new OpenAiCompatibleGenerator(endpoint(), 'fake-chat');
    const pending = calls.call({ claims: user.claims }, gen.model, { kind: 'test', chars: 16 }, async () => {
      const out = await gen.generate(turns);
      return { value: out.text, ...out };
    });
    await new Promise((r) => setTimeout(r, 150));
    const during = await logs();
    expect(during).toHaveLength(1);
    expect(during[0].status).toBe('PENDING');
    expect(await pending).toBe('fine');
    const [row] = await logs();
    expect(row).toMatchObject({
      status: 'COMPLETED',
      model: 'fake-chat',
      prompt_tokens: 12,
      completion_tokens: 2,
    });
    expect(row.latency_ms).toBeGreaterThanOrEqual(250);
    expect(JSON.stringify(row)).not.toContain('How did I sleep');
  });

  it('a failed call leaves ERROR with the reason', async () => {
    await db.owner.query(`DELETE FROM ai_command_logs WHERE user_id = $1`, [user.id]);
    fake.script({ status: 400 });
    const calls = new AiCalls(db.tx, db.config);
    const gen = new OpenAiCompatibleGenerator(endpoint(), 'fake-chat');
    await expect(
      calls.call({ claims: user.claims }, gen.model, { kind: 'test' }, async () => {
        const out = await gen.generate(turns);
        return { value: out.text, ...out };
      }),
    ).rejects.toBeInstanceOf(ModelError);
    const [row] = await logs();
    expect(row.status).toBe('ERROR');
    expect(row.error).toMatch(/answered 400/);
  });

  it("refuses with 429 once the organization's daily budget is spent", async () => {
    await newAiCommandLog(db, user, {
      status: 'COMPLETED',
      completedAt: new Date(),
      promptTokens: 8,
      completionTokens: 2,
    });
    const calls = new AiCalls(db.tx, { ...db.config, AI_DAILY_TOKEN_BUDGET: 10 });
    await expect(
      calls.call({ claims: user.claims }, 'm', { kind: 'test' }, async () => ({
        value: 1,
        promptTokens: 1,
        completionTokens: 1,
      })),
    ).rejects.toMatchObject({ code: 'rate-limited' });
  });
});
