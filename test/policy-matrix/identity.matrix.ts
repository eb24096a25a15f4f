import { randomBytes, randomUUID } from 'node:crypto';
import { newApiKey, newInvitation, newVerificationToken } from '../support/factories';
import type { TableCase } from './harness';

const hash = () => randomBytes(32);

export const identityMatrix: TableCase[] = [
  {
    table: 'organizations',
    seed: async (w) => w.orgA.id,
    insert: () => ({
      sql: `INSERT INTO public.organizations (name, slug) VALUES ('New', $1)`,
      params: [`new-${randomBytes(4).toString('hex')}`],
    }),
    update: `UPDATE public.organizations SET name = name WHERE id = $1`,
    // Deleting a tenant is an offboarding procedure, not something any API role does.
    allow: {
      patient: 'S',
      provider: 'S',
      admin: 'SU',
      research_partner: 'S',
      developer: 'S',
      service: 'SIU',
    },
  },
  {
    table: 'users',
    seed: async (w) => w.users.patient.id,
    insert: (w, caller) => ({
      sql: `INSERT INTO public.users (org_id, email) VALUES ($1, $2)`,
      params: [
        caller === 'service' || caller === 'other_org' ? w.orgA.id : null,
        `new-${randomUUID()}@example.test`,
      ],
    }),
    update: `UPDATE public.users SET name = name WHERE id = $1`,
    allow: { patient: 'SU', admin: 'S', service: 'SIUD' },
  },
  {
    table: 'profiles',
    seed: async (w) => w.users.patient.id,
    insert: (w) => ({
      sql: `INSERT INTO public.profiles (id, org_id, user_id) VALUES ($1, $2, $1)`,
      params: [w.bareUserId, w.orgA.id],
    }),
    update: `UPDATE public.profiles SET display_name = display_name WHERE id = $1`,
    allow: { patient: 'SU', admin: 'S', service: 'SIUD' },
  },
  {
    table: 'users_roles',
    seed: async (w) => {
      const { rows } = await w.db.owner.query(
        `SELECT id FROM public.users_roles WHERE user_id = $1 AND org_id = $2`,
        [w.users.patient.id, w.orgA.id],
      );
      return rows[0].id;
    },
    // Staff of org A insert into their own org (default org_id); the other org's admin and the service
    // name org A explicitly.
    insert: (w, caller) =>
      caller === 'service' || caller === 'other_org'
        ? {
            sql: `INSERT INTO public.users_roles (org_id, user_id, role) VALUES ($1, $2, 'patient')`,
            params: [w.orgA.id, w.outsider.id],
          }
        : {
            sql: `INSERT INTO public.users_roles (user_id, role) VALUES ($1, 'patient')`,
            params: [w.outsider.id],
          },
    update: `UPDATE public.users_roles SET role = role WHERE id = $1`,
    allow: { patient: 'S', admin: 'SIUD', service: 'SIUD' },
  },
  {
    table: 'sessions',
    seed: async (w) => w.users.patient.sessionId,
    insert: (w) => ({
      sql: `INSERT INTO public.sessions (org_id, user_id, refresh_token_hash, expires_at) VALUES ($1, $2, $3, now() + interval '1 hour')`,
      params: [w.orgA.id, w.users.patient.id, hash()],
    }),
    update: `UPDATE public.sessions SET last_used_at = now() WHERE id = $1`,
    allow: { patient: 'SD', service: 'SIUD' },
  },
  {
    table: 'verification_tokens',
    seed: async (w) =>
      (await newVerificationToken(w.db, w.users.patient, { purpose: 'email_verification' })).id,
    insert: (w) => ({
      sql: `INSERT INTO public.verification_tokens (org_id, user_id, purpose, token_hash, expires_at) VALUES ($1, $2, 'password_reset', $3, now())`,
      params: [w.orgA.id, w.users.patient.id, hash()],
    }),
    update: `UPDATE public.verification_tokens SET consumed_at = now() WHERE id = $1`,
    allow: { service: 'SIUD' },
  },
  {
    // Written only through invite_member() / respond_to_invitation() and the service; the invitee reads
    // their offers through my_invitations(), never the table.
    table: 'invitations',
    seed: async (w) => (await newInvitation(w.db, w.orgA, { email: w.outsider.email })).id,
    insert: (w) => ({
      sql: `INSERT INTO public.invitations (org_id, email, role, token_hash, expires_at) VALUES ($1, $2, 'patient', $3, now() + interval '1 day')`,
      params: [w.orgA.id, `new-${randomUUID()}@example.test`, hash()],
    }),
    update: `UPDATE public.invitations SET status = 'declined' WHERE id = $1`,
    allow: { admin: 'S', service: 'SIUD' },
  },
  {
    table: 'api_keys',
    seed: async (w) => {
      const key = await newApiKey(w.db, w.orgA, {
        name: 'seed',
        keyPrefix: 'cbk_seed0000',
        scope: ['read'],
        createdBy: w.users.admin.id,
      });
      return key.id;
    },
    insert: (w, caller) =>
      caller === 'service' || caller === 'other_org'
        ? {
            sql: `INSERT INTO public.api_keys (org_id, name, key_prefix, key_hash, scope) VALUES ($1, 'k', 'cbk_new00000', $2, '{read}')`,
            params: [w.orgA.id, hash()],
          }
        : {
            sql: `INSERT INTO public.api_keys (name, key_prefix, key_hash, scope, created_by) VALUES ('k', 'cbk_new00000', $1, '{read}', auth.uid())`,
            params: [hash()],
          },
    update: `UPDATE public.api_keys SET name = name WHERE id = $1`,
    allow: { admin: 'SIUD', service: 'SIUD' },
  },
];
