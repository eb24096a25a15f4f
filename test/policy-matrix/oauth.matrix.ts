// Policy matrix rows for the OAuth tables (identity). oauth_scopes is a public catalog the platform's operators
// write (org A is made the platform organization, so its admin is the operator); oauth_clients belong to an
// organization: its admins manage all, its developers the ones they created (the seeded client is the
// developer's); tokens and the provider's artifacts are service only.
import { randomBytes } from 'node:crypto';
import {
  newClientId,
  newOAuthAccessToken,
  newOAuthArtifact,
  newOAuthClient,
  newOAuthRefreshToken,
  setPlatformOrg,
} from '../support/factories';
import type { TableCase, World } from './harness';

const hash = () => randomBytes(32);
const inAnHour = () => new Date(Date.now() + 3600_000).toISOString();
let client: { id: string; orgId: string } | undefined;
const seedClient = async (w: World) =>
  (client ??= await newOAuthClient(w.db, w.orgA, { createdBy: w.users.developer.id }));
let n = 0;

export const oauthMatrix: TableCase[] = [
  {
    table: 'oauth_scopes',
    seed: async (w) => {
      await setPlatformOrg(w.db, w.orgA);
      const { rows } = await w.db.owner.query(
        `SELECT id FROM public.oauth_scopes WHERE name = 'patient/*.rs'`,
      );
      return rows[0].id;
    },
    insert: () => ({
      sql: `INSERT INTO public.oauth_scopes (name, kind, description) VALUES ($1, 'user', 'Matrix scope')`,
      params: [`user/Matrix${++n}.rs`],
    }),
    update: `UPDATE public.oauth_scopes SET description = description WHERE id = $1`,
    allow: {
      anon: 'S',
      patient: 'S',
      provider: 'S',
      admin: 'SIUD',
      research_partner: 'S',
      developer: 'S',
      service: 'SIUD',
      other_org: 'S',
    },
  },
  {
    table: 'oauth_clients',
    seed: async (w) => (await seedClient(w)).id,
    insert: (w, caller) =>
      caller === 'service' || caller === 'other_org'
        ? {
            sql: `INSERT INTO public.oauth_clients (org_id, client_id, name, client_type, redirect_uris, grant_types, scopes)
                  VALUES ($1, $2, 'm', 'public', '{https://m.example.test/cb}', '{authorization_code}', '{openid}')`,
            params: [w.orgA.id, newClientId()],
          }
        : {
            sql: `INSERT INTO public.oauth_clients (client_id, name, client_type, redirect_uris, grant_types, scopes, created_by)
                  VALUES ($1, 'm', 'public', '{https://m.example.test/cb}', '{authorization_code}', '{openid}', auth.uid())`,
            params: [newClientId()],
          },
    update: `UPDATE public.oauth_clients SET name = name WHERE id = $1`,
    allow: { admin: 'SIUD', developer: 'SIUD', service: 'SIUD' },
  },
  {
    table: 'oauth_access_tokens',
    seed: async (w) =>
      (await newOAuthAccessToken(w.db, await seedClient(w), { userId: w.users.patient.id })).id,
    insert: (w) => ({
      sql: `INSERT INTO public.oauth_access_tokens (org_id, client_id, token_hash, payload, expires_at) VALUES ($1, $2, $3, '{}', $4)`,
      params: [w.orgA.id, client!.id, hash(), inAnHour()],
    }),
    update: `UPDATE public.oauth_access_tokens SET scopes = scopes WHERE id = $1`,
    allow: { service: 'SIUD' },
  },
  {
    table: 'oauth_refresh_tokens',
    seed: async (w) => (await newOAuthRefreshToken(w.db, await seedClient(w), w.users.patient.id)).id,
    insert: (w) => ({
      sql: `INSERT INTO public.oauth_refresh_tokens (org_id, client_id, user_id, token_hash, grant_id, payload, expires_at)
            VALUES ($1, $2, $3, $4, 'g', '{}', $5)`,
      params: [w.orgA.id, client!.id, w.users.patient.id, hash(), inAnHour()],
    }),
    update: `UPDATE public.oauth_refresh_tokens SET consumed_at = now() WHERE id = $1`,
    allow: { service: 'SIUD' },
  },
  {
    table: 'oauth_provider_artifacts',
    idColumn: 'id_hash',
    seed: async (w) => `\\x${(await newOAuthArtifact(w.db)).idHash.toString('hex')}`,
    insert: () => ({
      sql: `INSERT INTO public.oauth_provider_artifacts (model, id_hash, payload) VALUES ('Session', $1, '{}')`,
      params: [hash()],
    }),
    update: `UPDATE public.oauth_provider_artifacts SET consumed_at = now() WHERE id_hash = $1`,
    allow: { service: 'SIUD' },
  },
];
