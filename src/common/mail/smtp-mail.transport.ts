// Mail through an SMTP server (nodemailer), configured by SMTP_URL and MAIL_FROM.
import type { OnModuleDestroy } from '@nestjs/common';
import type * as Nodemailer from 'nodemailer';
import type { SMTPTransportOptions, Transporter } from 'nodemailer';
import { MailTransport, type MailMessage } from './mailer';

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|::1)$/i;

/**
 * nodemailer's options for an smtp:// or smtps:// URL. Built here rather than by nodemailer's own URL parser,
 * whose query parameters could switch on its logger, which writes the SMTP conversation, message text included.
 */
export function smtpOptions(url: string): SMTPTransportOptions {
  const parsed = new URL(url);
  const secure = parsed.protocol === 'smtps:';
  const host = parsed.hostname.replace(/^\[(.*)\]$/, '$1');
  return {
    host,
    port: parsed.port ? Number(parsed.port) : secure ? 465 : 587,
    secure,
    // Mail carries account tokens: over plain smtp:// it goes on only after STARTTLS, unless the relay is on
    // this host.
    requireTLS: !secure && !LOOPBACK.test(host),
    auth: parsed.username
      ? { user: decodeURIComponent(parsed.username), pass: decodeURIComponent(parsed.password) }
      : undefined,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
    logger: false,
    debug: false,
  };
}

export class SmtpMailTransport extends MailTransport implements OnModuleDestroy {
  private readonly transporter: Transporter;

  constructor(url: string, from: string) {
    super();
    // Loaded when SMTP is configured (production), not on every start.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { createTransport } = require('nodemailer') as typeof Nodemailer;
    this.transporter = createTransport(smtpOptions(url), { from });
  }

  async deliver(message: MailMessage): Promise<void> {
    try {
      await this.transporter.sendMail({ to: message.to, subject: message.subject, text: message.text });
    } catch (err) {
      // Logged by the after-commit runner: the kind and nodemailer's reason, never the message.
      throw new Error(`SMTP delivery of a ${message.kind} mail failed: ${(err as Error).message}`);
    }
  }

  onModuleDestroy(): void {
    this.transporter.close();
  }
}
