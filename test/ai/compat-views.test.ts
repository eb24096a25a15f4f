// Seed C's compatibility views over the AI tables: its own queries ("ChatMessage", "UserMemory",
// chat_messages, chat_session(s), insight_run, "InsightRun") run as a signed-in user see that user's rows
// only, because the views are security_invoker and RLS applies.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Claims } from '../../src/common/context/claims';
import { sqlFor } from '../../src/common/database/sql';
import { createTestDatabase, type TestDb } from '../support/db';
import {
  newChatMessage,
  newChatSession,
  newInsightRun,
  newOrg,
  newUser,
  newUserMemory,
  setPlan,
  type TestUser,
} from '../support/factories';

let db: TestDb;
let alice: TestUser;
let bob: TestUser;

async function asUser(claims: Claims, text: string): Promise<any[]> {
  return db.tx.run(claims, (m) => sqlFor(m.queryRunner!).rows(text));
}

beforeAll(async () => {
  db = await createTestDatabase();
  const org = await newOrg(db, 'Companion');
  alice = await newUser(db, org, 'patient');
  bob = await newUser(db, org, 'patient');
  for (const u of [alice, bob]) {
    await setPlan(db, u, 'pro');
    const s = await newChatSession(db, u, { dominantEmotion: 'calm', summary: `${u.email} summary` });
    await newChatMessage(db, u, { sessionId: s.id, content: `hello from ${u.email}` });
    await newChatMessage(db, u, { sessionId: s.id, role: 'assistant', content: 'hello' });
    await newUserMemory(db, u, { summary: `${u.email} likes tea` });
    await newInsightRun(db, u);
  }
});
afterAll(async () => db?.close());

describe('seed C compatibility views', () => {
  it('are security_invoker views', async () => {
    const { rows } = await db.owner.query(
      `SELECT c.relname, c.reloptions FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind = 'v'
         AND c.relname IN ('ChatMessage', 'ChatSession', 'UserMemory', 'InsightRun', 'chat_session', 'insight_run')`,
    );
    expect(rows).toHaveLength(6);
    for (const r of rows) expect(r.reloptions).toContain('security_invoker=true');
  });

  it("run the seed's own queries as a user and see only that user's rows", async () => {
    const claims = alice.claims;
    const messages = await asUser(claims, `SELECT * FROM "ChatMessage"`);
    expect(messages).toHaveLength(2);
    expect(messages.every((m) => m.userId === alice.id)).toBe(true);
    expect(Object.keys(messages[0])).toEqual(
      expect.arrayContaining(['id', 'sessionId', 'userId', 'role', 'content', 'timestamp']),
    );
    const memories = await asUser(claims, `SELECT * FROM "UserMemory"`);
    expect(memories.map((m) => m.summary)).toEqual([`${alice.email} likes tea`]);
    expect(Object.keys(memories[0])).toEqual(
      expect.arrayContaining(['userId', 'summary', 'sourceType', 'sourceId']),
    );
    expect(await asUser(claims, `SELECT * FROM chat_messages`)).toHaveLength(2);
    expect(await asUser(claims, `SELECT COUNT(*)::int AS n FROM chat_messages`)).toEqual([{ n: 2 }]);
    const sessions = await asUser(claims, `SELECT * FROM "ChatSession"`);
    expect(sessions).toHaveLength(1);
    expect(sessions[0]).toMatchObject({
      userId: alice.id,
      dominantEmotion: 'calm',
      summary: `${alice.email} summary`,
    });
    expect(sessions[0].sessionId).toBe(sessions[0].id);
    expect(await asUser(claims, `SELECT * FROM chat_session`)).toHaveLength(1);
    expect(await asUser(claims, `SELECT * FROM chat_sessions`)).toHaveLength(1);
    expect(await asUser(claims, `SELECT * FROM user_memory`)).toHaveLength(1);
    const runs = await asUser(claims, `SELECT * FROM "InsightRun"`);
    expect(runs).toHaveLength(1);
    expect(Object.keys(runs[0])).toEqual(
      expect.arrayContaining(['user_id', 'time_range_start', 'time_range_end', 'narrative', 'userId']),
    );
    expect(await asUser(claims, `SELECT * FROM insight_run`)).toHaveLength(1);
  });

  it('show nothing to a caller without rows, and nothing at all to anon', async () => {
    const { rows } = await db.owner.query(`SELECT count(*)::int AS n FROM public."ChatMessage"`);
    expect(rows[0].n).toBe(4);
    await expect(asUser({ role: 'anon' }, `SELECT * FROM "ChatMessage"`)).rejects.toThrow(
      /permission denied/,
    );
    await setPlan(db, bob, 'free');
    expect(await asUser(bob.claims, `SELECT * FROM "UserMemory"`)).toEqual([]);
    expect(await asUser(bob.claims, `SELECT * FROM "ChatMessage"`)).toHaveLength(2);
  });
});
