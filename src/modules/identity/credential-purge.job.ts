// Credential hygiene: sessions expired or revoked, and verification tokens used or expired, are kept for a
// while (reuse detection, support questions) and then deleted; so are the OAuth server's expired rows.
import { Injectable } from '@nestjs/common';
import { ScheduledJob, type JobContext, type JobResult, type ScheduledJobHandler } from '../jobs';

/** Expired or revoked sessions and used or expired verification tokens are kept this long, then deleted. */
export const CREDENTIAL_RETENTION_DAYS = 30;

@Injectable()
@ScheduledJob({
  name: 'purge-expired-credentials',
  cron: '45 3 * * *',
  description: `Deletes sessions expired or revoked, and verification tokens used or expired, more than ${CREDENTIAL_RETENTION_DAYS} days ago; expired OAuth tokens, codes, sessions and grants.`,
  timeoutSeconds: 10 * 60,
})
export class CredentialPurgeJob implements ScheduledJobHandler {
  async run({ sql }: JobContext): Promise<JobResult> {
    const sessions = await sql.exec(
      `DELETE FROM public.sessions
       WHERE expires_at < now() - make_interval(days => $1) OR revoked_at < now() - make_interval(days => $1)`,
      [CREDENTIAL_RETENTION_DAYS],
    );
    const tokens = await sql.exec(
      `DELETE FROM public.verification_tokens
       WHERE expires_at < now() - make_interval(days => $1) OR consumed_at < now() - make_interval(days => $1)`,
      [CREDENTIAL_RETENTION_DAYS],
    );
    // OAuth: expired access tokens at once (nothing to detect with them); refresh tokens expired, or consumed
    // past the retention (reuse detection needs them until then); the provider's expired artifacts
    // (codes, interactions, sessions, grants, retired signing keys).
    const oauth =
      (await sql.exec(`DELETE FROM public.oauth_access_tokens WHERE expires_at < now()`)) +
      (await sql.exec(
        `DELETE FROM public.oauth_refresh_tokens
         WHERE expires_at < now() OR consumed_at < now() - make_interval(days => $1)`,
        [CREDENTIAL_RETENTION_DAYS],
      )) +
      (await sql.exec(`DELETE FROM public.oauth_provider_artifacts WHERE expires_at < now()`));
    return { rows: sessions + tokens + oauth };
  }
}
