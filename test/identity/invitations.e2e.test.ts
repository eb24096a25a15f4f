// Invitations are offers (issue 15, finding 3): inviting an address makes a pending invitation that its owner
// accepts or declines; the inviting organization reads nothing of the owner before that; the reply is the
// same whether or not the address has an account; the mail is the platform's; and an invitation never
// blocks a sign-up.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailMessage } from '../../src/common/mail/mailer';
import { apiClient, expectError, expectOk, expectStatus } from '../support/api-client';
import { startApp, type TestApp } from '../support/app';
import { createTestDatabase, type TestDb } from '../support/db';
import { newOrg, newUser, type TestOrg, type TestUser } from '../support/factories';

let db: TestDb;
let api: TestApp;
let org: TestOrg;
let admin: TestUser;

beforeAll(async () => {
  db = await createTestDatabase();
  api = await startApp(db);
  org = await newOrg(db, 'Riverside Clinic');
  admin = await newUser(db, org, 'admin');
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});

const as = (user: TestUser) => apiClient(api, user.token);
const anonymous = () => apiClient(api);
const invite = (email: string, role: 'provider' | 'patient' = 'provider', message?: string) =>
  as(admin).POST('/api/organization/members', { body: { email, role, message } });
const byId = (id: string) => ({ params: { path: { id } } });

/** Someone with an account in an organization of their own. */
async function outsider(): Promise<TestUser> {
  return newUser(db, await newOrg(db), 'admin');
}

async function mailTo(to: string): Promise<MailMessage> {
  for (let i = 0; i < 50; i++) {
    const found = [...api.mail.sent].reverse().find((m) => m.to === to && m.kind === 'invitation');
    if (found) return found;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`no invitation mail to ${to}`);
}

async function membershipCount(userId: string): Promise<number> {
  const { rows } = await db.owner.query(
    `SELECT count(*)::int AS n FROM users_roles WHERE org_id = $1 AND user_id = $2`,
    [org.id, userId],
  );
  return rows[0].n;
}

describe('inviting an address', () => {
  it('answers the same for an existing account and a new address, and never names a user', async () => {
    const existing = await outsider();
    const a = expectOk(await invite(existing.email), 201);
    const b = expectOk(await invite('nobody-yet@example.test'), 201);
    expect(Object.keys(a).sort()).toEqual(['email', 'expiresAt', 'id', 'role', 'status']);
    expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
    expect(a).toMatchObject({ email: existing.email, role: 'provider', status: 'pending' });
    expect(b).toMatchObject({ email: 'nobody-yet@example.test', role: 'provider', status: 'pending' });
    expect(JSON.stringify(a)).not.toContain(existing.id);
  });

  it('adds no membership: the organization reads nothing of the invitee until they accept', async () => {
    const invitee = await outsider();
    const sent = expectOk(await invite(invitee.email), 201);
    expect(await membershipCount(invitee.id)).toBe(0);
    expectStatus(
      await as(admin).GET('/api/organization/members/{userId}', { params: { path: { userId: invitee.id } } }),
      404,
    );
    const members = expectOk(
      await as(admin).GET('/api/organization/members', { params: { query: { limit: 100 } } }),
      200,
    );
    expect(members.items.map((m) => m.userId)).not.toContain(invitee.id);

    const mine = expectOk(await as(invitee).GET('/api/me/invitations'), 200);
    expect(mine).toEqual([
      expect.objectContaining({
        id: sent.id,
        organizationId: org.id,
        organizationName: org.name,
        role: 'provider',
      }),
    ]);
    const accepted = await as(invitee).POST('/api/me/invitations/{id}/accept', byId(sent.id));
    expect(expectOk(accepted, 200)).toEqual({
      organizationId: org.id,
      organizationName: org.name,
      role: 'provider',
    });
    expect(await membershipCount(invitee.id)).toBe(1);
    const member = await as(admin).GET('/api/organization/members/{userId}', {
      params: { path: { userId: invitee.id } },
    });
    expect(expectOk(member, 200)).toMatchObject({ email: invitee.email, role: 'provider' });
    expect(expectOk(await as(invitee).GET('/api/me/invitations'), 200)).toEqual([]);
    // Accepted once: again is not found.
    expectStatus(await as(invitee).POST('/api/me/invitations/{id}/accept', byId(sent.id)), 404);
  });

  it('a declined invitation adds nothing and cannot be accepted later', async () => {
    const invitee = await outsider();
    const sent = expectOk(await invite(invitee.email, 'patient'), 201);
    expectStatus(await as(invitee).POST('/api/me/invitations/{id}/decline', byId(sent.id)), 204);
    expectStatus(await as(invitee).POST('/api/me/invitations/{id}/accept', byId(sent.id)), 404);
    expect(await membershipCount(invitee.id)).toBe(0);
    const { rows } = await db.owner.query(`SELECT status FROM invitations WHERE id = $1`, [sent.id]);
    expect(rows[0].status).toBe('declined');
  });

  it("only the addressee answers: another user's invitation, or an unverified address, is not found", async () => {
    const invitee = await outsider();
    const other = await outsider();
    const sent = expectOk(await invite(invitee.email), 201);
    expectStatus(await as(other).POST('/api/me/invitations/{id}/accept', byId(sent.id)), 404);
    expectStatus(await as(other).POST('/api/me/invitations/{id}/decline', byId(sent.id)), 404);
    expect(expectOk(await as(other).GET('/api/me/invitations'), 200)).toEqual([]);
    // Whoever holds an account with the address but has not proven it does not take the invitation.
    await db.owner.query(`UPDATE users SET email_verified_at = NULL WHERE id = $1`, [invitee.id]);
    expect(expectOk(await as(invitee).GET('/api/me/invitations'), 200)).toEqual([]);
    expectStatus(await as(invitee).POST('/api/me/invitations/{id}/accept', byId(sent.id)), 404);
    expect(await membershipCount(invitee.id)).toBe(0);
  });

  it('inviting again while pending renews the same invitation; a member is a 409', async () => {
    const invitee = await outsider();
    const first = expectOk(await invite(invitee.email, 'provider'), 201);
    const second = expectOk(await invite(invitee.email, 'patient'), 201);
    expect(second.id).toBe(first.id);
    expect(second.role).toBe('patient');
    expectOk(await as(invitee).POST('/api/me/invitations/{id}/accept', byId(first.id)), 200);
    expectStatus(await invite(invitee.email), 409);
  });
});

