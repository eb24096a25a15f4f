import type { ResolvedConfig } from '../config/config';
import { LogMailTransport } from './log-mail.transport';
import type { MailTransport } from './mailer';
import { SmtpMailTransport } from './smtp-mail.transport';

/** The transport MAIL_TRANSPORT names; loadConfig has checked that smtp comes with SMTP_URL and MAIL_FROM. */
export function configuredMailTransport(config: ResolvedConfig): MailTransport {
  if (config.MAIL_TRANSPORT === 'log') return new LogMailTransport();
  if (!config.SMTP_URL || !config.MAIL_FROM)
    throw new Error('MAIL_TRANSPORT=smtp needs SMTP_URL and MAIL_FROM');
  return new SmtpMailTransport(config.SMTP_URL, config.MAIL_FROM);
}
