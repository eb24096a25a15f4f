export const APP_ROLES = ['admin', 'provider', 'patient', 'research_partner', 'developer', 'ops'] as const;
export type AppRole = (typeof APP_ROLES)[number];
export type DbRole = 'anon' | 'authenticated' | 'service_role';

/**
 * What Postgres is told about the caller, as `request.jwt.claims` (PostgREST/Supabase shape).
 * Policies read it through auth.uid(), auth_org_id(), auth.app_role(), auth.jwt().
 */
export interface Claims {
  role: DbRole;
  sub?: string | null;
  org_id?: string | null;
  app_role?: AppRole | null;
  /** Session of the access token. */
  sid?: string;
  /** Set when the caller is a machine client. */
  api_key_id?: string;
  /** Set when the caller is a third-party app with an OAuth access token (scope: its granted scopes). */
  client_id?: string;
  scope?: string[];
  /** Set when a scheduled task or a service route acts. */
  job?: string;
  request_id?: string;
  ip?: string;
  user_agent?: string;
}

export const ANON_CLAIMS: Readonly<Claims> = Object.freeze({ role: 'anon' });
