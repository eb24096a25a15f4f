// An access token is only as good as its session: ending the session, changing the member's role, removing
// the member, disabling the user or suspending the organization ends access at once (not at token expiry).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, expectError, expectStatus } from '../support/api-client';
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

const me = (token: string) => apiClient(api, token).GET('/api/me');

describe('access tokens follow their session', () => {
  it('sign-out ends the access token too', async () => {
    const user = await newUser(db, org, 'patient');
    expectStatus(await me(user.token), 200);
    expectStatus(await apiClient(api, user.token).POST('/api/auth/sign-out'), 204);
    const after = await me(user.token);
    expect(expectError(after, 401)).toMatchObject({ code: 'unauthorized' });
  });

  it('a role change refuses tokens that carry the old role', async () => {
    const user = await newUser(db, org, 'provider');
    await db.owner.query(`UPDATE public.users_roles SET role = 'patient' WHERE user_id = $1`, [user.id]);
    expectStatus(await me(user.token), 401);
  });

  it('removing the member, disabling the user or suspending the organization ends access', async () => {
    const removed = await newUser(db, org, 'patient');
    await db.owner.query(`DELETE FROM public.users_roles WHERE user_id = $1`, [removed.id]);
    expectStatus(await me(removed.token), 401);

    const disabled = await newUser(db, org, 'patient');
    await db.owner.query(`UPDATE public.users SET disabled_at = now() WHERE id = $1`, [disabled.id]);
    expectStatus(await me(disabled.token), 401);

    const other = await newOrg(db);
    const suspended = await newUser(db, other, 'admin');
    expectStatus(await me(suspended.token), 200);
    await db.owner.query(`UPDATE public.organizations SET status = 'suspended' WHERE id = $1`, [other.id]);
    expectStatus(await me(suspended.token), 401);
  });

  it('a revoked session (password reset, refresh-token reuse) ends access', async () => {
    const user = await newUser(db, org, 'patient');
    await db.owner.query(`UPDATE public.sessions SET revoked_at = now() WHERE id = $1`, [user.sessionId]);
    expectStatus(await me(user.token), 401);
  });
});
