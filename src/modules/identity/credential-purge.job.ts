// Credential hygiene: sessions expired or revoked, and verification tokens used or expired, are kept for a
// while (reuse detection, support questions) and then deleted.
import { Injectable } from '@nestjs/common';
import { ScheduledJob, type JobContext, type JobResult, type ScheduledJobHandler } from '../jobs';

/** Expired or revoked sessions and used or expired verification tokens are kept this long, then deleted. */
export const CREDENTIAL_RETENTION_DAYS = 30;

@Injectable()
@ScheduledJob({
  name: 'purge-expired-credentials',
  cron: '45 3 * * *',
  description: `Deletes sessions expired or revoked, and verification tokens used or expired, more than ${CREDENTIAL_RETENTION_DAYS} days ago.`,
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
    return { rows: sessions + tokens };
  }
}
