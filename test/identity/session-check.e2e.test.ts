// An access token is only as good as its session: ending the session, changing the member's role, removing
// the member, disabling the user or suspending the organization ends access at once (not at token expiry).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type TestApp } from '../support/app';
import { createTestDatabase, type TestDb } from '../support/db';
import { newOrg, newUser, type TestOrg } from '../support/factories';

let db: TestDb;
let api: TestApp;
let org: TestOrg;

beforeAll(async () => {
  db = await createTestDatabase();
  api = await startApp(db);
  org = await newOrg(db);
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});

const me = (token: string) => api.request('GET', '/api/me', { token });

describe('access tokens follow their session', () => {
  it('sign-out ends the access token too', async () => {
    const user = await newUser(db, org, 'patient');
    expect((await me(user.token)).status).toBe(200);
    expect((await api.request('POST', '/api/auth/sign-out', { token: user.token })).status).toBe(204);
    const after = await me(user.token);
    expect(after.status).toBe(401);
    expect(after.body).toMatchObject({ code: 'unauthorized' });
  });

  it('a role change refuses tokens that carry the old role', async () => {
    const user = await newUser(db, org, 'provider');
    await db.owner.query(`UPDATE public.users_roles SET role = 'patient' WHERE user_id = $1`, [user.id]);
    expect((await me(user.token)).status).toBe(401);
  });

  it('removing the member, disabling the user or suspending the organization ends access', async () => {
    const removed = await newUser(db, org, 'patient');
    await db.owner.query(`DELETE FROM public.users_roles WHERE user_id = $1`, [removed.id]);
    expect((await me(removed.token)).status).toBe(401);

    const disabled = await newUser(db, org, 'patient');
    await db.owner.query(`UPDATE public.users SET disabled_at = now() WHERE id = $1`, [disabled.id]);
    expect((await me(disabled.token)).status).toBe(401);

    const other = await newOrg(db);
    const suspended = await newUser(db, other, 'admin');
    expect((await me(suspended.token)).status).toBe(200);
    await db.owner.query(`UPDATE public.organizations SET status = 'suspended' WHERE id = $1`, [other.id]);
    expect((await me(suspended.token)).status).toBe(401);
  });

  it('a revoked session (password reset, refresh-token reuse) ends access', async () => {
    const user = await newUser(db, org, 'patient');
    await db.owner.query(`UPDATE public.sessions SET revoked_at = now() WHERE id = $1`, [user.sessionId]);
    expect((await me(user.token)).status).toBe(401);
  });
});