describe('the invitation mail', () => {
  it("is the platform's template; the inviter's text is quoted as untrusted, its links defused", async () => {
    const note = 'Your account is locked!\nhttps://evil.example/login and www.evil.example now';
    const existing = await outsider();
    expectStatus(await invite(existing.email, 'provider', note), 201);
    expectStatus(await invite('new-mail@example.test', 'provider', note), 201);
    for (const to of [existing.email, 'new-mail@example.test']) {
      const mail = await mailTo(to);
      expect(mail.subject).toBe('You have an invitation on Carebase');
      expect(mail.text).toContain('> Your account is locked!');
      expect(mail.text).toContain('> https[:]//evil.example/login and www[.]evil.example now');
      expect(mail.text).not.toContain('https://evil.example');
      const links = mail.text.match(/\bhttps?:\/\/\S+/g) ?? [];
      for (const link of links) expect(link.startsWith(db.config.PUBLIC_BASE_URL)).toBe(true);
    }
    // The account owner signs in to answer: their mail carries no token.
    expect((await mailTo(existing.email)).data?.token).toBeUndefined();
    expect((await mailTo('new-mail@example.test')).data?.token).toBeTruthy();
  });

  it('takes no subject or link from the inviter', async () => {
    // Properties outside the contract: untyped on purpose.
    for (const extra of [{ subject: 'Urgent' }, { link: 'https://evil.example' }]) {
      const res = await api.request('POST', '/api/organization/members', {
        token: admin.token,
        body: { email: 'x-extra@example.test', role: 'patient', ...extra },
      });
      expect(res.status).toBe(400);
    }
  });
});

describe('an invited address without an account', () => {
  it('gets no account until it accepts; signing up on its own is not blocked and its home is its own', async () => {
    expectStatus(await invite('self-signup@example.test', 'patient'), 201);
    const { rows } = await db.owner.query(`SELECT id FROM users WHERE email = 'self-signup@example.test'`);
    expect(rows).toHaveLength(0);
    const signUp = await anonymous().POST('/api/auth/sign-up', {
      body: {
        email: 'self-signup@example.test',
        password: 'a long enough password',
        name: 'Sam',
        organizationName: 'Sam Practice',
      },
    });
    expect(signUp.response.status).toBeLessThan(300);
    const home = await db.owner.query(`SELECT org_id FROM users WHERE email = 'self-signup@example.test'`);
    expect(home.rows[0].org_id).not.toBe(org.id);
    // The mailed token does not set the password of the account that now exists.
    const token = await api.mail.tokenFor('self-signup@example.test', 'invitation');
    const accept = await anonymous().POST('/api/auth/accept-invitation', {
      body: { token, password: 'someone elses password' },
    });
    expectError(accept, 409);
  });

  it('accepting with the mailed token creates the account as a member with the offered role', async () => {
    expectStatus(await invite('grace-new@example.test', 'provider'), 201);
    const token = await api.mail.tokenFor('grace-new@example.test', 'invitation');
    const accept = await anonymous().POST('/api/auth/accept-invitation', {
      body: { token, password: 'grace password 123', name: 'Grace' },
    });
    expectStatus(accept, 200);
    const signedIn = await anonymous().POST('/api/auth/sign-in', {
      body: { email: 'grace-new@example.test', password: 'grace password 123' },
    });
    expect(expectOk(signedIn, 200)).toMatchObject({ organizationId: org.id, role: 'provider' });
    expectStatus(
      await anonymous().POST('/api/auth/accept-invitation', { body: { token, password: 'again and again' } }),
      400,
    );
  });
});
